"""An exposure a study reports was followed by a condition ("An episode of infectious gastroenteritis ... was followed by an
increased incidence of inflammatory bowel disease") causes it (``cause_forward``: "was/were followed by"), as a condition
said to follow one ("can follow a throat infection") already did. Session 30, gen43, from a Crohn's disease review; the
present tense ("X is usually followed by a headache") stays with the symptom rules, which read a condition's sequel. Not an intervention followed
by its outcome ("Tonsil removal was followed by fewer sore throats"), not advice to follow something.

Every sentence here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from extract.pipeline import make_doc


def causes(nlp, text: str) -> list[tuple[str, str]]:  # noqa: ANN001
    doc = nlp(make_doc(nlp, "Rheumatic fever\n\n" + text + "\n", "doc_follow"))
    return [(c.cause.text, c.effect.text if c.effect else None) for c in doc._.claims if c.type == "cause"]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("In the cohort, an episode of scarlet fever was followed by a higher incidence of rheumatic heart disease.",
         ("episode of scarlet fever", "higher incidence of rheumatic heart disease")),
        ("Rheumatic fever can follow a throat infection.", ("throat infection", "Rheumatic fever")),
        ("Rheumatic fever usually follows an untreated strep throat.", ("untreated strep throat", "Rheumatic fever")),
    ],
)
def test_what_a_condition_follows_causes_it(nlp, text: str, expected: tuple) -> None:  # noqa: ANN001
    assert expected in causes(nlp, text)


@pytest.mark.parametrize(
    "text",
    ["Tonsillectomy was followed by fewer sore throats in the next year.", "You should follow a low-salt diet.", "Follow the instructions on the label."],
)
def test_an_outcome_of_care_or_advice_to_follow_is_no_cause(nlp, text: str) -> None:  # noqa: ANN001
    assert causes(nlp, text) == []
