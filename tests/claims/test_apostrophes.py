"""Cue phrases with an apostrophe match a typographic one: web pages and word processors write
"it’s" and "don’t" (U+2019) at least as often as "it's"."""

from __future__ import annotations

import pytest

from extract.claims.cues import alternation, flat_alternation, phrase_regex


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_a_cue_with_an_apostrophe_matches_either_apostrophe(apostrophe: str) -> None:
    pattern = phrase_regex(["it's more common", "don't", "doesn't help"])
    text = f"It{apostrophe}s more common in winter. Don{apostrophe}t scratch. It doesn{apostrophe}t help."
    assert [m.group(0) for m in pattern.finditer(text)] == [
        f"It{apostrophe}s more common", f"Don{apostrophe}t", f"doesn{apostrophe}t help"]


def test_the_trie_and_the_flat_alternation_agree_on_apostrophes() -> None:
    phrases = ["it's", "it's more common", "isn't", "is"]
    import re

    assert alternation(phrases) != flat_alternation(phrases)  # the trie form is built, not the flat fallback

    trie, flat = re.compile(alternation(phrases), re.I), re.compile(flat_alternation(phrases), re.I)
    for text in ("it\u2019s more common", "It's", "isn\u2019t", "is"):
        assert trie.match(text).group(0) == flat.match(text).group(0) == text


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_a_risk_group_after_a_contracted_copula_is_found_with_either_apostrophe(nlp, apostrophe: str) -> None:  # noqa: ANN001
    doc = nlp(f"Tonsillitis\n\nIt{apostrophe}s more common in children.")
    assert [c.cause.text for c in doc._.claims if c.type == "cause"] == ["children"]
