"""An unnamed other cause ("caused by something else", "the result of something else that has damaged ...") and a denial
that one factor explains a condition ("is not caused by a single factor") name no cause (``generic_arguments``), as
"many things" does not. Session 30, gen43, from a hyperhidrosis column, a heart failure page and a fibromyalgia review.

Every sentence here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from extract.pipeline import make_doc


def causes(nlp, text: str) -> list[str]:  # noqa: ANN001
    doc = nlp(make_doc(nlp, "Chilblains\n\n" + text + "\n", "doc_vague_causes"))
    return [c.cause.text for c in doc._.claims if c.type == "cause"]


@pytest.mark.parametrize(
    "text",
    [
        "Secondary chilblains are sores caused by something else.",
        "Chilblains are not caused by a single factor.",
        "Chilblains on the ears are usually the result of something else that has narrowed the blood vessels.",
    ],
)
def test_an_unnamed_or_single_factor_is_no_cause(nlp, text: str) -> None:  # noqa: ANN001
    assert causes(nlp, text) == []


def test_a_named_cause_stays(nlp) -> None:  # noqa: ANN001
    assert causes(nlp, "Chilblains are caused by cold, damp weather.") == ["cold, damp weather"]
