"""The per-machine cache folders: built once, read back equal, rebuilt when a source changes,
and never in the way when damaged or unwritable."""

import os
from pathlib import Path

import pytest

from extract import diskcache
from extract import lexicon as lexicon_module


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(diskcache.CACHE_ENV_VAR, str(folder))
    return folder


def test_cached_data_is_built_once_and_read_back_equal(root: Path, tmp_path: Path) -> None:
    source = tmp_path / "terms.txt"
    source.write_text("asthma\nwheeze\n")
    calls = []

    def build() -> dict:
        calls.append(1)
        return {"terms": frozenset(source.read_text().split()), "rows": [("asthma", 1.0)]}

    folder = diskcache.cache_root() / "terms" / f"terms-{diskcache.source_key([source])}"
    first = diskcache.cached_marshal(folder, build)
    second = diskcache.cached_marshal(folder, build)
    assert first == second == {"terms": frozenset({"asthma", "wheeze"}), "rows": [("asthma", 1.0)]}
    assert len(calls) == 1


def test_the_key_follows_the_sources_and_the_versions(tmp_path: Path) -> None:
    source = tmp_path / "terms.txt"
    source.write_text("asthma\n")
    key = diskcache.source_key([source], "v1")
    assert diskcache.source_key([source], "v1") == key
    assert diskcache.source_key([source], "v2") != key
    os.utime(source, ns=(1, 1))
    touched = diskcache.source_key([source], "v1")
    assert touched != key
    source.write_text("asthma\ncroup\n")
    os.utime(source, ns=(1, 1))
    assert diskcache.source_key([source], "v1") != touched  # same time, another size


def test_publishing_a_new_folder_removes_the_older_ones_of_its_kind(root: Path) -> None:
    base = diskcache.cache_root() / "terms"
    diskcache.cached_marshal(base / "terms-aaa", lambda: [1])
    diskcache.cached_marshal(base / "other-bbb", lambda: [2])
    diskcache.cached_marshal(base / "terms-ccc", lambda: [3])
    assert sorted(p.name for p in base.iterdir()) == ["other-bbb", "terms-ccc"]


def test_a_damaged_file_is_rebuilt_and_an_unwritable_root_is_no_error(
    root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = diskcache.cache_root() / "terms" / "terms-abc"
    diskcache.cached_marshal(folder, lambda: ["croup", "asthma"])
    data = folder / "data.marshal"
    data.write_bytes(data.read_bytes()[:-3] + b"xyz")
    assert diskcache.read_marshal(data) is None
    assert diskcache.cached_marshal(folder, lambda: ["croup", "asthma", "again"]) == ["croup", "asthma", "again"]
    assert diskcache.read_marshal(data) == ["croup", "asthma", "again"]
    blocker = tmp_path / "blocker"
    blocker.write_text("a file, not a folder")
    monkeypatch.setenv(diskcache.CACHE_ENV_VAR, str(blocker))
    assert diskcache.cached_marshal(diskcache.cache_root() / "terms" / "terms-x", lambda: [7]) == [7]


def test_the_cached_lexicon_is_the_lexicon_read_from_the_table(root: Path) -> None:
    fresh = lexicon_module._read_table(lexicon_module._table_path())
    first = lexicon_module.lexicon.__wrapped__()  # builds and caches (the lru_cache bypassed)
    cached = lexicon_module.lexicon.__wrapped__()  # reads the cache
    assert first == cached == fresh
    assert "replace" in cached.base_verbs and "surgery" in cached.nouns
    assert len(list((root / "lexicon").iterdir())) == 1
