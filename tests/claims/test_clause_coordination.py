"""A comma before "and" / "or", after a pair joined in a clause that has a verb, joins two clauses, not the items of
one list: the words before it are no intervention coordinated with the one named after it ("The drops can make the
eyes red and gritty, and beta-blocker drops are not suitable ..."; session 28, dev41 and dev42 at first sight). A
subject's list keeps its items ("Premium lenses, such as A or B, and C are not covered"). Sentences written for these
tests, about conditions no corpus covers."""

import pytest

from extract.claims.treatments import intervention_mentions
from extract.pipeline import load


@pytest.fixture(scope="module")
def named():  # noqa: ANN201
    nlp = load(link=False, progress=False)
    claims = next(p for n, p in nlp.pipeline if hasattr(p, "heads") and hasattr(p, "generic"))

    def spans(sentence: str) -> list[str]:
        return [sentence[a:b] for a, b in intervention_mentions(sentence, claims.heads, claims.generic, claims.cues)]

    return spans


@pytest.mark.parametrize(
    "sentence,kept,gone",
    [
        ("The gel can leave the gums sore and swollen, and steroid tablets are not suitable for young children.",
         "steroid tablets", ["swollen", "sore"]),
        ("You may have a different rash, such as pityriasis rosea or lichen planus, and antifungal cream will not help.",
         "antifungal cream", ["lichen planus", "pityriasis rosea"]),
    ],
)
def test_a_pair_in_the_clause_before_is_no_item(named, sentence: str, kept: str, gone: list[str]) -> None:  # noqa: ANN001
    found = named(sentence)
    assert kept in found, found
    assert not set(gone) & set(found), found


def test_a_subjects_list_keeps_its_items(named) -> None:  # noqa: ANN001
    found = named("Custom insoles, such as rigid or cushioned orthotics, and shock wave therapy are not covered by the plan.")
    assert {"rigid", "cushioned orthotics", "shock wave therapy"} <= set(found), found
