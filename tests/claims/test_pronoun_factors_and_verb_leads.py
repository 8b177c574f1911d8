"""Session 16 (dev21): a pronoun that names an aggravating factor of the sentence before ("Cut down on
alcohol. It can trigger a flare"), and a lead-in whose "cause" is the verb after a modal ("Gout can
cause:"), whose bullets are what the subject produces rather than causes of the page's condition.

Every sentence and page here is written for these tests, about conditions the development corpora do
not cover (lupus, sickle cell disease, multiple sclerosis, psoriasis of the scalp, migraine-like headaches).
"""

import pytest

from extract.claims.lists import list_lead_kind
from extract.claims.relations import find_relations
from extract.pipeline import make_doc

from tests.claims.conftest import CUES, causes


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a pronoun subject of a setting-off verb whose object is the condition's attacks or flares
        ("Limit alcohol. It can trigger flares in some people.", [("It", "flares", "causes")]),
        ("Strong sunlight is a problem for many people with lupus, and it may bring on a flare.", [("it", "flare", "causes")]),
        # a pronoun that makes the condition (or a finding of it) worse
        ("Hot showers feel good, but they can make the itching much worse.", [("they", "itching", "causes")]),
        ("Please do not use hair dyes on a sore scalp, as these can make it worse.", [("these", "it", "causes")]),
        ("Never scratch the plaques, because this can make the soreness worse.", [("this", "soreness", "causes")]),
        ("Skipping meals is a risk too, as this can trigger it.", [("this", None, "causes")]),
    ],
)
def test_a_pronoun_that_sets_off_or_worsens_the_condition_is_a_cause(sentence: str, expected: list) -> None:
    found = [c for part in sentence.split(". ") for c in causes(part if part.endswith(".") else part + ".")]
    for claim in expected:
        assert claim in found


@pytest.mark.parametrize(
    "sentence",
    [
        "It can cause numbness and weakness in one leg.",  # the condition producing findings: symptoms, no cause
        "It can make your skin dry and flaky.",  # the condition making a part a state: symptoms
        "This causes inflammation of the nerve.",  # a mechanism of the sentence before, no factor named
        "They can make you feel very tired.",
    ],
)
def test_a_pronoun_that_produces_findings_is_no_aggravating_factor(sentence: str) -> None:
    assert not any(s.lower() in ("it", "this", "they") for s, _, _ in causes(sentence))


@pytest.mark.parametrize(
    ("lead", "kind"),
    [
        ("Sickle cell disease can cause:", "symptom"),
        ("A relapse may also cause:", "symptom"),
        ("It often causes:", "symptom"),
        ("Some medicines can cause it:", "cause"),
    ],
)
def test_cause_after_a_modal_is_the_verb_of_what_the_subject_produces(lead: str, kind: str) -> None:
    assert list_lead_kind(lead, CUES) == kind
    assert find_relations(lead, CUES, None)[1] in (None, ("treatment", None))  # no list of causes opened by the head word


@pytest.mark.parametrize("lead", ["Common causes:", "Other causes include:", "The main causes of a flare are:"])
def test_a_cause_noun_still_opens_a_list_of_causes(lead: str) -> None:
    assert find_relations(lead, CUES, None)[1][0] == "cause"


def test_bullets_after_a_verb_cause_lead_are_symptoms_not_causes(plain) -> None:  # noqa: ANN001
    text = ("Multiple sclerosis\n\nWhat are the symptoms?\n\nA relapse can cause:\n\n"
            "- blurred vision in one eye\n- numbness in the legs\n- problems with balance\n")
    doc = plain(make_doc(plain, text, "doc_verb_cause_lead"))
    kinds = {(c.type, (c.symptom.text if c.type == "symptom" else c.cause.text if c.type == "cause" else "")) for c in doc._.claims}
    assert ("symptom", "blurred vision in one eye") in kinds or ("symptom", "blurred vision") in kinds
    assert not any(t == "cause" for t, _ in kinds)


