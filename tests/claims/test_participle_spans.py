"""A treatment claim's subject that is a participle of the sentence, not an intervention ("compared" of "..., compared
with 28% on placebo"; "given two" of "X, given two or three times a week"), is dropped as the prepositions and
conjunctions were (session 27, gen34); a participle that the text names as what is done ("needs to be drained") stays.
Sentences and phrases written for these tests, about conditions not in the corpora."""

import pytest

from extract.claims.component import _no_intervention_span


@pytest.mark.parametrize(("text", "dropped"), [("compared", True), ("given two", True), ("drained", False), ("secukinumab", False)])
def test_participles_name_no_intervention(text: str, dropped: bool) -> None:
    assert _no_intervention_span(text) is dropped


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201
    from extract.pipeline import load

    return load(link=False, progress=False)


def test_the_comparison_of_a_trial_arm_is_no_claim(nlp) -> None:  # noqa: ANN001
    from extract.pipeline import make_doc

    text = ("In the phase 3 trial, 61% of HLA-B27-positive patients treated with secukinumab were responders on the activity scale,"
            " compared with 28% on placebo.")
    doc = nlp(make_doc(nlp, "Notes\n\n" + text + "\n", "doc_gen34_participles"))
    assert [c.intervention.text for c in doc._.claims if c.type == "treatment"] == ["secukinumab"]
