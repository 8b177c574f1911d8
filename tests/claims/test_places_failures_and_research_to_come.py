"""Interventions a sentence names without claiming they treat (issue 3, treatment precision): a place or
service of care ("go to urgent care", "on the intensive care unit"), a course that failed in a condition
("if other creams haven't worked", "pain that hasn't settled with antibiotics alone") and research to come
("Further trials comparing X with newer drugs, such as Y, are needed"). What the same sentences claim
stays claimed.

Every sentence here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.treatments import incidental_intervention
from extract.pipeline import make_doc

CUES = load_relation_cues()


def treated(nlp, text: str) -> list[str]:  # noqa: ANN001
    """The interventions of every treatment claim the pipeline finds in ``text``."""
    doc = nlp(make_doc(nlp, text, "doc_places_failures"))
    return [c.intervention.text for c in doc._.claims if c.type == "treatment"]


def reason(sentence: str, mention: str) -> str | None:
    s = sentence.index(mention)
    return incidental_intervention(sentence, (s, s + len(mention)), CUES)


@pytest.mark.parametrize(
    "sentence, mention",
    [
        ("A few people with glandular fever need treatment on the intensive care unit.", "intensive care"),
        ("Our video service for impetigo does not replace emergency care.", "emergency care"),
        ("Most children with gastroenteritis never need social care or a hospital stay.", "social care"),
    ],
)
def test_a_place_or_service_of_care_is_no_intervention(sentence: str, mention: str) -> None:
    assert reason(sentence, mention) == "service"


def test_a_place_of_care_named_in_advice_gives_no_treatment_claim(nlp) -> None:  # noqa: ANN001
    assert treated(nlp, "A few people with glandular fever need treatment on the intensive care unit.") == []
    assert treated(nlp, "Our video service for impetigo does not replace emergency care.") == []


def test_the_course_that_failed_in_a_condition_is_the_situation_not_a_treatment(nlp) -> None:  # noqa: ANN001
    found = treated(nlp, "Ondansetron may be given to children with gastroenteritis if other anti-sickness medicines haven't worked.")
    assert found == ["Ondansetron"]
    found = treated(nlp, "Shockwave treatment is used for prostatitis pain that hasn't settled with antibiotics alone.")
    assert found == ["Shockwave treatment"]


def test_what_cleared_or_settled_a_condition_stays_a_treatment(nlp) -> None:  # noqa: ANN001
    # not negated: what the condition settled with is what treated it
    assert "antibiotics" in treated(nlp, "In most men the pain settled with antibiotics within four weeks.")


def test_interventions_of_research_still_to_come_give_no_treatment_claim(nlp) -> None:  # noqa: ANN001
    sentence = "Further trials comparing ocrelizumab with newer drugs, such as ublituximab, are needed in multiple sclerosis."
    assert treated(nlp, sentence) == []
    assert reason(sentence, "ublituximab") == "method"


def test_a_finding_beside_research_to_come_stays_a_treatment(nlp) -> None:  # noqa: ANN001
    found = treated(nlp, "Ocrelizumab reduces relapses in multiple sclerosis, and further trials of ublituximab are under way.")
    assert found == ["Ocrelizumab"]


@pytest.mark.parametrize(
    "sentence, mention, why",
    [
        # a profession: the intervention word names what the person does
        ("Mark is a sports and exercise physiotherapist who sees runners with hip pain.", "exercise", "service"),
        # a verb right after its subject pronoun
        ("Scoliosis bracing is uncomfortable because it compresses the ribs.", "compresses", "verb"),
        # the time of a use in advice
        ("Wash your hands after touching the rash or applying cream.", "cream", "situation"),
        ("Check the leaflet before taking any tablets for gastroenteritis.", "tablets", "situation"),
    ],
)
def test_a_profession_a_verb_and_the_time_of_a_use_name_no_intervention(sentence: str, mention: str, why: str) -> None:
    assert reason(sentence, mention) == why


def test_what_a_named_professional_gives_and_what_a_pronoun_relative_names_stay(nlp) -> None:  # noqa: ANN001
    # the word after the mention is no person: still a treatment
    assert treated(nlp, "Regular exercise eases the fatigue of multiple sclerosis.") == ["Regular exercise"]
    # "in which" opens a clause whose noun is no verb
    assert reason("Bracing is the method in which braces hold the spine straight.", "braces") != "verb"


def test_a_condition_that_clears_up_is_not_what_clears_it(nlp) -> None:  # noqa: ANN001
    assert treated(nlp, "Impetigo usually clears up within a week with treatment.") == []
    assert "Fusidic acid cream" in treated(nlp, "Fusidic acid cream clears impetigo in most children.")


def test_the_short_form_of_a_drug_or_procedure_names_it_too(nlp) -> None:  # noqa: ANN001
    # the long form ends with a drug name (by its stem), not one of the class words
    text = ("Many neurologists now start with natalizumab (NTZ) in highly active multiple sclerosis. "
            "In the AFFIRM trial, NTZ cut the relapse rate by two thirds.")
    assert "NTZ" in treated(nlp, text)
    # a measure whose long form names a vaccine is no vaccine
    assert "VE" not in treated(nlp, "Vaccine effectiveness (VE) against glandular fever was not measured. VE was lower in adults.")


def test_whom_a_listed_treatment_is_for_gives_no_items_of_its_own(nlp) -> None:  # noqa: ANN001
    text = ("Treatment\nYour doctor may prescribe:\n"
            "- Antibiotic tablets for widespread or severe infection\n"
            "- Ondansetron for children who are vomiting or dehydrated\n"
            "- Physiotherapy or hydrotherapy for stiffness\n")
    found = treated(nlp, text)
    assert "severe infection" not in found and "for widespread" not in found
    assert "Antibiotic tablets" in found and "Ondansetron" in found
    # the items before "for" stay two
    assert "Physiotherapy" in found and "hydrotherapy" in found


@pytest.mark.parametrize(
    "sentence, mention",
    [
        ("In glandular fever the immune system makes antibodies against the virus.", "immune system makes antibodies"),
        ("Drinking enough can make tablets for prostatitis work better.", "make tablets"),
    ],
)
def test_a_verb_inside_the_phrase_read_makes_it_no_intervention(sentence: str, mention: str) -> None:
    assert reason(sentence, mention) == "verb"


def test_proven_or_modifiable_alone_names_no_intervention(nlp) -> None:  # noqa: ANN001
    found = treated(nlp, "We'd suggest trying proven treatments for impetigo first, such as fusidic acid cream.")
    assert "proven treatments" not in found and "fusidic acid cream" in found


@pytest.mark.parametrize(
    "sentence, mention",
    [
        ("An arthroscopy, a keyhole operation to look inside the hip, is rarely needed for trochanteric bursitis.", "keyhole operation"),
        ("A prostate biopsy may be done to rule out cancer in men with prostatitis.", "prostate biopsy"),
    ],
)
def test_a_procedure_done_to_look_or_rule_out_is_a_test(sentence: str, mention: str) -> None:
    assert reason(sentence, mention) == "test"


def test_a_procedure_done_to_relieve_stays_a_treatment(nlp) -> None:  # noqa: ANN001
    assert reason("A bursectomy to remove the inflamed bursa can relieve stubborn hip pain.", "bursectomy") is None


def test_how_often_a_procedure_named_with_its_kinds_in_brackets_is_needed_is_a_treatment_only(nlp) -> None:  # noqa: ANN001
    text = "Surgery (spinal fusion or growth rods) is only needed for a small number of children with scoliosis."
    doc = nlp(make_doc(nlp, text, "doc_needed"))
    types = {(c.type, c.intervention.text if c.type == "treatment" else None) for c in doc._.claims}
    assert ("treatment", "Surgery") in types
    assert not any(c.type == "recommendation" for c in doc._.claims)


@pytest.mark.parametrize(
    "sentence, mention",
    [
        ("Codeine can make you drowsy, so do not drive after taking it for glandular fever.", "Codeine"),
        ("Some antihistamines make you sleepy the next day.", "antihistamines"),
        ("Doxycycline can make your skin more sensitive to sunlight.", "Doxycycline"),
    ],
)
def test_the_agent_of_a_side_effect_is_no_treatment(sentence: str, mention: str) -> None:
    assert reason(sentence, mention) == "cause"
