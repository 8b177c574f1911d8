"""Treatments named by a predicate that ranks them ("X is the standard operation", "X is now regarded as the
first-line treatment for Y") and drugs named by their INN stems (issue 3, session 13).

Every sentence here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from extract.claims.cues import intervention_word, load_relation_cues
from extract.claims.recommendations import recommendations
from extract.pipeline import make_doc

CUES = load_relation_cues()


def treatments(nlp, text: str) -> list[tuple[str, str | None]]:  # noqa: ANN001
    """(intervention, condition) of every treatment claim the pipeline finds in ``text``."""
    doc = nlp(make_doc(nlp, text, "doc_rank_predicates"))
    return [(c.intervention.text, c.condition.text if c.condition else None) for c in doc._.claims if c.type == "treatment"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bracketed gloss between the subject and the ranking predicate
        ("Timolol drops (a beta-blocker) are the usual treatment for raised eye pressure.", [("Timolol drops", "raised eye pressure")]),
        # "regarded as", "considered" between the copula and the rank
        ("Vestibular rehabilitation is now regarded as the first-line treatment for chronic dizziness.",
         [("Vestibular rehabilitation", "chronic dizziness")]),
        # a rank that ends the clause, without the condition it is for
        ("A bunionectomy is the standard operation.", [("bunionectomy", None)]),
        ("Walking is the treatment, not a luxury.", [("Walking", None)]),
        # a long subject: the intervention before the preposition that places it
        ("Needle aponeurotomy of the affected finger under local anaesthetic is now regarded as the preferred treatment.",
         [("Needle aponeurotomy", None)]),
    ],
)
def test_the_subject_of_a_ranking_predicate_is_a_treatment(nlp, text: str, expected: list) -> None:  # noqa: ANN001
    assert treatments(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Shingles is a common infection in older adults.",  # no treatment head in the predicate
        "Back pain is one of the commonest reasons for time off work.",
    ],
)
def test_predicates_that_rank_no_intervention(nlp, text: str) -> None:  # noqa: ANN001
    assert treatments(nlp, text) == []


def test_the_main_treatment_as_subject_is_no_claim_of_its_own(nlp) -> None:  # noqa: ANN001
    assert treatments(nlp, "The main treatment is physiotherapy.") == [("physiotherapy", None)]


@pytest.mark.parametrize(
    ("text", "generic"),
    [
        ("Tenotomy is the most important treatment for this.", "important treatment"),
        ("Last year a pill became the first drug licensed in Europe for this liver disease.", "first drug"),
        ("A cortisone injection remains the standard operation's alternative.", "standard operation"),
    ],
)
def test_a_class_head_with_only_ranking_modifiers_names_no_intervention(nlp, text: str, generic: str) -> None:  # noqa: ANN001
    assert all(generic not in t for t, _ in treatments(nlp, text))


def test_a_new_or_repeated_class_stays_an_intervention(nlp) -> None:  # noqa: ANN001
    got = [t for t, _ in treatments(nlp, "A second operation helps fewer than half of patients with a recurrent ganglion.")]
    assert got == ["second operation"]


def test_a_first_line_rank_is_no_recommendation() -> None:
    # what treats first states a treatment; "X is an option" and "we recommend X" stay recommendations (CLAIMS_SPEC.md)
    assert recommendations("Sulfasalazine is the first-line treatment for this arthritis.", CUES) == []
    assert [m.strength for m in recommendations("Splinting is an option for people who decline surgery.", CUES)] == ["may"]


@pytest.mark.parametrize(
    "word",
    ["avanafil", "ciclosporin", "ticagrelor", "clopidogrel", "zolpidem", "etanercept", "aflibercept", "abatacept",
     "cisplatin", "doxorubicin", "paclitaxel", "oxycodone", "tramadol", "sertraline", "clomifene", "goserelin",
     "latanoprost", "misoprostol", "dinoprostone", "alprostadil"],
)
def test_drug_names_by_their_inn_stems(word: str) -> None:
    assert intervention_word(word, CUES)


@pytest.mark.parametrize("word", ["intercept", "concept", "cholesterol", "caffeine", "adrenal"])
def test_words_that_only_end_like_a_stem_are_no_drugs(word: str) -> None:
    assert not intervention_word(word, CUES)


def test_drugs_named_by_stem_are_treatment_claims_when_prescribed(nlp) -> None:  # noqa: ANN001
    got = treatments(nlp, "For dry eyes that do not settle, your specialist may prescribe ciclosporin or lifitegrast drops.")
    assert ("ciclosporin", None) in [(t, None) for t, _ in got]


@pytest.mark.parametrize(("word", "expected"), [("haemodialysis", True), ("cryotherapy", True), ("immunotherapy", True),
                                               ("triple-therapy", False), ("combination-therapy", False)])
def test_one_word_ending_in_a_therapy_or_dialysis_head_is_an_intervention(word: str, expected: bool) -> None:
    # a hyphenated compound is the label of a trial arm ("the triple-therapy group"), not a named intervention
    assert intervention_word(word, CUES) is expected


def test_the_first_of_listed_options_is_named_by_its_ending(nlp) -> None:  # noqa: ANN001
    got = [t for t, _ in treatments(nlp, "For severe scleritis, the options are cryotherapy, oral steroids or a biologic.")]
    assert got[0] == "cryotherapy"


def test_what_symptoms_persist_despite_is_no_treatment_claim(nlp) -> None:  # noqa: ANN001
    text = "Arthroscopic release is indicated when stiffness persists despite two injections or a year of physiotherapy."
    got = [t for t, _ in treatments(nlp, text)]
    assert "Arthroscopic release" in got
    assert not any("injections" in t or "physiotherapy" in t for t in got)


@pytest.mark.parametrize(
    "text",
    [
        "See your GP if the cramp is not relieved by stretching exercises.",
        "Heel pain that does not respond to these measures may need a scan.",
        "Call us if your pain isn't controlled by the tablets we gave you.",
    ],
)
def test_the_course_that_failed_is_no_treatment_claim(nlp, text: str) -> None:  # noqa: ANN001
    assert treatments(nlp, text) == []


def test_people_who_do_not_respond_to_a_drug_state_its_outcome(nlp) -> None:  # noqa: ANN001
    # how many respond is what the drug does (a figure of its effect): the drug stays a treatment claim
    got = [t for t, _ in treatments(nlp, "About 1 in 4 people with cluster headache don't respond to oxygen therapy.")]
    assert got == ["oxygen therapy"]


def test_what_relieves_stays_a_treatment(nlp) -> None:  # noqa: ANN001
    assert treatments(nlp, "Pain that is relieved by paracetamol is usually muscular.") == [("paracetamol", "Pain")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ear tube insertion may be considered for children with repeated infections.", ["Ear tube insertion"]),
        ("For people with severe sleep apnoea, an oral appliance can be considered.", ["oral appliance"]),
    ],
)
def test_an_intervention_that_may_be_considered_is_a_treatment_too(nlp, text: str, expected: list) -> None:  # noqa: ANN001
    assert [t for t, _ in treatments(nlp, text)] == expected


def test_a_course_of_action_that_may_be_considered_is_no_treatment(nlp) -> None:  # noqa: ANN001
    assert treatments(nlp, "Stopping the tablets may be considered after a year.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Smoking can damage the optic nerve, and some heart medicines, including amiodarone, can harm it too.",
        "Heavy drinking makes gout attacks more likely, and so can some water tablets, such as bendroflumethiazide.",
    ],
)
def test_an_intervention_in_an_elided_cause_clause_is_no_treatment(nlp, text: str) -> None:  # noqa: ANN001
    assert treatments(nlp, text) == []


def test_a_treatment_after_a_cause_clause_without_ellipsis_stays(nlp) -> None:  # noqa: ANN001
    got = [t for t, _ in treatments(nlp, "Smoking can damage the optic nerve, and latanoprost can lower the pressure.")]
    assert got == ["latanoprost"]


@pytest.mark.parametrize(
    "text",
    [
        "Overuse of creams can lead to antifungal resistance.",
        "Your nurse will check your insulin levels every month.",
        "Ask about a penicillin allergy before the visit.",
    ],
)
def test_an_intervention_word_that_modifies_an_attribute_names_no_intervention(nlp, text: str) -> None:  # noqa: ANN001
    assert not any(t.lower() in {"antifungal", "insulin", "penicillin"} for t, _ in treatments(nlp, text))


def test_the_arm_of_a_trial_stays_the_intervention(nlp) -> None:  # noqa: ANN001
    got = [t for t, _ in treatments(nlp, "Fractures occurred in 3% of women in the denosumab group.")]
    assert got == ["denosumab"]
