"""Fixtures of the linking tests: the full knowledge base, built once into the repository's
``.cache/kb`` (reused by later sessions and CI steps until a vocabulary or the curated file
changes), and a linker over it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
KB_DIR = ROOT / ".cache" / "kb"


@pytest.fixture(scope="session")
def kb_dir() -> Path:
    """The full knowledge base (HPO + ICD-10-CM + curated), built on first use (about a minute)."""
    from extract.linking.kb import ENV_VAR, ensure_kb

    previous = os.environ.get(ENV_VAR)
    os.environ[ENV_VAR] = str(KB_DIR)
    folder, _ = ensure_kb(KB_DIR, progress=False)
    yield folder
    if previous is None:
        os.environ.pop(ENV_VAR, None)
    else:
        os.environ[ENV_VAR] = previous


@pytest.fixture(scope="session")
def linker(kb_dir: Path):
    """A linker over the full knowledge base, with its ANN index loaded."""
    from extract.linking.linker import Linker

    linker = Linker(kb_dir)
    linker.load_ann()
    return linker
