"""A pronoun opening the sentence after one that named an intervention, said to be effective ("In clinical trials it
was more than 90% effective at preventing ..."), is a treatment claim, its subject the pronoun as written (CLAIMS_SPEC.md;
dev29's gold), as "It usually works" and "They halve the risk" are. Effectiveness not said of the pronoun ("It is
effective to rest", a sentence after no intervention) claims nothing.

Every sentence here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from extract.pipeline import make_doc


def anaphoric(nlp, text: str) -> list[str]:  # noqa: ANN001
    doc = nlp(make_doc(nlp, "Tinea capitis\n\n" + text + "\n", "doc_anaphora"))
    return [c.intervention.text for c in doc._.claims if c.type == "treatment" and c.evidence.rule.endswith("(anaphora)")]


@pytest.mark.parametrize(
    "text",
    [
        "The new ringworm vaccine is given as two doses. In clinical trials it was more than 80% effective at preventing scalp ringworm.",
        "Griseofulvin tablets clear the infection in most children. They are highly effective and cheap.",
    ],
)
def test_a_pronoun_said_to_be_effective_after_an_intervention_is_a_treatment(nlp, text: str) -> None:  # noqa: ANN001
    assert len(anaphoric(nlp, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Scalp ringworm spreads easily between children. It is effective to wash combs and brushes often.",
        "Scalp ringworm is common in children. It was more than 80% effective in none of the studies we found.",
    ],
)
def test_effectiveness_not_said_of_an_intervention_claims_nothing(nlp, text: str) -> None:  # noqa: ANN001
    assert anaphoric(nlp, text) == []
