"""Describing figures: outcome, population, intervention, polarity, time frame."""

import pytest

from extract.figures import find_figures, load_cues
from extract.figures.context import describe, stem, topic_terms
from extract.figures.cues import load_context_cues


@pytest.fixture(scope="module")
def cues():
    return load_cues(), load_context_cues()


def ctx_of(sentence, cues, section=None, index=0):
    fig, context = cues
    mentions = find_figures(sentence, fig)
    claims = [m for m in mentions if m.role == "claim"]
    return describe(sentence, claims[index], mentions, context, section)


def test_outcome_population_intervention_of_a_failure_rate(cues):
    c = ctx_of("Up to 20 percent of Americans who undergo spine surgery each year still have some degree of persistent back or leg pain afterwards.", cues)
    assert c.outcome == "persistent back or leg pain"
    assert c.intervention == "spine surgery"
    assert c.polarity == "negative" and c.axis == "success"
    assert "each year" in c.time_frame
    assert c.population_restricted


def test_success_rate_with_subject_intervention(cues):
    c = ctx_of("Carpal tunnel release relieves symptoms in more than 90% of patients.", cues)
    assert c.intervention == "Carpal tunnel release"
    assert c.polarity == "positive"
    assert "surgery" in c.intervention_terms  # hypernym: a release is a surgery


def test_negated_success_is_negative(cues):
    c = ctx_of("Around 40% of patients do not respond to Botox.", cues)
    assert (c.axis, c.polarity) == ("success", "negative")
    assert c.intervention == "Botox"


def test_recurrence_axis_and_time_frame(cues):
    c = ctx_of("Symptoms come back in up to 20% of patients within 5 years of surgery.", cues)
    assert (c.axis, c.polarity) == ("recurrence", "negative")
    assert c.time_frame == "within 5 years"


def test_return_to_work_is_not_recurrence(cues):
    c = ctx_of("About 85% of patients return to work within 6 weeks.", cues)
    assert c.axis != "recurrence"


def test_threshold_is_kept_with_the_outcome(cues):
    c = ctx_of("With interventional procedures, 48.5% of patients had a reduction in pain of more than 50%.", cues)
    assert c.threshold == "more than 50%"
    assert c.intervention == "interventional procedures"
    assert c.population == "patients" and not c.population_restricted


def test_subgroup_population_is_restricted(cues):
    c = ctx_of("The success rate was 66.7% in patients with radicular pain.", cues)
    assert c.population == "patients with radicular pain"
    assert c.population_restricted
    assert set(c.population_terms) == {"radicular", "pain"}


def test_heading_names_the_intervention_of_an_anaphor(cues):
    c = ctx_of("This method can provide up to 80% relief from back pain.", cues, section="Neuromodulation")
    assert c.intervention == "Neuromodulation"


def test_generic_heading_is_no_intervention(cues):
    c = ctx_of("This method can provide up to 80% relief from back pain.", cues, section="Treatment options")
    assert c.intervention is None


def test_place_words_restrict_population(cues):
    us = ctx_of("Migraine affects 39 million Americans.", cues)
    world = ctx_of("Migraine affects more than one billion people worldwide.", cues)
    assert "geo:us" in us.population_terms and "geo:world" in world.population_terms


def test_stems_unify_variants():
    cues = load_context_cues()
    assert stem("spinal", cues) == stem("spine", cues)
    assert stem("persists", cues) == stem("persistent", cues)


def test_topic_terms_tell_conditions_apart():
    cues = load_context_cues()
    knee = topic_terms("Knee osteoarthritis wears the cartilage of the knee joint. Knee pain and stiff knees. Osteoarthritis of the knee.", cues)
    wrist = topic_terms("Carpal tunnel syndrome compresses the median nerve in the wrist. Carpal tunnel release frees the nerve. Numbness of the hand.", cues)
    assert not set(knee) & set(wrist)


def test_stems_are_remembered_per_cue_set_and_handed_out_as_copies():
    cues = load_context_cues()
    first = stem("apnoeas", cues)
    first.append("changed")  # a caller's list: the remembered stems stay as they were
    assert stem("apnoeas", cues) == ["apnea"]
    other = cues.model_copy(update={"stem_map": {**cues.stem_map, "apneas": "sleep apnea"}})
    assert stem("apnoeas", other) == ["sleep", "apnea"]  # another cue set is not served this one's stems
    assert stem("apnoeas", cues) == ["apnea"]


def test_topic_terms_remembered_only_for_the_same_text_cues_and_k():
    from extract.figures.context import _topic_terms

    cues = load_context_cues()
    text = "Knee osteoarthritis wears the cartilage of the knee joint. Knee pain and stiff knees."
    assert topic_terms(text, cues) == topic_terms(text, cues) == _topic_terms(text, cues, 8)
    assert topic_terms(text, cues, k=1) == _topic_terms(text, cues, 1) != topic_terms(text, cues)
    other = cues.model_copy(update={"generic_topic_words": [*cues.generic_topic_words, "joint"]})
    assert "joint" not in topic_terms(text, other) and "joint" in topic_terms(text, cues)
    assert topic_terms(text + " Hip.", cues) == _topic_terms(text + " Hip.", cues, 8)
