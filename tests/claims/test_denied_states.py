"""A state the condition or a part of the body is said not to have ("It is not usually itchy", "it usually does not
hurt", "the skin does not look red") is a symptom claim marked negated (CLAIMS_SPEC.md: explicit denials are claims,
negated; session 27, gen32). A pronoun after a sentence about an intervention, a state in an if-clause and a denial
that names no state ("It is not contagious") give none.

Every sentence here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from extract.pipeline import make_doc


def symptoms(nlp, text: str) -> list[tuple[str, bool]]:  # noqa: ANN001
    doc = nlp(make_doc(nlp, "Pityriasis rosea\n\n" + text + "\n", "doc_denied_states"))
    return [(c.symptom.text, c.assertion.negated) for c in doc._.claims if c.type == "symptom"]


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("Pityriasis rosea is a harmless rash. It is not usually itchy, and it clears within weeks.", "itchy"),
        ("Pityriasis rosea spreads over the chest. It usually does not hurt.", "hurt"),
        ("The herald patch does not itch, and the skin around it does not look red.", "red"),
        ("The rash often looks alarming. It is not painful, and it leaves no scars.", "painful"),
    ],
)
def test_a_state_denied_of_the_condition_is_a_negated_symptom(nlp, text: str, finding: str) -> None:  # noqa: ANN001
    assert (finding, True) in symptoms(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "A steroid cream may be prescribed for the itch. It does not hurt to apply.",
        "You can carry on with sport if it does not hurt.",
        "Pityriasis rosea clears on its own. It is not contagious.",
    ],
)
def test_no_denied_state_of_the_condition(nlp, text: str) -> None:  # noqa: ANN001
    assert not [f for f, negated in symptoms(nlp, text) if negated and f in {"hurt", "painful", "itchy", "contagious"}]
