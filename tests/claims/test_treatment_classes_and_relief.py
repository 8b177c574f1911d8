"""Treatments named by what they are an example of, by what they relieve, or by a head the claim finder shared with the
figure finder only (issue 3, session 14): the class before "such as" ("Benzodiazepines such as diazepam"), the subject
of a verb of relief whose object is a finding ("Warm baths ease the stiffness"), and coordinated items whose head is a
common class ("Simple analgesics and NSAIDs are used for ...", "Beta-blockers").

Every text here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from extract.claims.cues import intervention_word, load_relation_cues
from extract.pipeline import make_doc

CUES = load_relation_cues()


def treatments(nlp, text: str) -> list[str]:  # noqa: ANN001
    doc = nlp(make_doc(nlp, "A test page\n\n" + text, "doc_treatment_classes"))
    return [c.intervention.text for c in doc._.claims if c.type == "treatment"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anticonvulsants such as carbamazepine are often used for the facial pain.", ["Anticonvulsants", "carbamazepine"]),
        ("Mood stabilisers such as lithium are sometimes added.", ["Mood stabilisers", "lithium"]),
        ("Herbal remedies such as valerian are widely sold for poor sleep.", ["Herbal remedies", "valerian"]),
    ],
)
def test_the_class_of_a_named_example_is_a_treatment_too(nlp, text, expected):
    assert treatments(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Some conditions, such as lupus, can make the rash worse.",  # a condition class names no intervention
        "Ask what else may help, including physiotherapy.",  # a verb before the cue, no class
        "You can learn exercises to do at home, such as wall push-ups.",  # a place, no class
    ],
)
def test_no_class_where_the_phrase_before_the_cue_names_no_intervention(nlp, text):
    got = treatments(nlp, text)
    assert not any(t.lower() in {"conditions", "some conditions", "help", "at home", "home"} for t in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Warm baths ease the stiffness in the morning.", ["Warm baths"]),
        ("Deep, soft slippers reduce pressure on the sore toe.", ["soft slippers"]),
        ("Cold flannels relieved the itching in most children.", ["Cold flannels"]),
    ],
)
def test_what_relieves_a_finding_is_a_treatment(nlp, text, expected):
    assert treatments(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Loud music reduces blood flow to the fingers.",  # no finding relieved
        "Losing weight can noticeably reduce the pain.",  # the adverb is no subject
        "Older people often improve their sleep by walking.",  # who improves, not what
        "Brimonidine gel, which narrows blood vessels and reduces redness, is applied once a day.",
    ],
)
def test_no_relief_subject_that_names_no_intervention(nlp, text):
    got = treatments(nlp, text)
    assert not any(t.lower() in {"loud music", "noticeably", "older people", "narrows blood vessels"} for t in got)


def test_coordinated_class_heads_are_items_of_their_own(nlp):
    assert treatments(nlp, "Simple painkillers and NSAIDs are used for flares.") == ["Simple painkillers", "NSAIDs"]
    assert intervention_word("beta-blockers", CUES) or intervention_word("blockers", CUES)
    assert intervention_word("orthoses", CUES) and intervention_word("splints", CUES) and intervention_word("nsaids", CUES)


@pytest.mark.parametrize(
    "text",
    [
        "Alcohol also makes treatment harder to stick to.",  # a verb and its object
        "We tailor treatment to your goals.",
        "Most people can finish treatment at home.",
        "Routine treatment is not needed for a small cyst.",  # a generic head with a non-specific modifier
        "A stepped approach works best.",
    ],
)
def test_a_generic_head_after_a_verb_or_a_vague_modifier_names_no_treatment(nlp, text):
    assert treatments(nlp, text) == []


def test_a_generic_head_with_a_specific_modifier_stays_a_treatment(nlp):
    assert treatments(nlp, "We offer laser treatment and light therapy.") == ["laser treatment", "light therapy"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("If your blood count is low, you may be given folic acid or vitamin B12 injections.", ["folic acid", "vitamin B12 injections"]),
        ("Children who keep getting ear infections are given a grommet as well.", ["grommet"]),
    ],
)
def test_what_a_person_is_given_is_a_treatment(nlp, text, expected):
    assert treatments(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "You will be given a leaflet to take home.",  # a leaflet is no care
        "You may be given an appointment within two weeks.",
    ],
)
def test_what_a_person_is_given_that_is_no_care_is_no_treatment(nlp, text):
    assert treatments(nlp, text) == []


def test_it_ranked_among_treatments_after_a_named_intervention_is_a_treatment(nlp):
    text = "Tranexamic acid tablets reduce heavy bleeding. It is the most effective treatment for heavy periods without a hormone."
    assert treatments(nlp, text) == ["Tranexamic acid tablets", "It"]
    assert treatments(nlp, "Steroid tablets ease the swelling. It is important to take them with food.") == ["Steroid tablets"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("You could try to:\n- drink more water, which can help ease the stinging", ["water"]),  # "more" is no part of its name
        ("You could try to:\n- wear soft insoles, which may ease pressure on the ball of the foot", ["soft insoles"]),
    ],
)
def test_an_advised_action_that_says_what_it_does_is_a_treatment_too(nlp, text, expected):
    assert treatments(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "You could try to:\n- see your pharmacist, which can help",  # whom to see, and no effect named
        "You could try to:\n- keep a diary of your symptoms",  # no effect said
    ],
)
def test_advice_without_an_effect_or_with_a_carer_is_no_treatment(nlp, text):
    assert treatments(nlp, text) == []


def test_getting_better_without_an_intervention_names_the_conservative_course(nlp):
    assert treatments(nlp, "Most children with the condition can be managed without an operation.") == ["without an operation"]


def test_what_eases_a_sore_or_itchy_part_is_a_treatment(nlp):
    assert treatments(nlp, "Sucking ice chips can ease a sore mouth.") == ["Sucking ice chips"]
    assert treatments(nlp, "Antihistamine tablets can soothe itchy skin.") == ["Antihistamine tablets"]
