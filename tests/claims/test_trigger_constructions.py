"""Causes of unseen pages in genres the development corpora have few of (issue 3: patient forums,
charity pages, pharmacy FAQs): trigger lists after a passive lead-in ("Flare-ups are often set off
by:"), risk bullets that keep their "you" ("You are more likely to get it if:" / "you have X"),
"can also be linked to", "X always makes it worse", and the states that make a condition worse
("worse when you are stressed or tired"), which are causes, not descriptions of a symptom.

Every page is written for these tests, about conditions the development corpora do not cover;
each asserts the exact cause and symptom claims made without linking, and what must not be found.
"""

import pytest

from tests.claims.conftest import causes
from tests.claims.test_complications_and_risk_lists import claims


def test_trigger_bullets_after_a_passive_lead_in(plain) -> None:  # noqa: ANN001
    page = "Eczema flare-ups\n\nFlare-ups are often set off by:\n\n- perfumed soap\n- woollen clothes\n- house dust mites\n"
    assert claims(plain, page) == [
        ("cause", "perfumed soap", None, "causes"),
        ("cause", "woollen clothes", None, "causes"),
        ("cause", "house dust mites", None, "causes"),
    ]


def test_made_worse_by_lead_in(plain) -> None:  # noqa: ANN001
    page = "Psoriasis can be made worse by:\n\n- an injury to the skin\n- smoking\n"
    assert claims(plain, page) == [("cause", "injury to the skin", None, "causes"), ("cause", "smoking", None, "causes")]


def test_risk_bullets_that_keep_their_you(plain) -> None:  # noqa: ANN001
    page = "You are more likely to get gallstones if:\n\n- you are overweight\n- you have diabetes\n- you're over 40\n"
    assert claims(plain, page) == [
        ("cause", "overweight", None, "risk_factor"),
        ("cause", "diabetes", None, "risk_factor"),
        ("cause", "over 40", None, "risk_factor"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Symptoms are often worse when you are stressed or tired.",
         [("stressed", "Symptoms", "causes"), ("tired", "Symptoms", "causes")]),
        ("I noticed my eczema is much worse when I'm run down.", [("run down", "my eczema", "causes")]),
        ("The itching can get worse when you are hot.", [("hot", "itching", "causes")]),
        ("Wine always makes it worse for me.", [("Wine", "it", "causes")]),
    ],
)
def test_what_makes_a_condition_worse_is_a_cause(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected


def test_can_be_linked_to_with_the_page_condition_on_the_left() -> None:
    def gout(text: str) -> bool:
        return text.lower() == "gout"

    assert causes("Gout can also be linked to a diet high in purines.", condition=gout) == [
        ("diet high in purines", "Gout", "associated_with")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The pain is worse at night.",  # a time, how the pain behaves
        "The pain is worse when you walk.",  # an activity that shows it, not a state of the person
        "The rash is worse than it was last week.",
    ],
)
def test_how_a_symptom_behaves_is_no_cause(sentence: str) -> None:
    assert causes(sentence) == []


def test_worse_when_you_are_states_no_symptom_description(plain) -> None:  # noqa: ANN001
    assert claims(plain, "Hives\n\nThe itching is worse when you are warm.\n") == [("cause", "warm", "itching", "causes")]


def test_the_short_form_of_the_page_condition_names_it(plain) -> None:  # noqa: ANN001
    page = ("Irritable bowel syndrome\n\nIrritable bowel syndrome (IBS) is a common condition of the gut.\n\n"
            "Because of this, IBS often causes bloating and tiredness.\n")
    assert claims(plain, page) == [("symptom", "bloating", "IBS", None), ("symptom", "tiredness", "IBS", None)]


def test_a_complication_s_definition_is_no_symptom(plain) -> None:  # noqa: ANN001
    page = ("Gastro-oesophageal reflux disease (GORD)\n\nUntreated GORD can lead to oesophagitis, an inflammation of the "
            "lining of the oesophagus.\n")
    assert claims(plain, page) == [("cause", "Untreated GORD", "oesophagitis", "causes")]


