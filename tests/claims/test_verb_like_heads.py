"""Intervention heads that are verbs too ("implant", "laser", "exercise", "massage") name no
intervention where the sentence uses them as verbs: after "to", a modal or a relative pronoun, or
before their object ("laser the stone"); a noun with a modifier or before a time ("regular exercise",
"30 minutes of exercise a day") stays a noun.

Every sentence here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from tests.claims.test_treatments import reason  # why treatments.incidental_intervention drops a mention


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("The surgeon may laser the cyst through a thin scope.", "laser"),
        ("Cells from the lining need time to implant and grow elsewhere.", "implant"),
        ("A wristband that reminds you to exercise can help you keep going.", "exercise"),
        ("Once the swelling settles, massage the scar with a plain cream.", "massage"),
    ],
)
def test_a_head_used_as_a_verb_names_no_intervention(sentence: str, mention: str) -> None:
    assert reason(sentence, mention) == "verb"


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("Most people find that regular exercise eases the stiffness.", "regular exercise"),
        ("Aim for 30 minutes of exercise a day to keep the joint moving.", "exercise"),
        ("Exercise eases the stiffness of a frozen jaw.", "Exercise"),
    ],
)
def test_the_same_heads_used_as_nouns_stay_interventions(sentence: str, mention: str) -> None:
    assert reason(sentence, mention) != "verb"
