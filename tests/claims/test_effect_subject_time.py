"""The subject of an effect verb is what has the effect, not the time it is used at: "Heat packs or a warm shower
before your exercises can ease the stiffness" (session 28, dev41: the exercises were read as the treatment), "Eye drops
after surgery to prevent infection". Sentences written for these tests, about conditions no corpus covers."""

import pytest


@pytest.mark.parametrize(
    "sentence,kept,gone",
    [
        ("A cold pack after your run can ease the ache in the shins.", "cold pack", "run"),
        ("Saline rinses before bedtime can reduce the congestion.", "Saline rinses", "bedtime"),
        ("A warm compress after your shower can ease the itching.", "warm compress", "shower"),
    ],
)
def test_what_has_the_effect_is_the_treatment(nlp, sentence: str, kept: str, gone: str) -> None:  # noqa: ANN001
    found = [c.intervention.text for c in nlp("Shin splints\n\n" + sentence + "\n")._.claims if c.type == "treatment"]
    assert any(kept in f for f in found) and not any(gone in f for f in found), found
