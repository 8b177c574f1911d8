"""A function of the body the condition harms is a symptom claim ("can damage your sight", "can eventually affect your
hearing", "can blur and distort vision", "... can press on the nerve and affect your balance"), negated when denied
("does not damage your sight"); a harm told of an intervention (a side effect) or in an if-clause is none (session 27,
gen32).

Every sentence here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from extract.pipeline import make_doc


def symptoms(nlp, text: str) -> list[tuple[str, bool]]:  # noqa: ANN001
    doc = nlp(make_doc(nlp, "Acoustic neuroma\n\n" + text + "\n", "doc_harmed_functions"))
    return [(c.symptom.text, c.assertion.negated) for c in doc._.claims if c.type == "symptom"]


@pytest.mark.parametrize(
    ("sentence", "finding", "negated"),
    [
        ("A large acoustic neuroma can eventually affect your hearing.", "affect your hearing", False),
        ("The tumour can press on the nerve and affect your balance.", "affect your balance", False),
        ("Swelling of the optic disc can blur and distort vision.", "blur and distort vision", False),
    ],
)
def test_a_harmed_function_is_a_symptom(nlp, sentence: str, finding: str, negated: bool) -> None:  # noqa: ANN001
    assert (finding, negated) in symptoms(nlp, sentence)


def test_a_harm_denied_of_the_named_condition_is_a_negated_symptom(nlp) -> None:  # noqa: ANN001
    assert any("sight" in f and negated for f, negated in symptoms(nlp, "A small acoustic neuroma does not damage your sight."))


@pytest.mark.parametrize(
    "sentence",
    [
        "Steroid eye drops can blur your vision for a few minutes.",
        "Surgery is not offered if the tumour does not affect your hearing.",
    ],
)
def test_a_side_effect_or_a_condition_of_advice_is_no_harmed_function(nlp, sentence: str) -> None:  # noqa: ANN001
    assert not [f for f, _ in symptoms(nlp, sentence) if f.endswith(("vision", "hearing"))]
