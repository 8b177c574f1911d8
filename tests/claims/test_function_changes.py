"""A body function that changes, ending its clause, is a warning sign ("... or your vision changes").

Sentences are of my own writing, about conditions outside the development corpora (uveitis, temporal
arteritis, a stroke warning, multiple sclerosis).
"""

from extract.claims.cues import load_relation_cues
from extract.claims.relations import find_relations

CUES = load_relation_cues()


def symptoms(sentence: str) -> list[str]:
    found, _ = find_relations(sentence, CUES, None, None, None, None)
    return [sentence[m.subject[0] : m.subject[1]] for m in found if m.kind == "symptom"]


def test_a_changed_function_in_a_warning_is_a_symptom() -> None:
    assert "vision changes" in symptoms("Get medical help the same day if your eye is red or your vision changes.")
    assert "sight suddenly changes" in symptoms("With temporal arteritis, call 999 if your sight suddenly changes.")
    assert "speech has changed" in symptoms("your face has dropped on one side, or your speech has changed")


def test_a_function_that_changes_within_a_longer_clause_is_no_finding() -> None:
    # a change with a time or a cause after it is how the function varies, not a sign named on its own
    assert not [s for s in symptoms("In multiple sclerosis, your vision changes with heat and exercise.") if "vision" in s]
    assert not [s for s in symptoms("Your hearing changes as you get older.") if "hearing" in s]
