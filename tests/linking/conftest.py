"""Fixtures of the linking tests: a linker over the full knowledge base (the session's
``kb_dir``, built once into the repository's ``.cache/kb`` by ``tests/conftest.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def linker(kb_dir: Path):
    """A linker over the full knowledge base, with its ANN index loaded."""
    from extract.linking.linker import Linker

    linker = Linker(kb_dir)
    linker.load_ann()
    return linker


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private cache folder for the derived copies of a knowledge base (the cache switched on)."""
    from extract.linking import derived

    folder = tmp_path / "cache"
    monkeypatch.setenv("EVIDENCE_CACHE_DIR", str(folder))
    monkeypatch.delenv(derived.SWITCH_ENV_VAR, raising=False)
    return folder
