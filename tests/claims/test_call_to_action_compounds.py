"""A contact word that opens a compound noun ("contact sports", "contact lenses") calls no one: the advice about the
compound is advice, while the site's own calls to action stay none (issue 3). Sentences written for these tests."""

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.recommendations import recommendations

CUES = load_relation_cues()


def advice(sentence: str) -> list[tuple[str, bool]]:
    return [(sentence[m.subject[0] : m.subject[1]], m.against) for m in recommendations(sentence, CUES)]


@pytest.mark.parametrize(
    ("sentence", "head"),
    [
        ("Contact sports are best avoided for six weeks after a concussion.", "sports"),
        ("Contact lenses should be taken out before you use the eye drops.", "lenses"),
    ],
)
def test_a_compound_of_a_contact_word_is_advice(sentence: str, head: str) -> None:
    got = advice(sentence)
    assert len(got) == 1 and got[0][0].endswith(head)  # the advice is about the compound


@pytest.mark.parametrize("sentence", ["Contact our clinic today to book a consultation.", "Call us on the number below."])
def test_the_sites_call_to_action_is_no_advice(sentence: str) -> None:
    assert advice(sentence) == []
