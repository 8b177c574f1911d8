"""A definition whose first item carries a measure goes on listing findings (session 32, gen49, from dev51's
"HG is defined as protracted nausea and vomiting in pregnancy with weight loss of more than 5% of pre-pregnancy
weight, dehydration and electrolyte imbalance"): the findings after the measured item are symptoms of the condition
defined too (CLAIMS_SPEC.md: "is defined as" gives symptom claims), while what goes on counting the first item ("at
least 8 of them with migraine features") stays part of it. Sentences written for these tests."""

from extract.pipeline import make_doc


def _symptoms(plain, text: str) -> list[str]:  # noqa: ANN001
    doc = plain(make_doc(plain, text, "definition_after_measure_test"))
    return [c.symptom.text for c in doc._.claims if c.type == "symptom"]


def test_findings_after_a_measured_item_are_symptoms(plain) -> None:  # noqa: ANN001
    text = ("Severe pre-eclampsia\n\nSevere pre-eclampsia is defined as blood pressure of 160/110 mmHg or more after 20 "
            "weeks of pregnancy, headaches and blurred vision.\n")
    found = _symptoms(plain, text)
    assert "headaches" in found and "blurred vision" in found, found
    assert any(s.startswith("blood pressure of 160/110") for s in found), found


def test_what_goes_on_counting_the_measured_item_is_no_finding(plain) -> None:  # noqa: ANN001
    text = ("Chronic tension-type headache\n\nChronic tension-type headache means having headaches on 15 or more days a "
            "month, at least 10 of them lasting hours.\n")
    found = _symptoms(plain, text)
    assert not any(s.startswith("at least") or "10 of them" in s for s in found), found
