"""The people of one action stay one recommendation (CLAIMS_SPEC.md, session 12: "avoid contact with pregnant women,
newborn babies and anyone with ..."), whether listed by commas or joined by "and" after the verb: "Stay away from
babies and pregnant women", "Do not leave babies, toddlers or pets in a hot car" (session 33, gen54). Things listed
after the verb stay one each ("Avoid perfumed soaps, bubble baths and fabric conditioners").

The sentences are written for these tests, about conditions the development corpora do not cover.
"""

from __future__ import annotations

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.recommendations import recommendations

CUES = load_relation_cues(None)


def actions(sentence: str) -> list[str]:
    return [sentence[m.subject[0] : m.subject[1]] for m in recommendations(sentence, CUES)]


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        ("Do not leave babies, toddlers or pets in a hot car.", "leave babies"),
        ("Try to check on older neighbours, friends and relatives during a cold snap.", "check on older neighbours"),
        ("After a shingles rash appears you have to stay away from babies and pregnant women for two weeks.",
         "stay away from babies and pregnant women"),
    ],
)
def test_the_people_of_one_action_are_one_recommendation(sentence: str, action: str) -> None:
    assert actions(sentence) == [action]


def test_things_listed_after_the_verb_stay_one_each() -> None:
    assert len(actions("Avoid scented soaps, bubble baths and fabric conditioners if you have vulval itching.")) == 3
