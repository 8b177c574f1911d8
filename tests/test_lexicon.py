"""The English lexicon behind imperative advice: base-form verbs, nouns, adjectives/adverbs."""

import subprocess
import sys
from pathlib import Path

import pytest

from extract.lexicon import is_base_verb, is_modifier, is_noun, is_participle


@pytest.mark.parametrize("word", ["replace", "Swap", "shorten", "inform", "rest", "cut", "please"])
def test_base_form_verbs(word: str) -> None:
    assert is_base_verb(word)


@pytest.mark.parametrize("word", ["running", "replaced", "surgery", "the", "if", "methotrexate", "shoes"])
def test_not_base_form_verbs(word: str) -> None:
    assert not is_base_verb(word)


def test_nouns_and_modifiers_tell_ambiguous_first_words() -> None:
    assert is_noun("rest") and is_noun("load") and not is_noun("replace")
    assert is_modifier("open") and is_modifier("over") and not is_modifier("replace")


def test_past_forms_of_verbs() -> None:
    assert is_participle("applied") and is_participle("kept") and is_participle("taken")
    assert not is_participle("apply") and not is_participle("healing") and not is_participle("surgery")


def test_the_lexicon_is_not_read_at_import() -> None:
    code = (
        "import sys; import extract.claims.relations; from extract.lexicon import lexicon; "
        "assert lexicon.cache_info().currsize == 0; assert 'lemminflect' not in sys.modules; print('ok')"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert out.stdout.strip() == "ok", out.stderr


def test_the_cached_lexicon_of_another_checkout_is_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two checkouts sharing the per-machine cache keep a copy each: reading the lexicon caches
    this checkout's copy without removing another place's (which used to be rebuilt, 2 s, at the
    next start of the other checkout), and a second process reads the copy, not the table."""
    from extract import lexicon as module

    monkeypatch.setenv("EVIDENCE_CACHE_DIR", str(tmp_path))
    other = tmp_path / "lexicon" / "lemma_lu-0123abcd-otherkey"
    other.mkdir(parents=True)
    (other / "data.marshal").write_bytes(b"another checkout's copy")
    module.lexicon.cache_clear()
    try:
        first = module.lexicon()
        ours = [p for p in (tmp_path / "lexicon").iterdir() if p != other]
        assert other.is_dir() and len(ours) == 1 and (ours[0] / "data.marshal").is_file()
        module.lexicon.cache_clear()
        monkeypatch.setattr(module, "_read_table", lambda path: pytest.fail("the table was read again"))
        assert module.lexicon() == first
    finally:
        module.lexicon.cache_clear()
