"""Symptom precision on unseen pages (issue 3, session 31, gen46): a bullet list of how a condition is diagnosed is no
symptom list, a predicate that says the signs are absent or hard to see names no finding, and a contracted denial
("isn't really a symptom of") is a negated symptom claim like "is not a symptom of". The pages are written for these
tests, about other conditions than the development corpora's."""

from extract.pipeline import make_doc

from tests.claims.conftest import CUES


def symptoms_of(nlp, text: str) -> list[tuple[str, bool]]:  # noqa: ANN001
    """(symptom, negated) of every symptom claim on a page, in page order."""
    doc = nlp(make_doc(nlp, text, "doc_gen46"))
    return [(c.symptom.text, c.assertion.negated) for c in doc._.claims if c.type == "symptom"]


COELIAC = """Coeliac disease

Symptoms
The most common symptoms are diarrhoea, bloating and tiredness.

How is it diagnosed?
Your doctor will ask about your symptoms and examine you, and you may have:
\u2022 blood tests for antibodies called tTG
\u2022 an endoscopy, in which a thin tube is passed into your stomach
\u2022 a small biopsy from the lining of the gut
"""


def test_bullets_of_tests_after_a_may_have_lead_in_are_no_symptoms(plain) -> None:  # noqa: ANN001
    found = [s for s, _ in symptoms_of(plain, COELIAC)]
    assert "bloating" in found
    assert not any(w in s for s in found for w in ("tTG", "endoscopy", "biopsy", "antibodies"))


def test_a_finding_during_a_test_is_still_a_finding() -> None:
    from extract.claims.lists import names_a_test

    assert names_a_test("a small biopsy from the lining of the gut", CUES)
    assert names_a_test("blood tests for antibodies", CUES)
    assert not names_a_test("pain during a pelvic examination", CUES)
    assert not names_a_test("blood in your urine", CUES)


MEASLES = """Measles in adults

In adults the illness is often more severe. In older people the typical features are often absent, and the rash may be
faint or missing. The main symptom is a high fever.
"""


def test_absent_or_missing_signs_are_no_findings(plain) -> None:  # noqa: ANN001
    found = [s for s, _ in symptoms_of(plain, MEASLES)]
    assert "absent" not in found and "faint" not in found and "missing" not in found
    assert any("high fever" in s for s in found)


REFLUX_FORUM = """Reflux or something else? Long post

Posted by oatmilk_owl
My GP says it's reflux. I never had diarrhoea, which apparently isn't really a symptom of reflux anyway.
Chest tightness isn't usually a sign of reflux either, so I'm getting an ECG.
"""


def test_a_contracted_denial_of_a_symptom_is_negated(plain) -> None:  # noqa: ANN001
    found = symptoms_of(plain, REFLUX_FORUM)
    assert ("diarrhoea", True) in found
    assert ("Chest tightness", True) in found
    assert not any(s == "apparently" for s, _ in found)


CROUP = """Croup in toddlers

Symptoms
Toddlers with croup usually have a barking cough. Older babies may go off their food, and a child who seems tired and
off their food for more than a day should see a GP.

Signs to look out for:
- pins and needles in the fingers
"""


def test_a_child_off_their_food_is_a_finding(plain) -> None:  # noqa: ANN001
    found = [s for s, _ in symptoms_of(plain, CROUP)]
    assert found.count("off their food") == 2


def test_pins_and_needles_is_one_finding(plain) -> None:  # noqa: ANN001
    found = [s for s, _ in symptoms_of(plain, CROUP)]
    assert "pins and needles in the fingers" in found
    assert "pins" not in found and not any(s.startswith("needles") for s in found)


MUMPS = """Mumps

Symptoms
After a few days a painful swelling appears below the ears. Within a day or two, a high fever may develop.
After the injection a sore lump may appear where the needle went in.
"""


def test_a_finding_that_appears_after_a_fronted_time_phrase(plain) -> None:  # noqa: ANN001
    found = [s for s, _ in symptoms_of(plain, MUMPS)]
    assert "painful swelling" in found and "high fever" in found
    assert not any("lump" in s for s in found)  # after an injection: the care's effect, no finding of mumps


INCONTINENCE = """Stress incontinence

Stress incontinence is leaking urine when you cough, sneeze or laugh.

Treatment
Treatment usually starts with behavioural changes, which are safe and help most women.
"""


def test_what_a_plan_of_care_starts_with_is_no_symptom(nlp) -> None:  # noqa: ANN001
    # linked, the plan's subject is no condition or finding the linker refuses: it must still give no symptom
    found = [s for s, _ in symptoms_of(nlp, INCONTINENCE)]
    assert not any("behavioural changes" in s for s in found)


IMPETIGO = """Impetigo

Children with impetigo usually present with clusters of small, itchy, fluid-filled blisters around the mouth.
People with ringworm often have patches of dry, scaly skin and itching.
"""


def test_modifiers_after_of_and_their_noun_are_one_finding(plain) -> None:  # noqa: ANN001
    found = [s for s, _ in symptoms_of(plain, IMPETIGO)]
    assert any(s.startswith("clusters of small, itchy, fluid-filled blisters") for s in found)
    assert any(s.startswith("patches of dry, scaly skin") for s in found)
    assert "itchy" not in found and "clusters of small" not in found and "patches of dry" not in found


WHOOPING = """Whooping cough

Symptoms
Babies with whooping cough may become drowsy and floppy. Older children are often irritable and tired.
Patients are often anxious about the vaccine.
"""


def test_states_said_of_the_people_who_have_it_are_findings(plain) -> None:  # noqa: ANN001
    found = [s for s, _ in symptoms_of(plain, WHOOPING)]
    assert {"drowsy", "floppy", "irritable", "tired"} <= set(found)
    assert "anxious" not in found  # anxious about something: an object, no finding
