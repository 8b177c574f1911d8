"""Recommendations of general constructions (issue 3): advice after a conjunction-opened condition or
a label, coordinated actions advised for and against, adjectives joined by a comma inside an action,
and the word "needs" that is a noun or explains advice. Sentences written for these tests, about
other conditions than the development corpora's."""

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.recommendations import recommendations

CUES = load_relation_cues()


def advice(sentence: str) -> list[tuple[str, bool]]:
    return [(sentence[m.subject[0] : m.subject[1]], m.against) for m in recommendations(sentence, CUES)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a condition fronted after an opening conjunction: the imperative after its comma
        ("And if your ankle gives way when you walk, see a physiotherapist, because balance training helps.",
         [("see a physiotherapist", False)]),
        # a label of a few words without a verb before the imperative
        ("The pharmacist's advice for travellers: pack your inhaler in your hand luggage.",
         [("pack your inhaler in your hand luggage", False)]),
        # a second action advised against after "and do not"
        ("Avoid salty snacks after dinner, and do not lie down within an hour of eating.",
         [("salty snacks after dinner", True), ("lie down within an hour of eating", True)]),
        # a second action after an "avoid" whose object alone is the action
        ("Avoid long flights and wear compression socks.", [("long flights", True), ("wear compression socks", False)]),
        # a verb and its pronoun object is an action of its own
        ("Clean the wound, dry it, and cover it with a dressing.",
         [("Clean the wound", False), ("dry it", False), ("cover it with a dressing", False)]),
        # two adjectives of one noun joined by a comma stay in the action
        ("You should follow a low-fat, high-fibre diet and avoid fizzy drinks.",
         [("follow a low-fat, high-fibre diet", False), ("avoid fizzy drinks", True)]),
        # an urgent appointment is care to seek, not a booking
        ("Urgent advice: Ask for an urgent appointment if your vision suddenly gets worse.",
         [("Ask for an urgent appointment", False)]),
    ],
)
def test_advice_of_general_constructions(sentence: str, expected: list) -> None:
    assert advice(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "We will find a lens that suits your needs before your operation.",  # "needs": a noun
        "Book an appointment with our team today.",  # a booking, not care
    ],
)
def test_no_advice(sentence: str) -> None:
    assert advice(sentence) == []


def test_a_reason_clause_explains_the_advice_it_follows() -> None:
    got = advice("If you wake gasping at night, see your doctor, because sleep apnoea needs different treatment.")
    assert got == [("see your doctor", False)]


def test_a_class_and_its_examples_before_a_treatment_verb_are_each_a_claim() -> None:
    from extract.claims.relations import find_relations

    sentence = "Painkillers such as paracetamol can ease the pain of a sprain."
    found, _ = find_relations(sentence, CUES)
    got = [(sentence[m.subject[0] : m.subject[1]], m.relation) for m in found if m.kind == "treatment"]
    assert got == [("Painkillers", "ease the pain of a sprain"), ("paracetamol", "ease the pain of a sprain")]


def test_a_class_named_again_with_a_demonstrative_is_no_new_treatment() -> None:
    from extract.claims.treatments import incidental_intervention

    sentence = "Keep your follow-up visits if you take a biologic, as these drugs need regular blood tests."
    start = sentence.index("drugs")
    assert incidental_intervention(sentence, (start, start + len("drugs")), CUES) == "classifier"
    start = sentence.index("biologic")
    assert incidental_intervention(sentence, (start, start + len("biologic")), CUES) is None


def test_what_a_plan_covers_for_a_condition_is_a_treatment(plain) -> None:  # noqa: ANN001
    from extract.pipeline import make_doc

    page = ("Psoriasis\n\nMost insurance plans cover light therapy and biologic injections for plaque psoriasis.\n\n"
            "Your plan covers:\n- Narrowband UVB sessions\n- Methotrexate tablets\n")
    doc = plain(make_doc(plain, page, "doc_cover"))
    got = [(c.intervention.text, c.condition.text if c.condition else None) for c in doc._.claims if c.type == "treatment"]
    assert got == [("light therapy", "plaque psoriasis"), ("biologic injections", "plaque psoriasis"),
                   ("Narrowband UVB sessions", None), ("Methotrexate tablets", None)]


def test_bullets_under_an_aim_are_advice_not_risks(plain) -> None:  # noqa: ANN001
    from extract.pipeline import make_doc

    page = ("Athlete's foot\n\nIt often comes back. To lower the chance of it returning:\n"
            "- dry between your toes after washing\n- change your socks every day\n- wear sandals in shared showers\n")
    doc = plain(make_doc(plain, page, "doc_aim"))
    assert [c.type for c in doc._.claims] == ["recommendation"] * 3
    assert [c.action.text for c in doc._.claims] == [
        "dry between your toes after washing", "change your socks every day", "wear sandals in shared showers"]


def test_examples_of_where_an_action_applies_are_no_advice_of_their_own() -> None:
    assert advice("Move the joints near the wound, such as the knee or hip, so they do not get stiff.") == [
        ("Move the joints near the wound", False)]
    # examples of what to take are advice each (the foods of dev5's "Eat iron-rich foods such as ..."), alternatives
    # joined by "or" too (dev29's gold: "Give plenty of fluids, such as water or ice lollies": water, ice lollies)
    assert [a for a, _ in advice("Drink fluids such as water or milk.")][1:] == ["water", "milk"]


@pytest.mark.parametrize(
    "sentence, word, reason",
    [
        ("You may need to stay in hospital and have fluids through a drip.", "drip", "classifier"),  # the route
        ("Your surgeon may advise keyhole surgery to remove your appendix (laparoscopic appendicectomy).",
         "laparoscopic appendicectomy", "classifier"),  # its other name in brackets
        ("Prior authorization is required for knee replacement surgery.", "knee replacement surgery", "logistics"),  # paperwork
        ("Some clinics charge 400 dollars per injection.", "injection", "logistics"),  # a price
    ],
)
def test_interventions_named_but_not_claimed(sentence: str, word: str, reason: str) -> None:
    from extract.claims.treatments import incidental_intervention

    others = [(sentence.index(w), sentence.index(w) + len(w)) for w in ("fluids", "keyhole surgery") if w in sentence]
    start = sentence.index(word)
    assert incidental_intervention(sentence, (start, start + len(word)), CUES, [], others) == reason


def test_interventions_denied_to_cure_are_negated_treatment_claims(plain) -> None:  # noqa: ANN001
    from extract.pipeline import make_doc

    page = ("Tinnitus\n\nThere are no tablets or supplements that can cure tinnitus.\n\n"
            "No diet has been shown to prevent gout attacks.\n\nNo single drug works for everyone.\n")
    doc = plain(make_doc(plain, page, "doc_no_cure"))
    got = [(c.intervention.text, c.condition.text if c.condition else None, c.assertion.negated) for c in doc._.claims if c.type == "treatment"]
    assert got == [("tablets", "tinnitus", True), ("supplements", "tinnitus", True), ("diet", "gout attacks", True)]


def test_what_may_be_enough_to_help_is_a_treatment() -> None:
    from extract.claims.relations import find_relations

    sentence = "For mild tennis elbow, steroid injections are often enough to ease the pain."
    found, _ = find_relations(sentence, CUES)
    assert [(sentence[m.subject[0] : m.subject[1]], m.relation) for m in found if m.kind == "treatment"] == [
        ("steroid injections", "ease the pain")]
