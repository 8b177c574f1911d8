"""A treatment's effects are no symptoms of the condition (CLAIMS_SPEC.md: a side effect of a treatment is neither a
treatment nor a cause claim; a finding it produces is no symptom either), whichever rule or the learned tagger found
the finding (session 32, gen49, from dev51's first sight, "Nifedipine can cause headaches and flushing", and dev50's
"Possible side effects of surgery include ..."). Sentences written for these tests, about conditions no development
corpus covers."""

import re

import pytest

from extract.claims.grammar import RelationMention
from extract.claims.relations import find_relations, without_treatment_effects
from extract.pipeline import make_doc

from tests.claims.conftest import CUES


def _symptom(sentence: str, text: str) -> RelationMention:
    at = sentence.index(text)
    return RelationMention("symptom", (at, at + len(text)), None, None, "learned:symptom", (at, at + len(text)))


@pytest.mark.parametrize(
    ("sentence", "finding"),
    [
        ("Possible side effects of the operation include bruising, a small seroma and lasting numbness.", "lasting numbness"),
        ("Side effects from the tablets are nausea, dizziness and a dry mouth.", "dizziness"),
        ("Amlodipine can cause ankle swelling and flushing.", "ankle swelling"),
    ],
)
def test_a_finding_a_treatment_causes_is_dropped(sentence: str, finding: str) -> None:
    mentions = find_relations(sentence, CUES)[0] + [_symptom(sentence, finding)]
    kept = without_treatment_effects(sentence, mentions, CUES)
    assert not any(m.kind == "symptom" for m in kept)


@pytest.mark.parametrize(
    ("sentence", "finding"),
    [
        ("Common symptoms include ankle swelling and flushing.", "ankle swelling"),
        ("Gout can cause sudden pain and swelling in the big toe.", "sudden pain"),
        ("The tablets rarely cause problems, but the illness itself often causes dizziness.", "dizziness"),
    ],
)
def test_a_finding_of_the_condition_is_kept(sentence: str, finding: str) -> None:
    mentions = find_relations(sentence, CUES)[0] + [_symptom(sentence, finding)]
    kept = without_treatment_effects(sentence, mentions, CUES)
    assert any(m.kind == "symptom" and sentence[m.subject[0] : m.subject[1]] == finding for m in kept)


PAGE = (
    "Pernio of the hands\n\n"
    "Symptoms include itchy, swollen fingers and a burning feeling.\n\n"
    "A doctor may prescribe amlodipine, which widens the blood vessels, for people whose fingers keep flaring. "
    "Amlodipine can cause headaches and flushing.\n\n"
    "Possible side effects of the operation include bruising, a collection of fluid and long-lasting numbness, "
    "which affects about 1 in 20 patients.\n"
)


def test_the_pipeline_reads_no_treatment_effect_as_a_symptom(nlp) -> None:  # noqa: ANN001
    doc = nlp(make_doc(nlp, PAGE, "treatment_effects_test"))
    symptoms = [c.symptom.text for c in doc._.claims if c.type == "symptom"]
    assert not [s for s in symptoms if re.search(r"headache|flushing|numbness|bruising", s)], symptoms
    assert any("itchy" in s or "swollen fingers" in s for s in symptoms), symptoms
