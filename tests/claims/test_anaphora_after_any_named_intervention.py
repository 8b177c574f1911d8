"""A pronoun opening the sentence after one that named an intervention is read against every claim that sentence ends
with, the learned tagger's too, and against an intervention it named only to say how it is given ("The operation is done
under local anaesthetic and takes 20 minutes. It cures ..."): CLAIMS_SPEC.md's pronoun subject, as dev9's "It usually
works straight away" after the Epley manoeuvre and dev37's "It cures the triggering ..." after the operation's logistics.
A sentence after one that names no intervention, or names it as a cause, still claims nothing.

Every sentence here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from extract.pipeline import make_doc


def anaphoric(nlp, text: str) -> list[str]:  # noqa: ANN001
    doc = nlp(make_doc(nlp, "Ledderhose disease\n\n" + text + "\n", "doc_anaphora_named"))
    return [c.intervention.text for c in doc._.claims if c.type == "treatment" and c.evidence.rule.endswith("(anaphora)")]


@pytest.mark.parametrize(
    "text",
    [
        "The operation is done under local anaesthetic as a day case and takes about 40 minutes. It cures the pain in most people.",
        "Surgery to remove the nodules is done under a general anaesthetic. It usually works for several years.",
    ],
)
def test_a_pronoun_after_an_intervention_named_with_its_logistics_is_a_treatment(nlp, text: str) -> None:  # noqa: ANN001
    assert anaphoric(nlp, text) == ["It"]


@pytest.mark.parametrize(
    "text",
    [
        "Ledderhose disease is more common in men over 50. It usually works its way up slowly.",
        "Long courses of some epilepsy medicines can bring it on. It usually works its way up slowly.",
    ],
)
def test_a_pronoun_after_no_intervention_claims_nothing(nlp, text: str) -> None:  # noqa: ANN001
    assert anaphoric(nlp, text) == []
