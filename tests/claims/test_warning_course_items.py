"""Warning bullets that name the condition's own course ("symptoms that last more than 3 weeks", "repeated episodes of
bronchitis") give no symptom claim (CLAIMS_SPEC.md: a worsening or the condition itself names none; session 23, gen16,
dev32's bronchitis page), while the findings of the same list are kept. Text written for these tests, about a condition
no corpus covers."""

import extract

PAGE = """Croup

Call your GP if your child has:
- a temperature of 38C or higher
- symptoms that last more than a week
- repeated episodes of croup
- frequent bouts of coughing at night
- a barking cough with noisy breathing
"""


def test_course_items_are_no_symptoms_and_findings_stay() -> None:
    nlp = extract.load(link=False, progress=False)
    found = [c.symptom.text for c in nlp(PAGE)._.claims if c.type == "symptom"]
    assert not any(s.startswith(("symptoms", "repeated episodes", "frequent bouts")) for s in found), found
    assert any("temperature" in s for s in found) and any("barking cough" in s or s == "cough" for s in found), found
