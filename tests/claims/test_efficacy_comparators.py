"""The comparator after a comparative of how well a treatment works is a treatment claim (CLAIMS_SPEC.md, session 13:
"the comparator of a trial or of a preference is a treatment claim"): "works better than X", "was less effective than X",
"healed ulcers less well than X", "reduced fractures more than X" (session 25: dev10, dev14, dev25, dev28, dev33, dev34).
A comparator of another property ("less invasive than surgery"), of a choice ("rather than pills") or the baseline of an
addition ("faster than eye drops alone") stays none.

Every sentence here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.treatments import incidental_intervention

CUES = load_relation_cues()


def reason(sentence: str, mention: str) -> str | None:
    start = sentence.rindex(mention)
    return incidental_intervention(sentence, (start, start + len(mention)), CUES)


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("Terbinafine cleared the infection faster than griseofulvin in children with scalp ringworm.", "griseofulvin"),
        ("Montelukast was less effective than inhaled corticosteroids in preventing asthma attacks.", "inhaled corticosteroids"),
        ("Cognitive therapy works better than relaxation training for health anxiety.", "relaxation training"),
        ("Denosumab raised bone density more than zoledronic acid over two years.", "zoledronic acid"),
        ("Sclerotherapy gave better and more lasting results than compression stockings.", "compression stockings"),
        ("Ranitidine healed the ulcers less well than omeprazole.", "omeprazole"),
    ],
)
def test_a_comparator_of_efficacy_is_kept(sentence: str, mention: str) -> None:
    assert reason(sentence, mention) is None


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("Banding is a procedure far less invasive than surgery.", "surgery"),
        ("We usually suggest watchful waiting rather than antibiotics.", "antibiotics"),
        ("Headaches were more common with topiramate than with propranolol.", "propranolol"),
        # the baseline an addition is measured against
        ("Adding a spacer controlled symptoms better than an inhaler alone.", "inhaler"),
    ],
)
def test_a_comparator_of_another_property_or_of_a_choice_is_no_claim(sentence: str, mention: str) -> None:
    assert reason(sentence, mention) is not None
