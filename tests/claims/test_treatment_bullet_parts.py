"""A treatment bullet's items are interventions, not the parts of the body an exercise works on ("strengthening of the
calf, hip and core muscles"), the second verb of its purpose ("Gait retraining to increase your step rate and reduce
impact on the shins") or its reason ("shave off a beard, as the skin underneath often improves"; session 28, dev43 at
first sight). Bullets written for these tests, about conditions no corpus covers."""

import pytest


def _treatments(nlp, bullet: str) -> list[str]:  # noqa: ANN001
    doc = nlp("Golfer's elbow\n\nTreatments we offer include:\n- " + bullet + "\n")
    return [c.intervention.text for c in doc._.claims if c.type == "treatment"]


@pytest.mark.parametrize(
    "bullet,kept,gone",
    [
        ("Physical therapy with thigh stretching and strengthening of the thigh, hip and core muscles",
         "Physical therapy", {"hip", "core muscles"}),
        ("Technique coaching to increase your grip width and reduce load on the tendon", "Technique coaching",
         {"reduce load on the tendon"}),
        ("ice packs after activity, as the swelling often settles faster", "ice packs", {"swelling often settles faster"}),
    ],
)
def test_treatment_bullet_items_are_interventions(plain, bullet: str, kept: str, gone: set) -> None:  # noqa: ANN001
    found = _treatments(plain, bullet)
    assert kept in found and not gone & set(found), found


@pytest.mark.parametrize(("item", "names"), [("hip", False), ("core muscles", False), ("knee brace", True), ("calf stretching", True)])
def test_a_body_part_alone_is_no_treatment_item(item: str, names: bool) -> None:
    from extract.claims.lists import _treatment_item
    from tests.claims.conftest import CUES

    assert _treatment_item(item, (0, len(item)), 1, CUES) is names


def test_whom_a_numbered_recommendation_is_for_is_no_treatment(plain) -> None:  # noqa: ANN001
    doc = plain("Plantar warts: guideline summary\n\nTreatment\n2. Offer cryotherapy, with liquid nitrogen or a freezing spray, to "
                "people with painful warts (strong recommendation).\n3. If cryotherapy is unsuitable, offer salicylic acid.\n")
    found = [c.intervention.text for c in doc._.claims if c.type == "treatment"]
    assert any("cryotherapy" in f for f in found) and "people" not in found, found