def test_the_nouns_that_open_a_things_that_list_are_validated_cue_data(tmp_path) -> None:  # noqa: ANN001
    import json

    from extract.claims.cues import CueFileError, load_relation_cues

    cues = load_relation_cues()
    assert causes("Foods that can trigger gout include red meat, seafood and beer.") == [
        ("red meat", "gout", "causes"), ("seafood", "gout", "causes"), ("beer", "gout", "causes")]
    assert "foods" in cues.cause_list_nouns
    raw = json.loads(cues.model_dump_json())
    raw["cause_list_nouns"].append(" things ")
    path = tmp_path / "relations.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(CueFileError, match="cause_list_nouns"):
        load_relation_cues(str(path))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the examples of an aside between the subject and its verb are causes too
        ("Bleeding from the bowel, for example from a stomach ulcer or taking anti-inflammatory painkillers, can lead to anaemia.",
         [("stomach ulcer", "anaemia", "causes"), ("taking anti-inflammatory painkillers", "anaemia", "causes"),
          ("Bleeding from the bowel", "anaemia", "causes")]),
        ("Poor posture, for example slouching at a desk, can cause neck pain.",
         [("slouching at a desk", "neck pain", "causes"), ("Poor posture", "neck pain", "causes")]),
        # a vague subject ("some foods") is named by its examples only
        ("Some foods, such as cheese and chocolate, can trigger migraines.",
         [("cheese", "migraines", "causes"), ("chocolate", "migraines", "causes")]),
    ],
)
def test_examples_in_an_aside_before_the_verb(sentence: str, expected: list) -> None:
    assert causes(sentence) == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # symptoms told in the first person, as in forum posts
        ("Earache\n\nFor two weeks I've had a sharp pain in my left ear.\n", [("symptom", "sharp pain in my left ear", None, None)]),
        ("Earache\n\nI have had a dull ache behind the ear.\n", [("symptom", "dull ache behind the ear", None, None)]),
        ("Migraine\n\nI also get a bit dizzy now and then.\n", [("symptom", "dizzy", None, None)]),
        ("Migraine\n\nI get anxious and low when it's bad.\n", [("symptom", "anxious", None, None), ("symptom", "low", None, None)]),
        # "get" + an adjective of the finding named after it: the finding, not the adjective alone
        ("Raynaud's\n\nYou get cold hands.\n", [("symptom", "cold hands", None, None)]),
        # what was had that is no finding
        ("Vertigo\n\nI have had a hearing test.\n", []),
    ],
)
def test_first_person_symptoms(plain, page: str, expected: list) -> None:  # noqa: ANN001
    assert claims(plain, page) == expected


def test_modifiers_of_one_head_in_a_symptom_bullet_are_one_symptom(plain) -> None:  # noqa: ANN001
    page = "Thyroid eye disease\n\nSymptoms include:\n\n- dry, gritty, irritated eyes\n- a fast or pounding heartbeat\n- double vision\n"
    assert claims(plain, page) == [
        ("symptom", "dry, gritty, irritated eyes", None, None),
        ("symptom", "fast or pounding heartbeat", None, None),
        ("symptom", "double vision", None, None),
    ]


@pytest.mark.parametrize(
    ("sentence", "cause", "effect"),
    [
        ("Caffeine can make symptoms worse.", "Caffeine", "symptoms"),
        ("Sunburn, which can make psoriasis much worse, should be avoided.", None, "psoriasis"),
        ("Alcohol always makes it worse for me.", "Alcohol", "it"),
        ("Complete silence makes the ringing seem louder.", "Complete silence", "ringing"),
        ("Stress makes tinnitus louder.", "Stress", "tinnitus"),
    ],
)
def test_a_comparative_of_worsening_is_not_part_of_the_effect(plain, sentence: str, cause, effect: str) -> None:  # noqa: ANN001
    """"X makes Y worse": what worsens is Y (the comparative, and a link verb or intensifier before
    it, add nothing to what Y names); "X makes Y more painful" keeps its comparative (it names the pain)."""
    claims = [c for c in plain(sentence)._.claims if c.type == "cause"]
    assert claims, sentence
    effects = {c.effect.text for c in claims if c.effect is not None}
    assert effects == {effect}, effects
    if cause is not None:
        assert {c.cause.text for c in claims} == {cause}


def test_an_effect_comparative_must_be_a_cause_comparative(tmp_path) -> None:  # noqa: ANN001
    """A comparative the effect drops that 'X makes Y ...' does not know is a data error named on load."""
    import json

    from extract.claims.cues import CueFileError, load_relation_cues

    raw = json.loads(load_relation_cues().model_dump_json())
    raw["effect_comparatives"].append("greener")
    path = tmp_path / "relations.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(CueFileError, match="effect_comparatives"):
        load_relation_cues(str(path))
