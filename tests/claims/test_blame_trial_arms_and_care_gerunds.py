"""Three general constructions found wrong in session 16's errors (issue 3), each tested with sentences written for
these tests about conditions outside the development corpora:

* an adverb between the auxiliary and the participle ("has long been linked to", "has traditionally been blamed
  for") belongs to the verb, not to the subject; "X has long been blamed, although ..." names a suspected cause of
  the page's condition, while "X is often blamed, but ..." goes on to deny it;
* people named by the intervention they received ("women who received PFMT were eight times more likely to report
  cure") are a trial arm, not a risk group;
* a gerund acting on a part of the body ("Soaking the foot", "Icing the elbow", "Strapping the ankle") names care
  given to the part: an intervention when the text says it helps.
"""

import pytest

from extract.pipeline import make_doc

from tests.claims.conftest import causes


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Stress has long been linked to stomach ulcers.", [("Stress", "stomach ulcers", "associated_with")]),
        ("Coffee has traditionally been blamed for palpitations.", [("Coffee", "palpitations", "causes")]),
        ("Smoking has long been known to cause lung cancer.", [("Smoking", "lung cancer", "causes")]),
        ("A diet low in fibre has long been blamed, although trials disagree.", [("diet low in fibre", None, "causes")]),
        ("Tight shoes are often blamed.", [("Tight shoes", None, "causes")]),
    ],
)
def test_an_adverb_after_the_auxiliary_belongs_to_the_verb(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected


def test_a_blamed_cause_the_sentence_goes_on_to_deny_is_no_claim() -> None:
    assert causes("Chocolate is often blamed, but studies find no link with acne.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "A review of 12 trials found that adults who received acupuncture were twice as likely as untreated controls to report relief.",
        "Children who were given zinc were less likely to have diarrhoea after a week.",
        "Patients randomised to surgery were more likely than those given splints to be pain-free at a year.",
    ],
)
def test_people_named_by_the_treatment_they_received_are_no_risk_group(sentence: str) -> None:
    assert causes(sentence) == []


def test_people_named_by_what_they_have_or_do_stay_a_risk_group() -> None:
    assert causes("People who smoke are more likely to get gum disease.") == [("smoke", None, "risk_factor")]


def _treated(nlp, text: str) -> list[str]:  # noqa: ANN001
    doc = nlp(make_doc(nlp, text, "doc_care_gerunds"))
    return [c.intervention.text for c in doc._.claims if c.type == "treatment"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Soaking the foot in warm salty water can relieve the throbbing.", "Soaking the foot in warm salty water"),
        ("Icing the elbow for ten minutes helps.", "Icing the elbow for ten minutes"),
        ("Strapping the ankle can reduce pain when you walk.", "Strapping the ankle"),
        ("Resting the affected wrist eases the ache.", "Resting the affected wrist"),
    ],
)
def test_a_gerund_acting_on_a_body_part_is_an_intervention_that_helps(plain, sentence: str, expected: str) -> None:  # noqa: ANN001
    assert _treated(plain, sentence) == [expected]


def test_a_gerund_acting_on_a_body_part_that_harms_it_is_a_cause_not_a_treatment(plain) -> None:  # noqa: ANN001
    assert _treated(plain, "Twisting the knee can cause a meniscus tear.") == []
    assert causes("Twisting the knee can cause a meniscus tear.") == [("Twisting the knee", "meniscus tear", "causes")]
