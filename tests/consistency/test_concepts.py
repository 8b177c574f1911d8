"""Figures compared by concept (issue 3, item 3 "Measures as concepts").

The figures are linked by the real linker over the repository's knowledge base (``.cache/kb``);
the comparison rules are also tested on hand-built concept records.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.consistency import check_claims
from extract.consistency.measures import concept_relation, incomparable_reason, role_reason
from extract.consistency.settings import load_settings
from extract.linking.measures import link_figures, parts, role_concept
from extract.pipeline import make_doc
from extract.records.models import MeasureConcept

CORPORA = Path(__file__).resolve().parents[2] / "corpora"
WORDS_ONLY = load_settings().model_copy(update={"compare_concepts": False})

#: Re-herniation and FBS: a spine-surgery page's two complications (the issue's example).
REHERNIATION = (
    "Failed back surgery syndrome after spine surgery. "
    "Re-herniation occurs in up to 15% of spine surgery patients. Spine surgery and back pain."
)
FBS = (
    "Failed back surgery syndrome (FBS) explained. "
    "15% of spine surgeries will result in FBS. Spine surgery and back pain."
)
#: Shared words ("chronic ... pain"), different outcome concepts.
LOW_BACK_PAIN = (
    "Back pain after spine surgery. "
    "Up to 30% of patients develop chronic low back pain after spine surgery. Spine surgery and back pain."
)
POSTSURGICAL_PAIN = (
    "Back pain after spine surgery. "
    "About 10% of patients develop chronic postsurgical pain after spine surgery. Spine surgery and back pain."
)
#: No shared outcome word, one outcome concept (FBSS is also called post-laminectomy syndrome).
FBSS = (
    "Failed back surgery syndrome (FBSS) after spine surgery. "
    "Up to 40% of patients are left with FBSS after spine surgery. Spine surgery and back pain."
)
POST_LAMINECTOMY = (
    "Failed back surgery syndrome after spine surgery. "
    "About 10% of patients are left with post-laminectomy syndrome after spine surgery. Spine surgery and back pain."
)


def figure(nlp, text: str, doc_id: str):
    """The one figure of ``text``."""
    (claim,) = [c for c in nlp(make_doc(nlp, text, doc_id))._.claims if c.type == "statistic"]
    return claim


def pair(nlp, first: str, second: str):
    return figure(nlp, first, "doc_concepts_a"), figure(nlp, second, "doc_concepts_b")


def concept(cid: str, name: str, related: tuple[str, ...] = ()) -> MeasureConcept:
    vocabulary = "EV" if cid.startswith("EV:") else "HPO" if cid.startswith("HP:") else "ICD-10-CM"
    return MeasureConcept(id=cid, vocabulary=vocabulary, name=name, score=1.0, related=list(related))


def conflict_between(conflicts, a, b):
    return [c for c in conflicts if {a.claim_id, b.claim_id} <= set(c.claim_ids)]


# -- the examples, through the pipeline with linking on ---------------------------------


@pytest.fixture(scope="module")
def fbss_linked(linked_nlp):
    from extract.ingest import iter_documents

    out = {}
    for item in iter_documents([CORPORA / "fbss"]):
        out[Path(item.path).name] = [
            c for c in linked_nlp(make_doc(linked_nlp, item.text, item.doc_id))._.claims if c.type == "statistic"
        ]
    return out


def _at(claims, start: int):
    (claim,) = [c for c in claims if c.value.start == start]
    return claim


def test_up_to_20_percent_and_15_percent_of_spine_surgeries_meet_as_one_concept(fbss_linked):
    a = _at(fbss_linked["000_db6859e135ee4841.txt"], 996)  # "Up to 20 percent ... persistent back or leg pain"
    b = _at(fbss_linked["004_cd60e7f0dcc58ff1.txt"], 166)  # "15% of the pain persists after spine surgery"
    assert a.measure.intervention_concept.id == b.measure.intervention_concept.id == "EV:spine_surgery"
    assert a.measure.outcome_concept is not None and b.measure.outcome_concept is not None
    assert concept_relation(a.measure.outcome_concept, b.measure.outcome_concept) == "same"
    assert incomparable_reason(a, b, load_settings()) is None
    allc = [c for cs in fbss_linked.values() for c in cs]
    (flag,) = conflict_between(check_claims(allc).conflicts, a, b)
    assert flag.kind == "divergent"


def test_reherniation_never_meets_failed_back_surgery_syndrome(linked_nlp):
    a, b = pair(linked_nlp, REHERNIATION, FBS)
    assert a.measure.outcome_concept.id == "EV:recurrent_disc_herniation"
    assert b.measure.outcome_concept.id == "EV:failed_back_surgery_syndrome"  # "FBS" written out from the page
    assert a.measure.intervention_concept.id == b.measure.intervention_concept.id == "EV:spine_surgery"
    settings = load_settings()
    assert role_reason(a, b, "outcome", settings)[0] == "different outcome concepts"
    assert role_reason(b, a, "outcome", settings)[0] == "different outcome concepts"
    # "15% of spine surgeries" is also a share of operations, "15% of spine surgery patients" of people
    assert "per:surgery" in b.measure.population_terms
    assert incomparable_reason(a, b, settings) == incomparable_reason(b, a, settings) == "different populations"
    assert check_claims([a, b]).coverage["pairs_compared"] == 0


def test_shared_words_with_different_outcome_concepts_are_not_compared(linked_nlp):
    a, b = pair(linked_nlp, LOW_BACK_PAIN, POSTSURGICAL_PAIN)
    assert a.measure.outcome_concept.id == "EV:chronic_low_back_pain"
    assert b.measure.outcome_concept.id == "EV:chronic_postsurgical_pain"
    # the words alone would compare them, and flag up to 30% against about 10%
    assert incomparable_reason(a, b, WORDS_ONLY) is None
    assert conflict_between(check_claims([a, b], WORDS_ONLY).conflicts, a, b)
    assert incomparable_reason(a, b, load_settings()) == "different outcome concepts"
    result = check_claims([a, b])
    assert result.conflicts == [] and result.coverage["pairs_compared"] == 0


def test_one_outcome_concept_in_different_words_is_compared(linked_nlp):
    a, b = pair(linked_nlp, FBSS, POST_LAMINECTOMY)
    assert a.measure.outcome_concept.id == b.measure.outcome_concept.id == "EV:failed_back_surgery_syndrome"
    assert incomparable_reason(a, b, WORDS_ONLY) == "different outcomes"
    assert incomparable_reason(a, b, load_settings()) is None
    (flag,) = check_claims([a, b]).conflicts
    assert set(flag.claim_ids) == {a.claim_id, b.claim_id} and flag.kind == "divergent"


def test_a_threshold_on_one_side_parts_figures_only_concepts_tie(linked_nlp, fbss_linked):
    a, b = pair(linked_nlp, FBSS, POST_LAMINECTOMY)  # tied by their concept only
    with_threshold = a.model_copy(update={"measure": a.measure.model_copy(update={"threshold": ">=0.5"})})
    assert incomparable_reason(with_threshold, b, load_settings()) == "different thresholds"
    c = _at(fbss_linked["000_db6859e135ee4841.txt"], 996)  # tied by their words too
    d = _at(fbss_linked["004_cd60e7f0dcc58ff1.txt"], 166)
    with_threshold = c.model_copy(update={"measure": c.measure.model_copy(update={"threshold": ">=0.5"})})
    assert incomparable_reason(with_threshold, d, load_settings()) is None


# -- falling back to the words --------------------------------------------------------------------


@pytest.mark.parametrize(
    "first, second, words_reason",
    [(LOW_BACK_PAIN, POSTSURGICAL_PAIN, None), (FBSS, POST_LAMINECTOMY, "different outcomes")],
)
def test_unlinked_figures_are_compared_by_their_words(unlinked_nlp, first, second, words_reason):
    a, b = pair(unlinked_nlp, first, second)
    for c in (a, b):
        m = c.measure
        assert m.outcome_concept is None and m.population_concept is None and m.intervention_concept is None
    assert incomparable_reason(a, b, load_settings()) == words_reason


def test_one_side_unlinked_falls_back_to_the_words(linked_nlp):
    a, b = pair(linked_nlp, LOW_BACK_PAIN, POSTSURGICAL_PAIN)
    unlinked = b.model_copy(update={"measure": b.measure.model_copy(update={"outcome_concept": None})})
    assert incomparable_reason(a, unlinked, load_settings()) is None  # as by words
    a, b = pair(linked_nlp, FBSS, POST_LAMINECTOMY)
    unlinked = b.model_copy(update={"measure": b.measure.model_copy(update={"outcome_concept": None})})
    assert incomparable_reason(a, unlinked, load_settings()) == "different outcomes"


def test_linking_sets_only_the_concepts(linked_nlp, unlinked_nlp):
    text = FBSS + " Spinal cord stimulation relieves pain in 60% of people with FBSS."
    linked = [c for c in linked_nlp(make_doc(linked_nlp, text, "doc_same"))._.claims if c.type == "statistic"]
    plain = [c for c in unlinked_nlp(make_doc(unlinked_nlp, text, "doc_same"))._.claims if c.type == "statistic"]
    concepts = {"outcome_concept", "population_concept", "intervention_concept"}
    assert [c.claim_id for c in linked] == [c.claim_id for c in plain]
    for a, b in zip(linked, plain):
        assert a.model_dump(exclude={"measure": concepts}) == b.model_dump(exclude={"measure": concepts})
    assert any(c.measure.intervention_concept for c in linked)
    assert link_figures(plain, None) == plain


# -- linking a figure's phrases -------------------------------------------------------------------


@pytest.fixture(scope="module")
def link(linked_nlp):
    from extract.linking import get_linker

    return get_linker().link


def test_a_name_within_a_phrase_links_when_it_accounts_for_the_measure_terms(link):
    assert role_concept("Re-herniation occurs", "outcome", ["herni"], link).id == "EV:recurrent_disc_herniation"
    # "numbness" alone leaves "tingling" out
    assert role_concept("relief from numbness and tingling", "outcome", ["numb", "tingl"], link) is None


def test_half_of_a_coordination_is_not_the_phrase_concept(link):
    found = role_concept("persistent back or leg pain", "outcome", [], link)
    assert found is None or found.name.lower() not in {"lower limb pain", "leg pain", "back pain"}
    assert "leg pain" not in [p.text for p in parts("persistent back or leg pain")]


def test_a_phrase_naming_two_concepts_without_terms_of_its_own_links_to_none(link):
    afib = {"AFib": "atrial fibrillation"}
    assert role_concept("AFib are more likely to have a stroke", "outcome", [], link, abbreviations=afib) is None
    assert role_concept("Migraine affects of the , including children", "outcome", [], link).name == "Migraine"


def test_short_forms_are_written_out(link):
    found = role_concept("FBS", "outcome", ["fbs"], link, abbreviations={"FBS": "failed back surgery syndrome"})
    assert found.id == "EV:failed_back_surgery_syndrome"


def test_a_population_is_linked_without_its_intervention(linked_nlp):
    c = figure(linked_nlp, "Pain relief was reported by 44.4% of patients undergoing dorsal root ganglion pulsed radiofrequency.", "doc_pop")
    assert c.population and "dorsal root ganglion" in c.population
    assert c.measure.population_concept is None


def test_curated_concepts_carry_their_standard_ids(linked_nlp):
    a = figure(linked_nlp, FBSS, "doc_related")
    assert "M96.1" in a.measure.outcome_concept.related


# -- relations between concepts (records) ---------------------------------------------------------


@pytest.mark.parametrize(
    "a, b, relation",
    [
        (concept("EV:spine_surgery", "Spine surgery"), concept("EV:spine_surgery", "Spine surgery"), "same"),
        (concept("EV:failed_back_surgery_syndrome", "Failed back surgery syndrome", ("M96.1",)), concept("M96.1", "Postlaminectomy syndrome"), "same"),
        (concept("EV:chronic_low_back_pain", "Chronic low back pain", ("HP:0003419", "M54.5")), concept("M54.50", "Low back pain, unspecified"), "same"),
        (concept("M54", "Dorsalgia"), concept("M54.5", "Low back pain"), "same"),
        (concept("HP:0012531", "Pain"), concept("HP:0012514", "Lower limb pain"), "broader"),
        (concept("EV:surgery", "Surgery"), concept("EV:spine_surgery", "Spine surgery"), "broader"),
        (concept("EV:chronic_low_back_pain", "Chronic low back pain"), concept("EV:chronic_postsurgical_pain", "Chronic postsurgical pain"), "different"),
        (concept("EV:recurrent_disc_herniation", "Recurrent disc herniation", ("HP:0008441",)), concept("EV:failed_back_surgery_syndrome", "Failed back surgery syndrome", ("M96.1",)), "different"),
        (concept("M54.5", "Low back pain"), concept("M54.1", "Radiculopathy"), "different"),
        # a complication code under its disease is a narrower condition, measured apart (issue 3)
        (concept("B02.29", "Other postherpetic nervous system involvement"), concept("B02", "Zoster [herpes zoster]"), "broader"),
        (concept("E11.319", "Type 2 diabetes mellitus with unspecified diabetic retinopathy without macular edema"), concept("E11", "Type 2 diabetes mellitus"), "broader"),
        (concept("B02.9", "Zoster without complications"), concept("B02", "Zoster [herpes zoster]"), "same"),
    ],
)
def test_concept_relation(a, b, relation):
    generic = load_settings().generic_concept_terms
    assert concept_relation(a, b, generic) == relation
    assert concept_relation(b, a, generic) == relation
