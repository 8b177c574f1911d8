"""Session 16 (dev21): risk stated by "more common if you ...", "your risk is also higher if you ...", a second group
after "more common in X and in Y", and a rising risk whose sentence goes on after a colon. Sentences written for these
tests about conditions the development corpora do not cover (shingles-free: varicose eczema, cluster headache, TB,
chilblains, pressure sores)."""

import pytest

from tests.claims.conftest import causes


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Chilblains are also more common if you work outdoors in winter.", [("work outdoors in winter", "Chilblains", "risk_factor")]),
        ("It's more common if you smoke or have poor circulation.", [("smoke", None, "risk_factor"), ("poor circulation", None, "risk_factor")]),
        ("Your risk is also higher if you have diabetes, are bedbound or are very underweight.",
         [("diabetes", None, "risk_factor"), ("bedbound", None, "risk_factor"), ("underweight", None, "risk_factor")]),
    ],
)
def test_a_condition_more_common_if_you_names_each_condition_as_a_risk(sentence: str, expected: list) -> None:
    found = causes(sentence)
    for claim in expected:
        assert claim in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Cluster headache is more common in men and in people who smoke.", [("men", "Cluster headache", "risk_factor"), ("smoke", "Cluster headache", "risk_factor")]),
        ("It is more common in older adults and among people with diabetes.", [("older adults", None, "risk_factor"), ("diabetes", None, "risk_factor")]),
    ],
)
def test_each_group_after_more_common_in_is_a_risk_factor(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected


def test_a_rising_risk_ends_at_a_colon() -> None:
    sentence = "Its incidence rises with age: in one survey from Denmark, 3% of adults under 40 and 9% of those over 70 were affected."
    assert causes(sentence) == [("age", None, "risk_factor")]


def _bullet_causes(plain, bullets: list[str]) -> list[str]:  # noqa: ANN001
    from extract.pipeline import make_doc

    text = "Chilblains\n\nWho is at risk?\n\nThings that raise your risk include:\n\n" + "".join(f"- {b}\n" for b in bullets)
    doc = plain(make_doc(plain, text, "doc_class_examples"))
    return [c.cause.text for c in doc._.claims if c.type == "cause"]


def test_a_general_class_of_illness_stands_for_its_examples(plain) -> None:  # noqa: ANN001
    # "a long-term health problem" names no kind; "a long-term circulation problem" would, and is a cause with its
    # examples since session 28 (CLAIMS_SPEC.md, session 17: "a long-term lung condition such as COPD": both)
    found = _bullet_causes(plain, ["a long-term health problem, such as Raynaud's or diabetes",
                                   "regular use of some medicines, such as beta blockers"])
    assert "Raynaud's" in found and "diabetes" in found and "beta blockers" in found
    assert not any("problem" in f or "use of some medicines" in f for f in found)


def test_a_class_of_its_own_keeps_all_its_words_and_its_examples(plain) -> None:  # noqa: ANN001
    found = _bullet_causes(plain, ["handling frozen food, like fish or ice cream"])
    assert "handling frozen food" in found and "fish" in found and "ice cream" in found
    assert "handling" not in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the reader's states after "happen when you": each a cause, as the conditions after "if you" are
        ("Cluster attacks often happen when you are overheated or short of sleep.",
         [("overheated", "Cluster attacks", "causes"), ("short of sleep", "Cluster attacks", "causes")]),
        ("Flares usually happen when you're run down or have a cold.", [("run down", "Flares", "causes"), ("cold", "Flares", "causes")]),
        ("Headaches can happen when people skip meals or drink too little water.",
         [("skip meals", "Headaches", "causes"), ("drink too little water", "Headaches", "causes")]),
    ],
)
def test_the_states_of_a_when_you_clause_are_causes_each(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected


def test_a_when_clause_about_something_else_stays_whole() -> None:
    assert causes("It happens when the tendon sheath becomes thickened.") == [("tendon sheath becomes thickened", None, "causes")]


def test_examples_after_an_item_with_a_place_are_items_not_places() -> None:
    from extract.claims.grammar import list_items
    from tests.claims.conftest import CUES

    text = "tumours of the pituitary gland, such as prolactinomas, craniopharyngiomas or cysts"
    assert [text[a:b] for a, b in list_items(text, (0, len(text)), CUES, None)][:2] == ["tumours of the pituitary gland", "prolactinomas"]
    places = "weakness in the thumb, index finger and middle finger"  # the places of one finding stay one item
    assert [places[a:b] for a, b in list_items(places, (0, len(places)), CUES, None)] == ["weakness in the thumb"]
