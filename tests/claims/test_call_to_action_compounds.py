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


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        # booking with the reader's own GP is advice, as "see your GP" is (a magazine answer on thyroid nodules)
        ("It's worth booking a GP appointment so that a blood test can be arranged.", "booking a GP appointment"),
        # a hedged "worth" (a pharmacy page on hay fever)
        ("It may be worth trying a different antihistamine.", "trying a different antihistamine"),
        # what is worth trying, the subject (a charity page on tinnitus)
        ("Sound generators are worth trying.", "Sound generators"),
    ],
)
def test_what_is_worth_doing_is_advice(sentence: str, action: str) -> None:
    assert advice(sentence) == [(action, False)]


def test_booking_the_sites_consultation_stays_no_advice() -> None:
    assert advice("It is worth booking a consultation with our surgeons.") == []
