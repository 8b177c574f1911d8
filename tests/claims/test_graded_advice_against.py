"""Graded recommendations of guidelines (issue 3, recommendation recall): a grading label closing the
sentence ("(strong recommendation, moderate-quality evidence)", "[Level III evidence; Grade C]",
"(Class IIa, Level B)") is neither the action nor for whom; a weak or conditional grade makes the advice
`may`; advice against in guideline wording ("we suggest against", "is not indicated") and class IIa/IIb
wording ("are reasonable", "may be reasonable"). Also what makes a condition heavier causes it, as what
makes it worse does.

Every sentence here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from extract.claims.recommendations import recommendations

from tests.claims.conftest import CUES, causes


def advice(sentence: str) -> list[tuple[str, str | None, str, bool]]:
    """(action, for whom, strength, against) of every recommendation of ``sentence``."""
    g = lambda span: sentence[span[0] : span[1]] if span else None  # noqa: E731
    return [(g(m.subject), g(m.object), m.strength, m.against) for m in recommendations(sentence, CUES)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a closing label with a semicolon or the word "evidence" in square brackets
        ("Corticosteroids are not recommended for uncomplicated glandular fever [Level III evidence; Grade C].",
         [("Corticosteroids", "uncomplicated glandular fever", "may", True)]),
        ("Steroid tablets are not recommended for prostatitis [Level III evidence].",
         [("Steroid tablets", "prostatitis", "should", True)]),
        # a weak or conditional grade: the advice is `may`
        ("Ondansetron should be offered to children with gastroenteritis who are vomiting (weak recommendation, moderate-quality evidence).",
         [("Ondansetron", "children with gastroenteritis who are vomiting", "may", False)]),
        # a strong grade leaves it as written
        ("A rigid brace should be offered to adolescents with scoliosis curves of 25 to 40 degrees (strong recommendation, high-quality evidence).",
         [("rigid brace", "adolescents with scoliosis curves of 25 to 40 degrees", "should", False)]),
    ],
)
def test_a_closing_grade_label_is_neither_the_action_nor_for_whom(sentence: str, expected: list) -> None:
    assert advice(sentence) == expected


def test_a_closing_bracket_that_grades_nothing_stays_part_of_the_sentence() -> None:
    found = advice("Surgery is recommended for scoliosis curves over 50 degrees (see below).")
    assert [(a, s, ag) for a, _, s, ag in found] == [("Surgery", "should", False)]


@pytest.mark.parametrize(
    ("sentence", "action", "strength"),
    [
        ("We suggest against routine spinal imaging in children with mild scoliosis (conditional recommendation).",
         "routine spinal imaging", "may"),
        ("The panel suggests against prescribing codeine for glandular fever.", "prescribing codeine", "may"),
        ("Antibiotics are not indicated for viral gastroenteritis in healthy adults.", "Antibiotics", "should"),
        ("Bracing is not indicated for scoliosis curves under 20 degrees.", "Bracing", "should"),
    ],
)
def test_guideline_advice_against(sentence: str, action: str, strength: str) -> None:
    found = advice(sentence)
    assert len(found) == 1
    got, _, got_strength, against = found[0]
    assert got.startswith(action) and got_strength == strength and against


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        ("Oral antibiotics are reasonable for extensive impetigo (Class IIa, Level B).", "Oral antibiotics"),
        ("Pelvic floor physiotherapy may be reasonable for men with chronic prostatitis (Class IIb).", "Pelvic floor physiotherapy"),
    ],
)
def test_class_two_wording_is_a_may_recommendation(sentence: str, action: str) -> None:
    found = advice(sentence)
    assert [(a, s, ag) for a, _, s, ag in found] == [(action, "may", False)]


def test_what_makes_a_condition_heavier_is_a_cause_of_it() -> None:
    found = causes("Blood thinners and an underactive thyroid can make periods heavier.")
    assert ("Blood thinners", "periods", "causes") in found
    assert ("underactive thyroid", "periods", "causes") in found
    # a heavier thing named as a finding is no cause
    assert causes("Periods were heavier in the first year after the coil was fitted.") == []


def test_a_call_to_action_word_used_as_a_noun_leaves_the_advice() -> None:
    sentence = ("We recommend meningococcal vaccine and annual influenza vaccine for all students with glandular fever, "
                "in line with the national schedule (strong).")
    assert [a for a, _, _, _ in advice(sentence)] == ["meningococcal vaccine", "annual influenza vaccine"]
    # the site's own booking stays a call to action, no advice
    assert advice("Schedule your scoliosis screening with our team today.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Try not to scratch the sores, and keep your child's nails short.",
         [("scratch the sores", True), ("keep your child's nails short", False)]),
        ("Don't share razors or towels, and wash bedding on a hot cycle.",
         [("share razors", True), ("wash bedding on a hot cycle", False)]),
        ("Take showers instead of baths, and don't swim alone.", [("Take showers", False), ("swim alone", True)]),
    ],
)
def test_a_second_imperative_after_a_comma_and_and_is_advice_too(sentence: str, expected: list) -> None:
    got = [(a, ag) for a, _, _, ag in advice(sentence)]
    for action, against in expected:
        assert any(a.startswith(action) and ag == against for a, ag in got), got


@pytest.mark.parametrize(
    "sentence",
    [
        "In multiple sclerosis the nerves can become inflamed, and lose their coating.",
        "Many people with scoliosis feel self-conscious, and avoid swimming.",
    ],
)
def test_a_second_verb_of_the_subject_after_a_comma_and_and_is_no_advice(sentence: str) -> None:
    assert advice(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "action", "whom"),
    [
        ("Clindamycin is a suitable alternative for people with impetigo who are allergic to penicillin.",
         "Clindamycin", "people with impetigo who are allergic to penicillin"),
        ("A bursa injection appears to be a reasonable option for people whose hip pain stops them sleeping.",
         "bursa injection", "people whose hip pain stops them sleeping"),
        ("Bracing seems to be a good option for teenagers with moderate scoliosis curves.",
         "Bracing", "teenagers with moderate scoliosis curves"),
    ],
)
def test_a_qualified_option_or_alternative_is_a_may_recommendation(sentence: str, action: str, whom: str) -> None:
    assert advice(sentence) == [(action, whom, "may", False)]


def test_no_reasonable_alternative_recommends_nothing_by_itself() -> None:
    assert advice("There is no reasonable alternative to surgery for large scoliosis curves.") == []
