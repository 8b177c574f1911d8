"""Treatment and recommendation precision on unseen pages (issue 3, session 20): constructions that named
interventions without claiming they treat, or read a list of options as advice.

* a subject listing several interventions before "are options" / "are alternatives" says which options there
  are: a treatment claim per item, no recommendation (CLAIMS_SPEC.md, session 20); a single subject stays advice;
* an intervention named in a sentence about adverse events or side effects, in research still needed, or in
  what a study left out claims nothing;
* an intervention with a modifier of its own is a new one even when its head was said before ("open surgery,
  keyhole surgery");
* a list after "treated with" ends where a second clause opens with its own subject (", and most children
  recover ...").

Every sentence here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.treatments import incidental_intervention
from extract.pipeline import make_doc

CUES = load_relation_cues()


def claims_of(nlp, text: str, kind: str) -> list[str]:  # noqa: ANN001
    """The main argument of every claim of ``kind`` the pipeline finds in ``text``."""
    doc = nlp(make_doc(nlp, text, "doc_options_harms"))
    field = {"treatment": "intervention", "recommendation": "action"}[kind]
    return [getattr(c, field).text for c in doc._.claims if c.type == kind]


def reason(sentence: str, mention: str) -> str | None:
    s = sentence.index(mention)
    return incidental_intervention(sentence, (s, s + len(mention)), CUES)


@pytest.mark.parametrize(
    "text, items",
    [
        ("Rest, a strap and steroid injections are all options for golfer's elbow.", ["Rest", "strap", "steroid injections"]),
        ("Hydroxychloroquine and methotrexate are alternatives for people with mild lupus.", ["Hydroxychloroquine", "methotrexate"]),
    ],
)
def test_a_listed_subject_of_options_gives_treatments_not_advice(plain, text: str, items: list[str]) -> None:  # noqa: ANN001
    assert claims_of(plain, text, "recommendation") == []
    found = claims_of(plain, text, "treatment")
    for item in items[1:]:
        assert any(item in f for f in found), (item, found)


def test_a_single_subject_of_an_option_stays_advice(plain) -> None:  # noqa: ANN001
    text = "Botulinum toxin is an option for people whose tremor does not respond to tablets."
    assert claims_of(plain, text, "recommendation") == ["Botulinum toxin"]
    assert "Botulinum toxin" in claims_of(plain, text, "treatment")


def test_two_interventions_sharing_a_head_are_two_claims(plain) -> None:  # noqa: ANN001
    found = claims_of(plain, "For a torn meniscus, open surgery, keyhole surgery and physiotherapy are all options.", "treatment")
    assert "keyhole surgery" in found and any("open surgery" in f.lower() for f in found)


def test_the_same_intervention_said_again_is_one_claim(plain) -> None:  # noqa: ANN001
    found = claims_of(plain, "A steroid injection can ease croup-like swelling, and the injection works within hours.", "treatment")
    assert found == ["steroid injection"]


@pytest.mark.parametrize(
    "sentence, mention, why",
    [
        ("Adverse events led to withdrawal in 5% of children given dexamethasone (vomiting, irritability).", "dexamethasone", "cause"),
        ("Common side effects are flushing and headache on the days the nifedipine tablets are taken.", "nifedipine tablets", "cause"),
        ("Serious adverse events were more frequent with belimumab than with placebo.", "belimumab", "cause"),
        ("More studies are needed to compare nifedipine with diltiazem in chilblains.", "nifedipine", "method"),
        ("We did not compare hydroxychloroquine with belimumab.", "hydroxychloroquine", "method"),
        ("Topical steroids and tacrolimus were not part of our prespecified comparison.", "tacrolimus", "method"),
    ],
)
def test_interventions_named_in_harms_research_to_come_or_left_out_are_no_claims(sentence: str, mention: str, why: str) -> None:
    assert incidental_intervention(sentence, (sentence.index(mention), sentence.index(mention) + len(mention)), CUES) == why


@pytest.mark.parametrize(
    "sentence, mention",
    [
        ("Nifedipine reduced new chilblains compared with placebo, and side effects were mild.", "Nifedipine"),
        ("Dexamethasone shortens croup, although side effects such as vomiting can occur.", "Dexamethasone"),
        ("Studies show that hydroxychloroquine reduces lupus flares.", "hydroxychloroquine"),
    ],
)
def test_an_intervention_said_to_work_beside_its_harms_is_no_incidental_mention(sentence: str, mention: str) -> None:
    assert reason(sentence, mention) is None


@pytest.mark.parametrize(
    "text, treatment, not_an_item",
    [
        ("Croup is usually treated with a single dose of dexamethasone, and most children recover within two days.",
         "dexamethasone", "children"),
        ("Chilblains can be treated with nifedipine, but they usually heal on their own.", "nifedipine", "heal"),
    ],
)
def test_a_treated_with_list_ends_where_a_second_clause_opens(plain, text: str, treatment: str, not_an_item: str) -> None:  # noqa: ANN001
    found = claims_of(plain, text, "treatment")
    assert any(treatment in f for f in found)
    assert not any(not_an_item in f for f in found), found


def test_how_well_an_intervention_is_borne_is_no_claim_it_treats() -> None:
    sentence = "Topiramate was poorly tolerated by older people with tremor."
    assert reason(sentence, "Topiramate") == "cause"
    assert reason("Belimumab was well tolerated and reduced flares.", "Belimumab") is None


def test_the_aims_of_treatment_name_no_interventions(plain) -> None:  # noqa: ANN001
    text = "The aims of treatment are to control flares, protect the kidneys and reduce steroid use."
    assert claims_of(plain, text, "treatment") == []
    assert claims_of(plain, "The treatments are hydroxychloroquine, steroids and belimumab.", "treatment") == [
        "hydroxychloroquine", "steroids", "belimumab"]


def test_a_denied_cure_ends_before_the_next_clause(plain) -> None:  # noqa: ANN001
    found = claims_of(plain, "There is no tablet that cures lupus, but your doctor will treat the symptoms.", "treatment")
    assert not any("doctor" in f for f in found), found
    assert claims_of(plain, "There is no cream that can cure chilblains.", "treatment") == ["cream"]


@pytest.mark.parametrize(
    "text",
    [
        "Keep this leaflet.",
        "Use this decision aid with your rheumatology nurse.",
        "Pop in for a chat with our pharmacists about chilblains.",
        "If you are not sure whether it is a chilblain, pop in and ask.",
        "Send your questions to our jaw clinic by email.",
    ],
)
def test_handling_the_page_or_visiting_the_shop_is_no_advice(plain, text: str) -> None:  # noqa: ANN001
    assert claims_of(plain, text, "recommendation") == []


def test_care_advice_beside_those_stays_advice(plain) -> None:  # noqa: ANN001
    found = claims_of(plain, "Keep your hands and feet warm in cold weather.", "recommendation")
    assert len(found) == 1 and found[0].startswith("Keep your hands and feet warm")


def test_a_left_out_comparator_ranked_as_a_treatment_is_no_incidental_mention() -> None:
    sentence = "We did not compare either drug with nifedipine, which remains an alternative first-line agent."
    assert reason(sentence, "nifedipine") is None
    assert reason("We did not compare either drug with nifedipine.", "nifedipine") == "method"


@pytest.mark.parametrize(
    "text",
    [
        "Don't panic: croup usually settles within two days.",
        "Don't settle for feeling tired if you have lupus.",
        "Don't underestimate the emotional side of living with a tremor.",
        "If the first cream seems slow, don't be disappointed.",
    ],
)
def test_a_negated_verb_of_feeling_is_a_reassurance_not_advice(plain, text: str) -> None:  # noqa: ANN001
    assert claims_of(plain, text, "recommendation") == []


def test_a_negated_action_of_care_stays_advice_against(plain) -> None:  # noqa: ANN001
    found = claims_of(plain, "Don't share towels with anyone who has impetigo.", "recommendation")
    assert len(found) == 1 and found[0].startswith("share towels")


def test_a_list_after_a_treatment_verb_ends_at_and_then(plain) -> None:  # noqa: ANN001
    found = claims_of(plain, "If your child has been given amoxicillin for croup and then develops a rash, stop the medicine.", "treatment")
    assert found and not any("develops" in f or "rash" in f for f in found), found
    found = claims_of(plain, "Lupus flares are treated with steroids, then hydroxychloroquine.", "treatment")
    assert found == ["steroids", "hydroxychloroquine"]


def test_an_intervention_rarely_needed_is_a_treatment_claim_not_advice_against(plain) -> None:  # noqa: ANN001
    text = "Open surgery on the jaw joint is rarely needed."
    assert claims_of(plain, text, "recommendation") == []
    assert any(f.startswith("Open surgery") for f in claims_of(plain, text, "treatment"))
    assert claims_of(plain, "Antibiotics are not needed for croup.", "recommendation") == ["Antibiotics"]


@pytest.mark.parametrize(
    "text, subject",
    [
        ("Hydroxychloroquine should be the first treatment for most people with lupus.", "Hydroxychloroquine"),
        ("Nifedipine should remain the first choice for severe chilblains.", "Nifedipine"),
    ],
)
def test_a_subject_a_modal_ranks_among_treatments_is_advised_and_treats(plain, text: str, subject: str) -> None:  # noqa: ANN001
    assert claims_of(plain, text, "recommendation") == [subject]
    assert subject in claims_of(plain, text, "treatment")


def test_people_a_modal_puts_first_are_no_intervention(plain) -> None:  # noqa: ANN001
    assert claims_of(plain, "People with lupus should be the first to get the vaccine.", "treatment") == []


def test_places_an_action_applies_to_are_no_advice_of_their_own(plain) -> None:  # noqa: ANN001
    found = claims_of(plain, "Check your feet every day for chilblains, including between the toes and under the heels.", "recommendation")
    assert len(found) == 1 and found[0].startswith("Check your feet")
    assert claims_of(plain, "Eat soft foods such as pasta, eggs and soup.", "recommendation")[1:] == ["pasta", "eggs", "soup"]


def test_a_class_before_its_name_and_the_time_of_use_are_no_claims(plain) -> None:  # noqa: ANN001
    assert claims_of(plain, "Another operation, decompression, frees the trapped nerve in Morton's neuroma.", "treatment") == ["decompression"]
    assert reason("Wash your hands after putting in drops for conjunctivitis.", "drops") == "situation"


def test_a_measure_named_by_an_intervention_word_is_no_intervention(plain) -> None:  # noqa: ANN001
    found = claims_of(plain, "Pulmonary rehabilitation improved exercise capacity in people with lupus.", "treatment")
    assert found == ["Pulmonary rehabilitation"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Treatment with hydroxychloroquine reduces lupus flares.", ["hydroxychloroquine"]),
        ("Early treatment with nifedipine or diltiazem shortens chilblain attacks.", ["nifedipine", "diltiazem"]),
    ],
)
def test_a_course_named_by_the_drug_it_uses_claims_the_drug(plain, text: str, expected: list[str]) -> None:  # noqa: ANN001
    assert claims_of(plain, text, "treatment") == expected


@pytest.mark.parametrize(
    "sentence, mention",
    [
        ("Diagnosis rests on a skin biopsy with immunofluorescence.", "skin biopsy"),
        ("In lupus the diagnosis is confirmed by blood tests.", "blood tests"),
    ],
)
def test_what_a_diagnosis_is_made_by_is_a_test(sentence: str, mention: str) -> None:
    assert reason(sentence, mention) == "test"


def test_an_offered_test_is_advice_but_no_treatment(plain) -> None:  # noqa: ANN001
    text = "Patients with long-standing lupus nephritis should be offered regular kidney monitoring."
    assert claims_of(plain, text, "recommendation") == ["regular kidney monitoring"]
    assert claims_of(plain, text, "treatment") == []
    assert claims_of(plain, "You may be offered a steroid injection.", "treatment") == ["steroid injection"]


@pytest.mark.parametrize(
    "text",
    [
        "Stress urinary incontinence (SUI) is the leakage of urine when you cough.",
        "Stress definitely didn't help my chilblains either.",
    ],
)
def test_a_noun_phrase_before_a_finite_verb_is_no_imperative(plain, text: str) -> None:  # noqa: ANN001
    assert claims_of(plain, text, "recommendation") == []


def test_an_imperative_with_a_bracket_stays_advice(plain) -> None:  # noqa: ANN001
    assert claims_of(plain, "Rest the jaw (no chewing gum) for a week.", "recommendation") == ["Rest the jaw"]


@pytest.mark.parametrize(
    "text",
    [
        "Many people with lupus have kidney problems, which means the body needs to make more urine.",
        "Your GP may prescribe nifedipine tablets instead, which only need to be taken once a day.",
    ],
)
def test_what_the_body_or_a_thing_needs_is_no_advice(plain, text: str) -> None:  # noqa: ANN001
    assert claims_of(plain, text, "recommendation") == []


def test_a_condition_that_needs_care_stays_advice(plain) -> None:  # noqa: ANN001
    found = claims_of(plain, "These can be signs of severe croup, which needs treatment in hospital.", "recommendation")
    assert found == ["treatment in hospital"]
    assert reason("In hypothyroidism the body produces less thyroxine.", "thyroxine") == "verb"


def test_an_intervention_among_the_examples_of_harms_is_no_claim() -> None:
    sentence = "Surgery for Morton's neuroma carried more complications, including infection and a painful scar needing further surgery."
    assert reason(sentence, "further surgery") == "cause"
    assert reason(sentence, "Surgery") is None
