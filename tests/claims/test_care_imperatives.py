"""Imperatives of care the rules had missed (session 28): "Treat X" ("Treat athlete's foot as soon as it appears"),
a call to the reader's provider or another named clinician ("Call your provider if:"), and booking care with their
own GP in advice given to others ("I advise men to book a check-up with their GP"). Sentences written for these
tests, about conditions no corpus covers."""

import pytest

from tests.claims.conftest import argument_texts


@pytest.mark.parametrize(
    "sentence,action",
    [
        ("Treat dandruff with a medicated shampoo twice a week.", "Treat dandruff"),
        ("Treat any cuts on the feet promptly with an antiseptic cream.", "Treat any cuts on the feet promptly"),
        ("Call your provider if the swelling spreads up the leg.", "Call your provider"),
        ("Contact your podiatrist if the toe turns red or starts to weep.", "Contact your podiatrist"),
        ("I always advise women to book a review with their GP before the next pregnancy.", "book a review with their GP"),
    ],
)
def test_imperatives_of_care_are_advice(plain, sentence: str, action: str) -> None:  # noqa: ANN001
    found = argument_texts(plain, sentence, "recommendation")
    assert any(a.startswith(action) for a in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "Treat Yourself To A Spa Day",  # a title-case heading
        "Call us today to book your free consultation.",
        "Book a consultation with our specialists online.",
    ],
)
def test_marketing_stays_no_advice(plain, sentence: str) -> None:  # noqa: ANN001
    assert argument_texts(plain, sentence, "recommendation") == []


@pytest.mark.parametrize("sentence,action", [("If the cream stings, stop.", "stop"), ("If you vape, quit", "quit")])
def test_a_bare_verb_after_its_condition_is_advice(plain, sentence: str, action: str) -> None:  # noqa: ANN001
    assert argument_texts(plain, sentence, "recommendation") == [action]


@pytest.mark.parametrize("sentence", ["Rest.", "If SSRIs don't suit you, an SNRI such as venlafaxine may be tried."])
def test_a_bare_verb_alone_or_after_a_subject_is_none(plain, sentence: str) -> None:  # noqa: ANN001
    found = argument_texts(plain, sentence, "recommendation")
    assert "tried" not in found and "Rest" not in found
