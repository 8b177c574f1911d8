"""How common a condition is, written as a figure after a prevalence verb (session 25).

"Psoriasis affects about 2% of adults" is a figure of psoriasis's frequency: its outcome is the
verb's subject, not the population's words ("of reproductive age" is no outcome). A subject that
only refers back to the page's condition ("It is thought to affect ...", "1 in 300 people have the
condition") takes that condition's concept, so two pages' (or two paragraphs') prevalence figures
of one condition meet in the check; a figure of a demographic subgroup ("1 in 5 women") does not
meet one of an unspecified population ("1 in 7 people").

Every text here is written for these tests, about conditions outside the development corpora.
"""

from __future__ import annotations

import pytest

from extract.consistency import check_claims
from extract.consistency.measures import incomparable_reason
from extract.consistency.settings import load_settings
from extract.figures import find_figures, load_cues
from extract.figures.context import describe
from extract.figures.cues import load_context_cues
from extract.pipeline import make_doc


@pytest.fixture(scope="module")
def cues():
    return load_cues(), load_context_cues()


def outcome_of(sentence: str, cues) -> str:  # noqa: ANN001
    fig, context = cues
    mentions = find_figures(sentence, fig)
    claim = next(m for m in mentions if m.role == "claim")
    return describe(sentence, claim, mentions, context).outcome


@pytest.mark.parametrize(
    ("sentence", "outcome"),
    [
        ("Sarcoidosis affects about 1 in 10,000 people.", "Sarcoidosis"),
        ("Hidradenitis suppurativa affects around 1% of adults of working age.", "Hidradenitis suppurativa"),
        ("It is thought to affect up to 3% of children.", "It"),
        ("In Scotland it has been estimated to complicate about 7% of pregnancies.", "it"),
        ("Obstetric cholestasis complicates about 1 in 140 pregnancies.", "Obstetric cholestasis"),
        ("Coeliac disease was diagnosed in 1.2% of the children screened.", "Coeliac disease"),
    ],
)
def test_the_subject_of_a_prevalence_verb_is_the_outcome(sentence: str, outcome: str, cues) -> None:  # noqa: ANN001
    assert outcome_of(sentence, cues) == outcome


def test_an_outcome_after_a_treatment_keeps_its_own_words(cues) -> None:  # noqa: ANN001
    # no prevalence verb before the figure: the outcome is what the sentence says of the treatment
    assert outcome_of("Laser treatment clears the patches in about 60% of patients.", cues) != "Laser treatment"


def _figures(nlp, text: str, doc_id: str):  # noqa: ANN001
    return [c for c in nlp(make_doc(nlp, text, doc_id))._.claims if c.type == "statistic"]


def test_a_reference_to_the_page_condition_takes_its_concept(linked_nlp) -> None:  # noqa: ANN001
    text = ("Psoriasis\n\nPsoriasis causes red, scaly patches on the skin. Steroid creams are used to treat psoriasis.\n\n"
            "It affects about 2% of people in the UK.\n\nAround 1 in 50 people have the condition.\n")
    figures = _figures(linked_nlp, text, "doc_prevalence_refs")
    assert [f.outcome for f in figures] == ["It", "condition"]
    named = _figures(linked_nlp, "Psoriasis\n\nPsoriasis affects about 3% of people.\n", "doc_prevalence_named")[0]
    assert named.measure.outcome_concept is not None
    for f in figures:
        assert f.measure.outcome_concept is not None and f.measure.outcome_concept.id == named.measure.outcome_concept.id
        assert f.measure.outcome_concept.from_document


def test_prevalence_figures_of_one_condition_conflict_across_pages(linked_nlp) -> None:  # noqa: ANN001
    a = _figures(linked_nlp, "Psoriasis\n\nPsoriasis causes red, scaly patches. Creams treat psoriasis.\n\n"
                 "It affects about 2% of people.\n", "doc_prevalence_a")[0]
    b = _figures(linked_nlp, "Psoriasis\n\nPsoriasis causes red, scaly patches. Creams treat psoriasis.\n\n"
                 "Psoriasis affects about 11% of people.\n", "doc_prevalence_b")[0]
    assert incomparable_reason(a, b, load_settings()) is None
    conflicts = check_claims([a, b]).conflicts
    assert any({a.claim_id, b.claim_id} <= set(c.claim_ids) for c in conflicts)


def test_a_subgroup_figure_does_not_meet_an_unspecified_population(linked_nlp) -> None:  # noqa: ANN001
    page = "Psoriasis\n\nPsoriasis causes red, scaly patches. Creams treat psoriasis.\n\n"
    everyone = _figures(linked_nlp, page + "Psoriasis affects about 1 in 50 people.\n", "doc_prevalence_all")[0]
    women = _figures(linked_nlp, page + "Psoriasis affects about 1 in 20 women.\n", "doc_prevalence_women")[0]
    assert incomparable_reason(everyone, women, load_settings()) == "different populations"
    # without the subgroup list, a one-word population would meet the unspecified one
    plain = load_settings().model_copy(update={"subgroup_population_terms": []})
    assert incomparable_reason(everyone, women, plain) is None
