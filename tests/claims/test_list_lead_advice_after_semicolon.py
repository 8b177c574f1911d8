"""A list lead's items end at a semicolon that starts advice or a condition for it ("Warning signs include
A, B and C; if you notice any of them, see a doctor"): the advice is no symptom, the listed findings are kept
(session 27, heldout2). The sentences are written for these tests, about conditions not in the corpora."""

import pytest

from extract.claims.relations import find_relations
from tests.claims.conftest import CUES


def symptoms(sentence: str) -> list[str]:
    found, _ = find_relations(sentence, CUES, None)
    return [sentence[m.subject[0] : m.subject[1]] for m in found if m.kind == "symptom"]


@pytest.mark.parametrize(
    ("sentence", "kept", "gone"),
    [
        ("Warning signs of a detached retina include sudden floaters, flashes of light and a dark curtain over your vision; "
         "if you notice any of them, see an optician promptly.",
         ["sudden floaters", "flashes of light", "dark curtain"], "see an optician promptly"),
        ("Symptoms of shingles include a burning rash, itching and fever; call your GP urgently.",
         ["burning rash", "itching", "fever"], "call your GP urgently"),
    ],
)
def test_advice_after_a_semicolon_ends_the_list(sentence: str, kept: list, gone: str) -> None:
    found = symptoms(sentence)
    for item in kept:
        assert any(item in f for f in found), (item, found)
    assert not any(gone in f or f in gone for f in found), found
