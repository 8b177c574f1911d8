"""A denying modal ("cannot", "can't", "couldn't") between a cause and its verb is no argument: the cause is
what stands before it, as after "doesn't" (relations.json's modals)."""

import pytest

from tests.claims.conftest import causes


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # the pronoun before the modal is the cause, no claim of its own here; the modal was taken as the cause
        ("Rosacea is a skin problem, not an allergy, and it can't cause asthma.", []),
        ("Impetigo is not infectious after 48 hours, so you cannot pass it on to other people.", []),
        ("He couldn't cause the outbreak.", []),
        # a subject before "and can't": the subject, not the adjective of the first clause
        ("Warts are harmless and can\u2019t cause cancer.", [("Warts", "cancer", "causes")]),
        ("A cold sore cannot cause blindness.", [("cold sore", "blindness", "causes")]),
    ],
)
def test_a_denying_modal_is_no_cause(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected
