""""Y happens when X": the cause is the clause X, whole, not its first noun ("the facial nerve, which ...,
becomes swollen"), one per "or when" and per ", and a ..." clause; a noun with examples in an aside stays a list,
(session 15; the construction of dev4, dev12, dev13, dev15, dev16 and
heldout2). Sentences written for these tests."""

import pytest

from tests.claims.conftest import causes


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Gout happens when uric acid, which the kidneys normally clear, builds up and forms crystals in a joint.",
         ["uric acid, which the kidneys normally clear, builds up and forms crystals in a joint"]),
        ("A stye forms when an oil gland at the edge of the eyelid becomes blocked, or when bacteria infect a lash follicle.",
         ["oil gland at the edge of the eyelid becomes blocked", "bacteria infect a lash follicle"]),
        ("Heartburn happens when acid flows back up the food pipe, usually because the valve at its bottom is weak.",
         ["acid flows back up the food pipe", "valve at its bottom is weak"]),
        ("It develops when the tendon sheath thickens, and a nodule forms on the tendon.",
         ["tendon sheath thickens", "nodule forms on the tendon"]),
    ],
)
def test_the_clause_after_happens_when_is_the_cause(sentence: str, expected: list) -> None:
    assert [s for s, _, _ in causes(sentence)] == expected


def test_a_noun_with_examples_after_when_stays_a_list() -> None:
    found = [s for s, _, _ in causes("Impetigo happens when bacteria, usually staphylococcus or streptococcus, get into broken skin.")]
    assert {"bacteria", "staphylococcus", "streptococcus"} <= set(found)

