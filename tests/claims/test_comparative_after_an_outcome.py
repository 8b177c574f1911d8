"""A time anchor "after X" whose clause is only a comparative going on with the outcome of the clause before ("Grip
strength improved in both groups, slightly more after surgery at 6 weeks") states how X worked: a treatment claim, as
"improvement after X" is (dev41's "slightly more after HAL"). A comparative after a worsening names no outcome of care.

Every sentence here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from extract.pipeline import make_doc


def treatments(nlp, text: str) -> list[str]:  # noqa: ANN001
    doc = nlp(make_doc(nlp, "Olecranon bursitis\n\n" + text + "\n", "doc_comparative_after"))
    return [c.intervention.text for c in doc._.claims if c.type == "treatment"]


@pytest.mark.parametrize(
    "text",
    [
        "Elbow swelling improved in both groups, slightly more after surgery at 4 weeks but not at 6 months.",
        "The swelling resolved in most patients of both arms, slightly faster after bursectomy.",
    ],
)
def test_a_comparative_going_on_with_an_outcome_names_the_treatment(nlp, text: str) -> None:  # noqa: ANN001
    assert len(treatments(nlp, text)) == 1


def test_a_comparative_after_a_worsening_names_none(nlp) -> None:  # noqa: ANN001
    assert treatments(nlp, "The swelling got worse in both groups, slightly more after surgery at 4 weeks.") == []
