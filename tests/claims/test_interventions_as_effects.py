"""An intervention named after "lead to" / "result in" is what something leads to, an effect or an outcome, not a
treatment claim: "will not lead to major weight loss", "can lead to surgery", "often results in hip replacement"
(session 29: 1 spurious claim over 46 development corpora, none right lost); the cause claim stays. Sentences
written for these tests, about conditions no corpus covers."""

import pytest

from tests.claims.conftest import argument_texts


@pytest.mark.parametrize(
    "sentence,effect",
    [
        ("Treating an underactive thyroid will not usually lead to major weight loss.", "major weight loss"),
        ("Untreated, a severe bunion can lead to surgery.", "surgery"),
        ("Late diagnosis of hip dysplasia often results in hip replacement at a young age.", "hip replacement"),
    ],
)
def test_what_something_leads_to_is_no_treatment(plain, sentence: str, effect: str) -> None:  # noqa: ANN001
    assert argument_texts(plain, sentence, "treatment") == []
    assert any(t.startswith(effect) for t in _effects(plain, sentence)), _effects(plain, sentence)


def _effects(nlp, sentence: str) -> list[str]:  # noqa: ANN001
    return [c.effect.text for c in nlp(sentence)._.claims if c.type == "cause" and c.effect is not None]
