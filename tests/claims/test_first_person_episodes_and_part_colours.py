"""Symptoms told in a first-person account (a run of episodes, weight lost without meaning to, an inability after a
state), the colours and states of one or two body parts, alternatives of what a finding is of, and a noun "experience"
(session 34, gen55).

Sentences are about other conditions than the development corpora's pages, written for these tests.
"""

from extract.claims.cues import load_relation_cues
from extract.claims.lists import bullet_item
from extract.claims.relations import find_relations

CUES = load_relation_cues()


def symptoms(sentence: str, condition=None) -> list[str]:  # noqa: ANN001
    found, _ = find_relations(sentence, CUES, condition=condition)
    return [sentence[m.subject[0] : m.subject[1]] for m in found if m.kind == "symptom"]


def bullet_symptoms(line: str) -> list[str]:
    return [line[m.subject[0] : m.subject[1]] for m in bullet_item(line, "symptom", CUES, None)]


def test_a_run_of_episodes_told_in_the_first_person() -> None:
    assert symptoms("I kept having nosebleeds at school.") == ["nosebleeds at school"]
    assert symptoms("She started having seizures when she was two.") == ["seizures"]
    assert symptoms("Since the accident I get nightmares most nights.") == ["nightmares"]  # less how often they come
    assert symptoms("I get a letter from the clinic most weeks.") == []  # "get" takes findings only


def test_weight_lost_without_meaning_to_is_a_finding() -> None:
    s = "I'd lost nearly 8 kg without trying by the time the GP sent me for tests."
    assert "lost nearly 8 kg without trying" in symptoms(s)
    assert symptoms("I've also lost half a stone without dieting.") == ["lost half a stone without dieting"]
    assert symptoms("I've lost 8 kg since I started running.") == []  # a goal reached, no finding


def test_an_inability_after_a_first_person_state() -> None:
    s = "I felt dizzy and sick and couldn't stand up."
    assert symptoms(s) == ["dizzy", "sick", "couldn't stand up"]
    assert "couldn't wait" not in " ".join(symptoms("I felt better and couldn't wait to go home."))


def test_the_colours_of_one_or_two_parts_of_the_body() -> None:
    assert symptoms("During an attack his fingers and toes may turn white, then blue.") == ["white", "blue"]
    assert symptoms("Your baby's lips may look grey.") == ["grey"]
    assert symptoms("The bread and butter were white.") == []  # no part of the body


def test_states_of_the_nails() -> None:
    assert symptoms("Her nails became brittle and pitted.") == ["brittle", "pitted"]


def test_alternatives_of_what_a_finding_is_of_are_one_finding() -> None:
    assert bullet_symptoms("- a discharge of fluid or pus from the wound") == ["discharge of fluid or pus from the wound"]
    assert bullet_symptoms("- loss of bladder or bowel control") == ["loss of bladder or bowel control"]
    # a finding of its own after "or" stays apart
    assert bullet_symptoms("- shortness of breath or trouble breathing") == ["shortness of breath", "trouble breathing"]


def test_an_experience_after_a_determiner_is_a_noun() -> None:
    assert symptoms("About 1 in 10 people who have a bad experience at the dentist go on to develop a phobia.") == []
    assert symptoms("The patients experience a burning pain.") == ["burning pain"]


def test_a_gerund_with_what_it_acts_on_is_one_finding() -> None:
    assert bullet_symptoms("- avoiding crowds, shops or buses that bring the panic back") == ["avoiding crowds, shops or buses"]
    # a state's gerund before findings of their own stays apart
    assert bullet_symptoms("- feeling sick, dizziness or fainting") == ["feeling sick", "dizziness", "fainting"]


def test_a_pronoun_said_to_be_a_sign_of_a_condition() -> None:
    assert symptoms("These could be signs of a urinary infection.") == ["These"]
    assert "they" in symptoms("Bruises are common, and in a few people they are a sign of a bleeding disorder.")
    # a reason given after advice: the development gold mostly leaves the pronoun out
    assert "these" not in symptoms("See a GP if you have a fever or a rash, as these may be signs of an infection.")


def test_first_person_states_after_an_adverb_or_in_the_perfect() -> None:
    assert symptoms("I also felt really shaky and irritable and couldn't sleep.") == ["shaky", "irritable", "couldn't sleep"]
    assert symptoms("I just felt tired and couldn't enjoy anything.") == ["tired", "couldn't enjoy anything"]
    assert symptoms("I've been exhausted for months.") == ["exhausted"]
    assert symptoms("I've been fine since the operation.") == []  # no state of a finding


def test_a_progressive_state_before_an_inability_in_a_warning() -> None:
    from extract.claims.lists import warning_items

    def signs(text: str) -> list[str]:
        return [text[m.subject[0] : m.subject[1]] for m in warning_items(text, CUES, None, None)]

    assert signs("you're losing weight or can't keep food down") == ["losing weight", "can't keep food down"]
    assert signs("are taking tablets and cannot swallow") == ["cannot swallow"]  # care, no sign


def test_booking_in_with_a_doctor_is_a_care_seeking_lead() -> None:
    s = "Please book in with your GP if you have blood in your poo."
    assert symptoms(s) == ["blood in your poo"]


def test_a_relief_noticed_is_no_finding() -> None:
    assert symptoms("Some patients notice that the itch eases once the blister bursts.") == []
    assert symptoms("Many people notice that the pain goes away when they rest.") == []
    assert symptoms("Some people notice a burning pain.") == ["burning pain"]


def test_a_fronted_group_is_no_item_of_a_listed_subject() -> None:
    s = "In babies, a bulging soft spot and a high-pitched cry can be signs of meningitis."
    assert symptoms(s) == ["bulging soft spot", "high-pitched cry"]


def test_a_fistula_or_an_aneurysm_developed_is_a_complication() -> None:
    # a complication that is a disease of its own is caused (CLAIMS_SPEC.md), not a symptom
    found, _ = find_relations("Around 1 in 10 people with Crohn's disease develop a fistula.", CUES)
    assert [(m.kind, m.relation) for m in found] == [("cause", "causes")]
    assert symptoms("People with Marfan syndrome can develop an aneurysm.") == []
