"""Treatment precision (session 24, gen21): interventions a sentence names without saying they are used for the
condition, which the ``treatment:mention`` rule claimed.

* an endoscopy is a test that looks, not an intervention (CLAIMS_SPEC.md: "Tests and examinations that diagnose
  ... are no treatments");
* people named by an intervention that failed them or that they went without ("patients who lose response to X",
  "a baby who has never had the vaccine") are the situation of another option, no claim that it treats; the arm
  whose outcome a sentence reports ("People taking X had fewer attacks") stays one;
* the step a course of care comes before ("before any injection", "before deciding on surgery", "before you agree
  to surgery") is the time of the advice, no claim that it treats;
* the subject of more harms ("X was associated with more serious adverse events", "X caused more side effects") is
  named for its harms, as a side effect is no treatment claim;
* a numbered section title ("2.2 Airway clearance and inhaled therapies") is a heading, which names no treatment, and
  a section about treatment keeps what its sentences say relieves a finding ("Regular breathing drills improved
  breathlessness"), as a sentence anywhere else does;
* a run-in heading ("Diet. There is no single diet, ..."): a few words and a full stop opening a line whose paragraph
  follows on it, names the paragraph's topic, no treatment claim; a short sentence with a verb stays one;
* an intervention a cause claim of the sentence names as what causes, said again ("long-term lithium use has been
  implicated, although the evidence for lithium ..."), is that cause, no treatment claim;
* people named by an intervention they take or had, as a group at risk ("those having radiotherapy are at higher
  risk", "particularly ... those who have had bowel surgery"), claim nothing of it;
* an author's affiliation ("(1)Department of Vascular Surgery, Eastbrook General Hospital, Eastbrook, UK.") is an
  address, no treatment;
* the examples of what an organ makes ("a gland that makes hormones such as cortisol", "It makes hormones, mainly
  X and Y, that control ...") are physiology, no treatment, whichever rule read them;
* an item joined by "or" / "and" to an intervention named for where it stands (the time of advice: "before buying
  any cough medicine or herbal remedy") stands there too, while an item joined to one named for what it is (the
  other name of a procedure in brackets) keeps its own claim;
* a span that opens with a preposition, a conjunction or an adverb ("for about a month", "although recent studies
  show"), or a lone verb ("associated"), names no intervention, whichever rule read it;
* an apposition after a bullet's first item ("a mandibular splint, a plastic guard that holds the jaw forward")
  describes that item: one intervention, one claim; a list with an item described by a relative clause stays a list.

Every sentence here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from extract.pipeline import make_doc


def treatments(nlp, text: str) -> list[str]:  # noqa: ANN001
    """The intervention of every treatment claim the pipeline finds in ``text``."""
    doc = nlp(make_doc(nlp, text, "doc_mention_precision"))
    return [c.intervention.text for c in doc._.claims if c.type == "treatment"]


def test_an_endoscopy_is_a_test_not_a_treatment(plain) -> None:  # noqa: ANN001
    text = "Achalasia\n\nAn endoscopy shows the ulcer, and omeprazole heals it within eight weeks.\n"
    assert treatments(plain, text) == ["omeprazole"]


@pytest.mark.parametrize(
    "sentence, named",
    [
        ("Newer tablets are an alternative for patients who lose response to methotrexate.", "methotrexate"),
        ("Shingles can pass chickenpox to a baby who has never had chickenpox or the vaccine.", "vaccine"),
        ("Ciclosporin is kept for people who do not respond to topical steroids.", "topical steroids"),
    ],
)
def test_people_named_by_a_failed_or_missing_intervention_claim_nothing_of_it(plain, sentence: str, named: str) -> None:  # noqa: ANN001
    assert named not in treatments(plain, "Psoriatic arthritis\n\n" + sentence + "\n")


def test_the_arm_whose_outcome_is_reported_stays_a_treatment(plain) -> None:  # noqa: ANN001
    assert "propranolol" in treatments(plain, "Migraine\n\nPeople taking propranolol had fewer migraine attacks.\n")


@pytest.mark.parametrize(
    "sentence, named",
    [
        ("Insoles and calf stretches should be tried for at least 2 months before any injection.", "injection"),
        ("Give physiotherapy a fair trial before deciding on surgery.", "surgery"),
        ("Ask about the recovery time before you agree to an operation.", "operation"),
    ],
)
def test_what_a_course_comes_before_claims_nothing_of_it(plain, sentence: str, named: str) -> None:  # noqa: ANN001
    assert not any(named in t for t in treatments(plain, "Plantar fasciitis\n\n" + sentence + "\n"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Thyroidectomy was associated with more serious complications, including bleeding.",
        "Thyroidectomy caused more side effects in older patients.",
    ],
)
def test_the_subject_of_more_harms_claims_nothing(plain, sentence: str) -> None:  # noqa: ANN001
    assert treatments(plain, "Graves disease\n\n" + sentence + "\n") == []


def test_a_numbered_section_title_is_a_heading(plain) -> None:  # noqa: ANN001
    text = "Cystic fibrosis: a review\n\n3.2 Effect of inhaled therapies\n\nInhaled mannitol improved lung function in two trials.\n"
    assert "inhaled therapies" not in treatments(plain, text)


def test_a_treatment_section_keeps_what_relieves_a_finding(plain) -> None:  # noqa: ANN001
    text = "Cystic fibrosis\n\nOther therapies\n\nRegular breathing drills improved breathlessness and reduced sputum volume.\n"
    assert treatments(plain, text) == ["Regular breathing drills"]


def test_a_run_in_heading_names_no_treatment(plain) -> None:  # noqa: ANN001
    text = "Gout\n\nDiet and weight loss. There is no single gout diet, but beer and red meat can bring on a flare.\n"
    assert treatments(plain, text) == []


def test_a_short_sentence_with_a_verb_is_no_run_in_heading(plain) -> None:  # noqa: ANN001
    assert "Colchicine" in treatments(plain, "Gout\n\nColchicine helps. Take it within a day of a flare.\n")


def test_a_cause_named_again_is_no_treatment(plain) -> None:  # noqa: ANN001
    text = ("Hypothyroidism\n\nIodine deficiency and long-term lithium use have also been implicated, although the evidence "
            "for lithium rests on small case series.\n")
    assert treatments(plain, text) == []


@pytest.mark.parametrize(
    "sentence, named",
    [
        ("Adults with diabetes, for example those taking insulin, are at higher risk of a severe attack.", "insulin"),
        ("Gallstones should be suspected in any adult with upper abdominal pain, particularly women, and those who have had "
         "bariatric surgery.", "bariatric surgery"),
    ],
)
def test_a_risk_group_named_by_its_intervention_claims_nothing_of_it(plain, sentence: str, named: str) -> None:  # noqa: ANN001
    assert named not in treatments(plain, "Some condition\n\n" + sentence + "\n")


def test_an_affiliation_names_no_treatment(plain) -> None:  # noqa: ANN001
    text = ("Endovascular repair of aortic aneurysm: a cohort study\n\n(1)Department of Vascular Surgery, Eastbrook General "
            "Hospital, Eastbrook, UK.\n(2)Interventional Radiology Unit, St Mary's Hospital, Lowton, UK.\n")
    assert treatments(plain, text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Addison's disease damages the adrenal glands, small glands above the kidneys that make hormones such as cortisol.",
        "The gland makes hormones, mainly cortisol and aldosterone, that control blood pressure and the response to stress.",
    ],
)
def test_what_an_organ_makes_is_no_treatment(plain, sentence: str) -> None:  # noqa: ANN001
    assert treatments(plain, "Addison's disease\n\n" + sentence + "\n") == []


def test_an_item_joined_to_the_time_of_advice_claims_nothing(plain) -> None:  # noqa: ANN001
    text = "Gout\n\nAsk a pharmacist before buying any anti-inflammatory medicine or herbal remedy.\n"
    assert treatments(plain, text) == []


def test_an_item_joined_to_a_bracketed_other_name_keeps_its_claim(plain) -> None:  # noqa: ANN001
    text = "Achilles tendinopathy\n\nSurgery (tenotomy or tendon transfer) is only needed for a small number of people.\n"
    assert any("tendon transfer" in t for t in treatments(plain, text))


@pytest.mark.parametrize(
    "sentence, bad",
    [
        ("Erysipelas is treated with antibiotics, usually penicillin, for 7 to 10 days.", "for 7 to 10 days"),
        ("You will be given antibiotic ear drops, usually for about a week.", "for about a week"),
    ],
)
def test_a_duration_is_no_intervention(plain, sentence: str, bad: str) -> None:  # noqa: ANN001
    assert bad not in treatments(plain, "Some infection\n\n" + sentence + "\n")


@pytest.mark.parametrize(
    "text, start",
    [
        ("for 7 to 10 days", True),
        ("although recent studies show", True),
        ("associated", True),
        ("cannot pass urine", True),
        ("formal diagnosis", True),
        ("your hearing examination", True),
        ("low vision rehabilitation", False),
        ("Larger trials of acupuncture in older adults", True),
        ("without surgery", False),
        ("combined oral contraceptive pill", False),
    ],
)
def test_spans_that_name_no_intervention(text: str, start: bool) -> None:
    from extract.claims.component import _no_intervention_span

    assert _no_intervention_span(text) is start


def test_research_needed_is_no_treatment(plain) -> None:  # noqa: ANN001
    text = "Tinnitus\n\nLarger trials of sound therapy in older adults are needed.\n"
    assert treatments(plain, text) == []


def test_a_received_diagnosis_is_no_treatment(plain) -> None:  # noqa: ANN001
    text = "Coeliac disease\n\nMore than half of people with coeliac disease have never received a formal diagnosis.\n"
    assert treatments(plain, text) == []


def test_a_bullet_apposition_is_the_first_item(plain) -> None:  # noqa: ANN001
    text = ("Sleep apnoea\n\nOther options include:\n\n- a mandibular advancement device, a plastic mouth guard that holds "
            "the jaw forward during sleep\n")
    assert treatments(plain, text) == ["mandibular advancement device"]


def test_a_bullet_list_with_a_described_item_stays_a_list(plain) -> None:  # noqa: ANN001
    text = "Carpal tunnel syndrome\n\nOther options include:\n\n- Painkillers, a splint that supports the wrist, and physiotherapy\n"
    found = treatments(plain, text)
    assert "Painkillers" in found and "splint" in found, found