def test_a_noun_cause_lead_still_opens_causes(plain) -> None:  # noqa: ANN001
    text = "Multiple sclerosis\n\nWhat causes it?\n\nPossible causes:\n\n- low vitamin D levels\n- smoking\n"
    doc = plain(make_doc(plain, text, "doc_noun_cause_lead"))
    assert {c.cause.text for c in doc._.claims if c.type == "cause"} >= {"smoking"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "contribute" with its effect left unnamed: a cause of the page's condition
        ("Heavy smoking may also contribute.", [("Heavy smoking", None, "causes")]),
        ("Poor sleep is thought to contribute through changes in pain processing.", [("Poor sleep", None, "causes")]),
        ("Obesity and inactivity both contribute.", [("Obesity", None, "causes"), ("inactivity", None, "causes")]),
        # with its effect named, the verb's own rule
        ("Dehydration can contribute to kidney damage.", [("Dehydration", "kidney damage", "causes")]),
        # a hedge of belief between the subject and the verb is no subject
        ("Hormonal shifts are also thought to play a role.", [("Hormonal shifts", None, "causes")]),
        ("Certain genes are believed to play a part.", [("genes", None, "causes")]),
        ("Cold air is also known to trigger attacks.", [("Cold air", "attacks", "causes")]),
    ],
)
def test_contributing_and_hedged_roles_name_their_subject(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected


def test_contributing_to_someone_or_with_a_person_subject_names_no_cause() -> None:
    assert causes("Your nurse will contribute.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Left untreated, high cholesterol can lead to heart attacks.", [("high cholesterol", "heart attacks", "causes")]),
        ("If glandular fever is not treated, it can lead to a swollen spleen.", [("glandular fever", "swollen spleen", "causes")]),
        ("Without treatment, an overactive thyroid can damage the heart.", [("overactive thyroid", "heart", "causes")]),
        ("Left untreated, it can progress to kidney failure.", [("it", "kidney failure", "causes")]),
    ],
)
def test_what_a_condition_left_untreated_leads_to_is_caused(sentence: str, expected: list) -> None:
    found = causes(sentence)
    for claim in expected:
        assert claim in found


def test_an_untreated_course_that_gets_better_is_no_cause() -> None:
    assert causes("Left untreated, most people recover within a few weeks.") == []


@pytest.mark.parametrize(
    "lead",
    [
        "Conditions that can contribute include:",
        "Things that can set it off include:",
        "Medicines that may bring it on are:",  # "medicines" alone would announce treatments
        "Foods that can make the pain worse include:",
        "Problems that play a part include:",
    ],
)
def test_a_general_noun_with_a_causal_relative_opens_causes(lead: str) -> None:
    assert list_lead_kind(lead, CUES) == "cause"
    assert find_relations(lead, CUES, None)[1] == ("cause", None)


@pytest.mark.parametrize("lead", ["Things that can help include:", "Medicines that can ease the pain include:"])
def test_a_relative_that_helps_opens_no_causes(lead: str) -> None:
    assert list_lead_kind(lead, CUES) != "cause"
    assert (find_relations(lead, CUES, None)[1] or ("none",))[0] != "cause"


def test_bullets_under_a_causal_relative_lead_are_causes(plain) -> None:  # noqa: ANN001
    text = ("Gout\n\nWhat causes gout?\n\nUric acid builds up in the blood. Conditions that can contribute include:\n"
            "- kidney disease\n- psoriasis\n- heart failure\n")
    doc = plain(make_doc(plain, text, "doc_things_that_lead"))
    assert {"kidney disease", "psoriasis", "heart failure"} <= {c.cause.text for c in doc._.claims if c.type == "cause"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Some foods can set off a flare: tomatoes, citrus fruit and coffee.",
         [("tomatoes", "flare", "causes"), ("citrus fruit", "flare", "causes"), ("coffee", "flare", "causes")]),
        ("Certain medicines and supplements can cause it too: steroids, lithium and retinoids.",
         [("steroids", None, "causes"), ("lithium", None, "causes"), ("retinoids", None, "causes")]),
    ],
)
def test_a_vague_class_then_a_colon_names_its_examples_as_the_causes(sentence: str, expected: list) -> None:
    found = causes(sentence)
    for claim in expected:
        assert claim in found
    assert not any(s in ("foods", "medicines", "supplements") for s, _, _ in found)


def test_a_named_cause_then_a_colon_stays_the_cause() -> None:
    assert ("Stress", "flare", "causes") in causes("Stress can trigger a flare: this is very common.")
