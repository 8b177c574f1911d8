"""The examples of a class the text advises against ("Do not use a decongestant such as pseudoephedrine for more than a
week", "avoid antihistamines such as chlorphenamine or promethazine") are advised against with it: no treatment claim
(CLAIMS_SPEC.md: advice against is a recommendation; session 33, gen53, from dev15's and dev55's advice). Examples of a
class said to help stay treatments.

Every sentence here is written for this test, about conditions outside the development corpora.
"""

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.treatments import incidental_intervention

CUES = load_relation_cues()


@pytest.mark.parametrize(
    "sentence,example",
    [
        ("Do not use a decongestant such as pseudoephedrine for more than a week.", "pseudoephedrine"),
        ("If you have glaucoma, avoid antihistamines such as chlorphenamine or promethazine.", "promethazine"),
    ],
)
def test_an_example_of_a_class_advised_against_is_no_treatment(sentence: str, example: str) -> None:
    s = sentence.index(example)
    assert incidental_intervention(sentence, (s, s + len(example)), CUES) == "against"


def test_an_example_of_a_class_that_helps_stays_a_treatment() -> None:
    sentence = "Antihistamines such as cetirizine can ease the itch of hives."
    s = sentence.index("cetirizine")
    assert incidental_intervention(sentence, (s, s + len("cetirizine")), CUES) is None
