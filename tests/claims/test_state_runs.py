"""A run of state words coordinated after a copula (session 24, gen20; dev8's bullet "an area of skin that suddenly
becomes red, swollen, hot and painful", dev24's "the area is hot, swollen and oozing pus", dev17's "felt anxious or
low"): each state word of the run is a symptom of its own, as the golds list them, when one of them was found or the
found phrase ends with the run; a run of other words ("looks tight or shiny") stays as found. Sentences written for
these tests, about conditions no corpus covers."""

import pytest

from extract.claims.grammar import RelationMention
from extract.claims.symptoms import state_runs

from tests.claims.conftest import CUES


def _mention(sentence: str, text: str, rule: str = "learned:symptom") -> RelationMention:
    start = sentence.index(text)
    span = (start, start + len(text))
    return RelationMention("symptom", span, None, None, rule, span)


def _found(sentence: str, mentions: list[RelationMention]) -> list[str]:
    return sorted(sentence[m.subject[0] : m.subject[1]] for m in state_runs(sentence, mentions, CUES) if m.kind == "symptom")


@pytest.mark.parametrize(
    "sentence, found, expected",
    [
        ("The gland becomes tender, swollen and warm.", "swollen", ["swollen", "tender", "warm"]),
        ("Some patients feel drowsy or confused for an hour.", "confused", ["confused", "drowsy"]),
        ("The eyelid is itchy, swollen and oozing fluid.", "swollen", ["itchy", "swollen"]),
    ],
)
def test_the_states_coordinated_with_a_found_one(sentence: str, found: str, expected: list[str]) -> None:
    assert _found(sentence, [_mention(sentence, found)]) == expected


def test_a_phrase_ending_with_a_run_of_states_gives_each_state() -> None:
    sentence = "a patch of skin that quickly becomes red, sore and itchy"
    assert _found(sentence, [_mention(sentence, "patch of skin that quickly becomes red, sore and itchy", "bullet")]) == ["itchy", "red", "sore"]


@pytest.mark.parametrize(
    "sentence, phrase",
    [
        ("nails that look yellow or brown", "nails that look yellow or brown"),
        ("skin that looks tight or shiny", "skin that looks tight or shiny"),
    ],
)
def test_a_run_of_other_words_stays_one(sentence: str, phrase: str) -> None:
    assert _found(sentence, [_mention(sentence, phrase, "bullet")]) == [phrase]


def test_a_tagged_state_in_a_run_is_kept_by_the_run() -> None:
    sentence = "The toe turns red, hot and swollen."
    rules = {sentence[m.subject[0] : m.subject[1]]: m.rule for m in state_runs(sentence, [_mention(sentence, "red")], CUES)}
    assert rules == {"red": "symptom:state run", "hot": "symptom:state run", "swollen": "symptom:state run"}
