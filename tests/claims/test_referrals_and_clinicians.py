"""Recommendations of a clinician named by their field, and referrals the reader may get (issue 3).

CLAIMS_SPEC.md: an intervention "that a clinician may suggest, recommend or refer the reader for" is both a
treatment claim and a recommendation of strength `may` (`should` with "will"); for a test, only the
recommendation. A clinician named by the ending of their field ("rheumatologist", "psychiatrist",
"paediatrician") gives advice as "your doctor" does. The sentences are written for this file, about conditions
of no development corpus.
"""

import pytest

from extract.pipeline import make_doc


def claims(nlp, text: str) -> tuple[list[str], list[tuple]]:  # noqa: ANN001
    doc = nlp(make_doc(nlp, text + "\n", "doc_referrals"))
    treatments = sorted(c.intervention.text for c in doc._.claims if c.type == "treatment")
    recs = [(c.action.text, c.strength) for c in doc._.claims if c.type == "recommendation"]
    return treatments, recs


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Your neurologist may suggest a nerve block.", "nerve block"),  # a leaflet on occipital neuralgia
        ("If the tablets do not help, your psychiatrist may suggest lithium.", "lithium"),  # bipolar disorder
        ("Your paediatrician may suggest a nasal spray.", "nasal spray"),  # glue ear
        ("Your physiotherapist may recommend exercise therapy.", "exercise therapy"),  # fibromyalgia
    ],
)
def test_a_clinician_named_by_their_field_gives_advice(plain, text: str, action: str) -> None:  # noqa: ANN001
    treatments, recs = claims(plain, text)
    assert recs == [(action, "may")]
    assert action in treatments  # what a clinician suggests is offered: a treatment claim too


def test_what_a_finding_suggests_is_no_advice(plain) -> None:  # noqa: ANN001
    _, recs = claims(plain, "The scan results suggest a stress fracture.")
    assert recs == []


@pytest.mark.parametrize(
    ("text", "action", "strength"),
    [
        # a leaflet on whiplash
        ("If your neck pain lasts more than six weeks, you may be referred for physiotherapy.", "physiotherapy", "may"),
        # a hospital page on lymphoedema
        ("You will usually be referred for compression bandaging.", "compression bandaging", "should"),
    ],
)
def test_a_referral_for_an_intervention_is_advice_and_a_treatment(plain, text: str, action: str, strength: str) -> None:  # noqa: ANN001
    treatments, recs = claims(plain, text)
    assert recs == [(action, strength)]
    assert treatments == [action]


def test_a_referral_for_tests_is_advice_only(plain) -> None:  # noqa: ANN001
    treatments, recs = claims(plain, "Your GP may refer you for tests of your heart, such as an echocardiogram or an ECG.")
    assert recs[0] == ("tests of your heart", "may")
    assert treatments == []  # tests and their examples diagnose, they treat nothing


def test_who_was_referred_is_no_advice(plain) -> None:  # noqa: ANN001
    treatments, recs = claims(plain, "Patients who were referred for surgery were older than the others.")
    assert recs == [] and treatments == []


@pytest.mark.parametrize(
    ("text", "recommended", "treated"),
    [
        # a class and its example before a passive offer (a guideline summary on angina)
        ("A beta blocker such as bisoprolol should be offered to everyone with stable angina.",
         ["beta blocker", "bisoprolol"], ["beta blocker", "bisoprolol"]),
        # an option, named with its example (a clinic page on hidradenitis)
        ("For severe disease, a biologic such as adalimumab is now an option.", ["biologic", "adalimumab"], ["adalimumab", "biologic"]),
    ],
)
def test_a_class_offered_or_named_an_option_with_its_example(plain, text: str, recommended: list, treated: list) -> None:  # noqa: ANN001
    treatments, recs = claims(plain, text)
    assert [a for a, _ in recs] == recommended
    assert treatments == treated


def test_what_was_named_before_is_no_new_treatment(plain) -> None:  # noqa: ANN001
    treatments, _ = claims(plain, "She said the therapy should be offered alongside tablets, not instead of them.")
    assert "therapy" not in treatments


@pytest.mark.parametrize(
    ("text", "treated"),
    [
        # another option, for whom (a clinic page on hair loss)
        ("Minoxidil is another option for women with thinning hair.", "Minoxidil"),
        # the first option after a fronted situation (a leaflet on heavy periods)
        ("For heavy periods, the hormonal coil is usually the first option.", "hormonal coil"),
        # a name with an apposition before its predicate (a magazine answer on endometrial hyperplasia)
        ("Megestrol, a tablet that acts like progesterone, is the first-line treatment for this condition.", "Megestrol"),
    ],
)
def test_what_is_named_an_option_is_a_treatment(plain, text: str, treated: str) -> None:  # noqa: ANN001
    treatments, _ = claims(plain, text)
    assert treated in treatments


@pytest.mark.parametrize(
    ("text", "action", "strength"),
    [
        # a leaflet on psoriasis
        ("If the creams do not work, your GP may refer you to a dermatologist.", "dermatologist", "may"),
        # a pharmacist's answer on ingrown toenails, the clinician in a relative clause
        ("See your GP, who can refer you to a podiatrist.", "podiatrist", "may"),
        # a hospital page on sleep apnoea, the reader referred
        ("If the test shows sleep apnoea, you will be referred to a sleep clinic.", "sleep clinic", "should"),
        # a page on hoarseness: one specialist, though its name holds commas
        ("Your GP may refer you to an ear, nose and throat (ENT) specialist.", "ear", "may"),
    ],
)
def test_a_referral_to_a_clinician_is_advice(plain, text: str, action: str, strength: str) -> None:  # noqa: ANN001
    _, recs = claims(plain, text)
    assert (action, strength) in recs
    assert [a for a, _ in recs if a in ("nose", "throat")] == []  # one place, not a list of three


@pytest.mark.parametrize(
    "text",
    [
        # what the page's own provider does (a dental practice page on jaw pain)
        "For persistent pain we can refer you to an oral surgeon.",
        # a referral lead-in: what the reader is referred for follows in its bullets (a page on lipomas)
        "If the lump is painful, a GP may refer you to a specialist for:",
    ],
)
def test_a_provider_referral_or_a_referral_lead_in_is_no_advice_of_its_own(plain, text: str) -> None:  # noqa: ANN001
    _, recs = claims(plain, text)
    assert recs == []
