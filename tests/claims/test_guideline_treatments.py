"""Treatments of a guideline's graded advice and of coverage pages (issue 3, session 19): the drug a guideline
recommends with its dose, a fronted clause of the patients the advice is for, a drug that failed or is waited on, a
grade in brackets, a table row with a dose.

Every sentence here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from tests.claims.conftest import treatment_texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a recommended drug with its dose: the drug is the treatment, the dose is not part of its name
        ("Colchicine 500 micrograms twice daily is recommended for adults with acute pericarditis.", ["Colchicine"]),
        ("Oral doxycycline 100 mg daily may be considered as an alternative in adults who cannot use topical treatment.", ["Oral doxycycline"]),
        # a chemical name that starts with a digit is a name, not a dose; its bracketed other name is no second claim
        ("In adults with actinic keratosis on the scalp, we recommend topical 5-fluorouracil (fluorouracil cream 5%) twice daily for four weeks.",
         ["topical 5-fluorouracil"]),
        # people considered for a treatment: the treatment is offered, not the people
        ("Adults with frequent gout attacks should be considered for allopurinol.", ["allopurinol"]),
        # ... and so is the course's length after it
        ("In adults with mild disease who prefer a tablet, we recommend oral terbinafine 250 mg daily for 12 weeks.", ["oral terbinafine"]),
    ],
)
def test_a_recommended_drug_with_a_dose_or_a_numbered_name_is_a_treatment(plain, text: str, expected: list[str]) -> None:  # noqa: ANN001
    assert treatment_texts(plain, text, "doc_guideline_treatments") == expected


def test_a_course_of_a_number_of_days_is_no_drug_name(plain) -> None:  # noqa: ANN001
    assert treatment_texts(plain, "We suggest a 7-day course for adults with uncomplicated bacterial sinus infection.", "doc_guideline_treatments") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the drug that failed, in a fronted clause of the patients, is the situation; the grade in brackets is no item
        ("Recommendation 3. In patients who do not respond to levetiracetam within 3 months, we recommend lamotrigine 50 mg daily, "
         "increased over 6 weeks (strong recommendation, moderate certainty).", ["lamotrigine"]),
        ("For people who need three or more courses of antibiotics a year, we recommend a daily saline nasal rinse.", ["daily saline nasal rinse"]),
        # a fronted clause of who the advice is for, with no drug of its own, leaves the advice's drug a treatment
        ("In adults with mild disease who prefer a tablet, we recommend oral terbinafine.", ["oral terbinafine"]),
    ],
)
def test_a_fronted_clause_of_the_patients_names_the_situation(plain, text: str, expected: list[str]) -> None:  # noqa: ANN001
    assert treatment_texts(plain, text, "doc_guideline_treatments") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Botulinum toxin injections are covered for chronic drooling when glycopyrronium has failed or is not tolerated.",
         ["Botulinum toxin injections"]),
        ("Sacral nerve stimulation is covered for faecal incontinence after at least two medicines have failed.", ["Sacral nerve stimulation"]),
        ("A bridging course of prednisolone may be used while methotrexate takes effect.", ["prednisolone"]),
    ],
)
def test_a_drug_that_failed_or_is_waited_on_is_no_treatment_claim(plain, text: str, expected: list[str]) -> None:  # noqa: ANN001
    assert treatment_texts(plain, text, "doc_guideline_treatments") == expected


def test_a_table_row_whose_first_cell_is_a_drug_and_its_dose_names_the_drug(plain) -> None:  # noqa: ANN001
    text = (
        "Results are shown in the table.\n\nIntervention | Comparator | Response\n"
        "Oral prednisolone 30 mg/day | placebo | 40% vs 22%\n"
    )
    assert treatment_texts(plain, text, "doc_guideline_treatments") == ["Oral prednisolone"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named intervention a guideline says should be considered, or offered to the people of the clause
        ("Anticonvulsants should be considered for adults with frequent attacks.", ["Anticonvulsants"]),
        ("All adults with the condition should be offered a rescue inhaler.", ["rescue inhaler"]),
        # a hyphenated modifier ending in -ing opens no gerund: "long-acting" names the drug's kind
        ("Long-acting nitrates may be considered as add-on therapy.", ["Long-acting nitrates"]),
    ],
)
def test_an_intervention_a_guideline_says_should_be_considered_or_offered_is_a_treatment(plain, text: str, expected: list[str]) -> None:  # noqa: ANN001
    assert treatment_texts(plain, text, "doc_guideline_treatments") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Surgery should only be considered after six months of splinting and injections.",  # kept for later
        "Lyme disease should be considered in any walker with an expanding red rash.",  # a diagnosis to think of
        "A step-down approach should be considered once symptoms are controlled.",  # a principle of care
    ],
)
def test_what_is_considered_but_not_offered_is_no_treatment(plain, text: str) -> None:  # noqa: ANN001
    assert treatment_texts(plain, text, "doc_guideline_treatments") == []


def test_a_pronoun_after_a_short_fronted_phrase_names_the_treatment_of_the_sentence_before(plain) -> None:  # noqa: ANN001
    text = "Acupuncture is offered for chronic neck pain. In trials, it helped about half of patients."
    assert treatment_texts(plain, text, "doc_guideline_treatments") == ["Acupuncture", "it"]


@pytest.mark.parametrize(
    "text",
    [
        "Fever, night sweats and weight loss suggest a deeper infection.",
        "Tiredness, weight loss and fatigue point towards a more serious cause.",
    ],
)
def test_an_item_of_a_list_of_findings_is_no_treatment(plain, text: str) -> None:  # noqa: ANN001
    assert treatment_texts(plain, text, "doc_guideline_treatments") == []


def test_a_finding_word_that_modifies_another_head_leaves_the_list_of_treatments(plain) -> None:  # noqa: ANN001
    found = treatment_texts(plain, "Options include physical therapy, massage and pain psychology.", "doc_guideline_treatments")
    assert found == ["physical therapy", "massage", "pain psychology"]


@pytest.mark.parametrize(
    "text",
    [
        "Keeping a food diary helps you and your dietitian to spot your triggers.",  # helps a person find something out
        "Keeping a symptom diary can help you work out which foods affect you.",
    ],
)
def test_what_helps_a_person_find_something_out_is_no_treatment(plain, text: str) -> None:  # noqa: ANN001
    assert treatment_texts(plain, text, "doc_guideline_treatments") == []


def test_control_as_a_noun_after_for_reads_no_treatment_before_it(plain) -> None:  # noqa: ANN001
    # "for tremor control" is the outcome, not a verb whose subject is the phrase before it; the comparator stays a treatment
    assert treatment_texts(plain, "Primidone was non-inferior to propranolol for tremor control.", "doc_guideline_treatments") == ["propranolol"]
