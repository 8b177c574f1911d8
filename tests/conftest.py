"""Shared fixtures: the linking knowledge base is ensured once, and the pipeline built once, per
test session.

Linking is on by default (``extract.load()``), so every pipeline the tests build, in this
process or in an ``evidence`` subprocess, reads the knowledge base of ``$EVIDENCE_KB_DIR``.
The session points that at the repository's ``.cache/kb`` before anything is collected, and
builds it there once if it is missing or out of date (about two minutes; reused by later sessions
until a vocabulary or the curated file changes): the tests never build into the home folder.
"""

import os
from pathlib import Path
from typing import Optional

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT / "corpora"
GOLD = Path(__file__).resolve().parent / "gold"
KB_DIR = ROOT / ".cache" / "kb"

_previous_kb_dir: Optional[str] = None


def pytest_configure(config: pytest.Config) -> None:
    """Point the knowledge base at ``.cache/kb`` for the session (subprocesses inherit it)."""
    global _previous_kb_dir
    from extract.linking.kb import ENV_VAR

    _previous_kb_dir = os.environ.get(ENV_VAR)
    os.environ[ENV_VAR] = str(KB_DIR)


def pytest_unconfigure(config: pytest.Config) -> None:
    from extract.linking.kb import ENV_VAR

    if _previous_kb_dir is None:
        os.environ.pop(ENV_VAR, None)
    else:
        os.environ[ENV_VAR] = _previous_kb_dir


@pytest.fixture(scope="session", autouse=True)
def kb_dir(request: pytest.FixtureRequest) -> Path:
    """The full knowledge base (HPO + ICD-10-CM + curated) in ``.cache/kb``, built before the
    first test if it is missing or stale; its progress is shown, not captured."""
    from extract.linking.kb import ensure_kb

    capture = request.config.pluginmanager.getplugin("capturemanager")
    if capture is None:
        folder, _ = ensure_kb(KB_DIR)
    else:
        with capture.global_and_fixture_disabled():
            folder, _ = ensure_kb(KB_DIR)
    return folder


@pytest.fixture(scope="session")
def nlp(kb_dir: Path):
    """The default pipeline: linking on, over the session's knowledge base."""
    import extract

    return extract.load()


@pytest.fixture(scope="session")
def plain():
    """The pipeline without linking: what the extraction rules find by themselves."""
    import extract

    return extract.load(link=False, progress=False)


@pytest.fixture(scope="session")
def fbss_claims(nlp):
    """Claims of the seed corpus, with the file name of each document."""
    from extract.ingest import iter_documents
    from extract.pipeline import make_doc
    from extract.records import Document

    out = {}
    for item in iter_documents([CORPORA / "fbss"]):
        assert isinstance(item, Document), item
        out[Path(item.path).name] = list(nlp(make_doc(nlp, item.text, item.doc_id))._.claims)
    return out
