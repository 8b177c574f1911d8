"""Bullets under a lead-in of what a carer does ("Your care team will:", "Depending on what the surgeon finds, they
may:") that open with a verb name a step of care: a treatment claim, its subject the verb phrase (CLAIMS_SPEC.md: "Your
care team will:" followed by what it does gives treatments; session 25: dev17, dev36). Bullets that complete the
reader's clause ("If you have OAB, you may:") stay findings. Every text here is written for these tests, about
conditions outside the development corpora.
"""

from extract.pipeline import make_doc


def treatments(nlp, text: str) -> list[str]:  # noqa: ANN001
    doc = nlp(make_doc(nlp, text, "doc_care_steps"))
    return [c.intervention.text for c in doc._.claims if c.type == "treatment"]


def test_the_steps_a_carer_takes_are_treatments(nlp) -> None:  # noqa: ANN001
    text = ("Slipped capital femoral epiphysis\n\nSurgery\n\nDepending on how far the bone has slipped, the surgeon may:\n\n"
            "• pin the head of the thigh bone in place to stop it slipping further\n"
            "• realign the top of the thigh bone so that the hip moves freely\n\n"
            "After the operation your care team will:\n\n• check the feeling in your leg every hour\n")
    found = treatments(nlp, text)
    assert "pin the head of the thigh bone in place" in found
    assert "realign the top of the thigh bone" in found
    assert "check the feeling in your leg every hour" in found


def test_a_pronoun_lead_in_for_a_carer_named_before_it(nlp) -> None:  # noqa: ANN001
    text = ("Ganglion cyst\n\nDepending on the size of the lump, the surgeon may:\n\n• drain the fluid with a needle\n"
            "• remove the cyst and its stalk\n")
    assert treatments(nlp, text) == ["drain the fluid with a needle", "remove the cyst and its stalk"]


def test_the_readers_own_clause_names_no_step_of_care(nlp) -> None:  # noqa: ANN001
    text = ("Bunions\n\nIf you have a bunion, you may:\n\n• find it hard to get shoes that fit\n• notice a hard lump on the side of the foot\n")
    assert treatments(nlp, text) == []
