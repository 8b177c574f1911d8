"""Shared fixtures: the pipeline is built once per test session."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT / "corpora"
GOLD = Path(__file__).resolve().parent / "gold"


@pytest.fixture(scope="session")
def nlp():
    import extract

    return extract.load()


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
