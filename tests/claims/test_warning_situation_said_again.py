"""A warning that says its person again after "and" ("you have diabetes and you have ear pain", "you are pregnant and
you have a high temperature") states the situation of the advice first and the sign second: the sign is a symptom
claim, the situation none (CLAIMS_SPEC.md: "the condition of the advice ('If you have diabetes and have felt low ...':
diabetes is none)"). Session 29, gen41, from dev46's swimmer's ear leaflet, whose bullet gave 'diabetes' as a sign and
missed the ear pain.

Every sentence here is written for this test, about conditions outside the development corpora.
"""

import pytest

from extract.pipeline import make_doc

BULLETS = """Mastoiditis

Get an urgent GP appointment if:

- you have diabetes or a weakened immune system and you have pain behind the ear
- you are pregnant and you have a high temperature
"""


def _signs(nlp, text: str) -> set[str]:  # noqa: ANN001
    doc = nlp(make_doc(nlp, text, "doc_warning_situation"))
    return {c.symptom.text for c in doc._.claims if c.type == "symptom"}


def test_a_bullet_names_the_sign_after_its_situation(nlp) -> None:  # noqa: ANN001
    signs = _signs(nlp, BULLETS)
    assert {"pain behind the ear", "high temperature"} <= signs
    assert not {"diabetes", "pregnant", "weakened immune system"} & signs


@pytest.mark.parametrize(
    "sentence,sign,situation",
    [
        ("See a GP if you have diabetes and you have pain behind the ear.", "pain behind the ear", "diabetes"),
        ("Call 111 if you have a heart condition and you have chest pain.", "chest pain", "heart condition"),
    ],
)
def test_a_sentence_of_advice_names_the_sign_after_its_situation(nlp, sentence, sign, situation) -> None:  # noqa: ANN001
    signs = _signs(nlp, "Mastoiditis\n\n" + sentence + "\n")
    assert sign in signs
    assert situation not in signs
