"""Recommendations of constructions unseen pages use (issue 3), in sentences and pages written for
the purpose about conditions no corpus covers: the people a guideline refers ("should be referred
urgently"), a second infinitive of one advice ("advised to X and to Y"), the bullets a clinician of
the reader's may recommend (a treatment and a recommendation each, CLAIMS_SPEC.md), imperative
bullets without a full stop, and the bullets that complete a lead-in's clause (what a care team will
do, what the reader may notice), which give no advice."""

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.lists import advised_lead_strength
from extract.claims.component import completed_clause_lead
from extract.claims.recommendations import recommendations

CUES = load_relation_cues()


def recs(sentence: str) -> list[tuple]:
    def g(span):  # noqa: ANN001, ANN202
        return sentence[span[0] : span[1]] if span else None

    return [(g(m.subject), g(m.object), m.strength, m.against) for m in recommendations(sentence, CUES)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a referral of people is the advice itself, with how or where, for them
        ("Adults presenting with a red painful eye should be referred urgently to ophthalmology.",
         [("referred urgently to ophthalmology", "Adults presenting with a red painful eye", "should", False)]),
        ("Children with a suspected foreign body in the ear should be referred to an ENT clinic the same day.",
         [("referred to an ENT clinic the same day", "Children with a suspected foreign body in the ear", "should", False)]),
        ("Women reporting postmenopausal bleeding should be referred for a pelvic ultrasound scan.",
         [("referred for a pelvic ultrasound scan", "Women reporting postmenopausal bleeding", "should", False)]),
        # a purpose infinitive after a comma is no second action
        ("People presenting with sudden loss of hearing should be referred urgently, to be assessed within 24 hours.",
         [("referred urgently", "People presenting with sudden loss of hearing", "should", False)]),
        # what is offered to people stays the thing offered
        ("Men with nocturia should be offered a bladder diary.",
         [("bladder diary", "Men with nocturia", "should", False)]),
    ],
)
def test_people_referred_or_offered(sentence: str, expected: list[tuple]) -> None:
    assert recs(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Patients with a detached retina in one eye should be advised to check the other eye daily and to seek help at once if "
         "floaters appear.",
         [("check the other eye daily", "Patients with a detached retina in one eye", "should", False),
          ("seek help at once", "Patients with a detached retina in one eye", "should", False)]),
        ("We advise you to keep the foot dry and to avoid walking barefoot in changing rooms.",
         [("keep the foot dry", None, "should", False), ("avoid walking barefoot in changing rooms", None, "should", True)]),
    ],
)
def test_a_second_infinitive_of_the_same_advice_is_an_action_of_its_own(sentence: str, expected: list[tuple]) -> None:
    assert recs(sentence) == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("If drops alone do not control the pressure, your ophthalmologist may recommend:", "may"),
        ("Your GP might suggest:", "may"),
        ("For severe cases, your doctor will usually refer you for:", "should"),
        ("You may be offered:", "may"),
        ("Our doctors may recommend:", None),  # the page's own provider: treatments only
        ("We offer:", None),
        ("The results may suggest:", None),  # no one advises
        ("Treatment options include:", None),
    ],
)
def test_advised_lead_strength(line: str, expected) -> None:  # noqa: ANN001
    assert advised_lead_strength(line, CUES) == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("While you are on the ward, your care team will:", True),
        ("Our physiotherapists may:", True),
        ("In the first few days, you may:", True),
        ("If you have a stye, you might:", True),
        ("Shockwave therapy can help:", True),  # what a treatment does
        ("The benefits of hydrotherapy include:", True),
        ("The goals of treatment are to:", True),
        ("Our services", True),  # a provider's services
        ("What happens during the procedure?", True),  # the steps of care as they happen
        ("How is it done?", True),
        ("After the operation", False),  # aftercare: advice follows
        ("Things that help:", False),  # what helps: advice
        ("Simple habits help:", False),
        ("You can help your skin by:", False),
        ("You can:", False),  # advice
        ("You should:", False),
        ("To ease the itch you can try to:", False),
        ("Symptoms include:", False),
    ],
)
def test_completed_clause_lead(line: str, expected: bool) -> None:
    assert completed_clause_lead(line, CUES) is expected


def page_claims(nlp, text: str, kind: str) -> list[tuple]:  # noqa: ANN001
    from extract.pipeline import make_doc

    doc = nlp(make_doc(nlp, text, "doc_advised"))
    out = []
    for c in doc._.claims:
        if c.type == kind == "recommendation":
            out.append((c.action.text, c.strength, c.against))
        elif c.type == kind == "treatment":
            out.append(c.intervention.text)
    return out


TENNIS_TOE_PAGE = """Ingrown toenail

Symptoms
If you have an ingrown toenail, you may:
- Feel pain along the edge of the toe
- Notice swelling and redness around the nail

Treatment
If soaking and trimming have not helped, your podiatrist may recommend:
- Partial nail avulsion under local anaesthetic
- Phenol applied to the nail bed to stop the edge growing back

While you are at the clinic, our team will:
- Clean the toe and numb it with an injection
- Give you a dressing to wear for a few days

Preventing it coming back
Simple habits help:
- Cut your nails straight across
- Wear shoes that leave room for your toes
- Wash and dry your feet every day
"""


def test_advised_bullets_imperative_items_and_completed_clauses(plain) -> None:  # noqa: ANN001
    assert page_claims(plain, TENNIS_TOE_PAGE, "recommendation") == [
        # the reader's clinician may recommend it: a recommendation too, of the intervention the bullet names ("Phenol
        # applied to the nail bed", its purpose "to stop the edge growing back" no part of it since session 26)
        ("Partial nail avulsion under local anaesthetic", "may", False),
        ("Phenol applied to the nail bed", "may", False),
        ("Cut your nails straight across", "should", False),  # an imperative bullet without a full stop
        ("Wear shoes that leave room for your toes", "should", False),
        ("Wash and dry your feet every day", "should", False),
    ]  # "you may: Feel pain ..." are symptoms and "our team will: Clean the toe ..." is care given: no advice


def test_advised_bullets_stay_treatments(plain) -> None:  # noqa: ANN001
    treatments = page_claims(plain, TENNIS_TOE_PAGE, "treatment")
    assert "Partial nail avulsion under local anaesthetic" in treatments


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # two things advised against or advised, joined by "and": one recommendation each, the first with the verb
        ("Avoid fizzy drinks and strong cheese; choose still water instead.",
         [("fizzy drinks", None, "should", True), ("strong cheese", None, "should", True),
          ("choose still water", None, "should", False)]),
        ("Try to cut back on chocolate and red wine.",
         [("cut back on chocolate", None, "may", False), ("red wine", None, "may", False)]),
        ("Keep the bedroom warm and avoid damp rooms and cold draughts near the bed.",
         [("Keep the bedroom warm", None, "should", False), ("avoid damp rooms", None, "should", True),
          ("cold draughts", None, "should", True)]),
        # not two things: adjectives of one, alternatives, a place, two verbs, a clause, body parts, amounts
        ("Avoid salty and smoked foods.", [("salty and smoked foods", None, "should", True)]),
        ("Wear gloves or mittens outdoors.", [("Wear gloves or mittens outdoors", None, "should", False)]),
        ("Wear sandals in saunas and steam rooms.", [("Wear sandals in saunas and steam rooms", None, "should", False)]),
        ("Wash and dry the stump every day.", [("Wash and dry the stump every day", None, "should", False)]),
        ("Make sure crutches and frames are the right height.",
         [("Make sure crutches and frames are the right height", None, "should", False)]),
    ],
)
def test_two_objects_of_one_advice(sentence: str, expected: list[tuple]) -> None:
    assert recs(sentence) == expected


def test_variants_of_a_procedure_coordinated_over_its_head(plain) -> None:  # noqa: ANN001
    text = ("Outcomes did not differ between open and arthroscopic repair.\n"
            "Most patients with severe arthritis are offered a partial or total knee replacement.\n"
            "We offer new and existing treatments.\n")
    assert page_claims(plain, text, "treatment") == ["open", "arthroscopic repair", "partial", "total knee replacement",
                                                     "existing treatments"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a clinician of the reader's may offer: a recommendation of strength may (and a treatment, below)
        ("Your optician may offer a patch for the lazy eye.", [("patch for the lazy eye", None, "may", False)]),
        ("A hand therapist may offer a thumb splint.", [("thumb splint", None, "may", False)]),
        # the page's own provider, a service, the writer: treatments only
        ("We may offer a steroid injection.", []),
        ("Our audiologists can offer hearing aids.", []),
        ("The foot clinic may offer orthotic insoles.", []),
        # "may be recommended": the thing recommended, for whom
        ("Surgery may be recommended for children with recurrent tonsillitis.",
         [("Surgery", "children with recurrent tonsillitis", "may", False)]),
        ("If the cyst keeps coming back, an operation may be recommended.",
         [("operation", "cyst keeps coming back", "may", False)]),
    ],
)
def test_offered_by_a_clinician_and_may_be_recommended(sentence: str, expected: list[tuple]) -> None:
    assert recs(sentence) == expected


def test_what_a_clinician_may_offer_is_a_treatment_too(plain) -> None:  # noqa: ANN001
    assert page_claims(plain, "Your dentist may offer a mouthguard.", "treatment") == ["mouthguard"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("I'd suggest soaking the foot in warm water first.", [("soaking the foot in warm water first", None, "may", False)]),
        # two verbs of one object: one advice against
        ("Try not to scratch or rub the rash.", [("scratch or rub the rash", None, "should", True)]),
        # a lead-in that counts the items after its colon is no advice of its own
        ("I'd suggest a few simple steps:", []),
        ("We recommend these habits:", []),
    ],
)
def test_suggestions_and_lead_ins(sentence: str, expected: list[tuple]) -> None:
    assert recs(sentence) == expected


def test_capitalised_gerund_bullets_under_a_means_lead_in(plain) -> None:  # noqa: ANN001
    page = ("You can lower your chance of another flare by:\n"
            "* Cutting down on red meat\n"
            "* Losing weight gradually and keeping active\n")
    assert page_claims(plain, page, "recommendation") == [
        ("Cutting down on red meat", "may", False), ("Losing weight gradually", "may", False), ("keeping active", "may", False)]
    assert page_claims(plain, page, "treatment") == []  # advice, not a treatment the bullet claims


def test_restraint_bullets_under_a_treatment_heading_are_advice_not_treatments(nlp) -> None:  # noqa: ANN001
    page = ("Managing dry mouth at home\n"
            "- Limit coffee, cola and alcohol.\n"
            "- Swap sugary sweets for sugar-free gum.\n"
            "- Saliva substitute sprays\n")
    assert page_claims(nlp, page, "treatment") == ["Saliva substitute sprays"]  # linked or not, a named item stays one
    assert [r[0] for r in page_claims(nlp, page, "recommendation")][:4] == ["Limit coffee", "cola", "alcohol", "Swap sugary sweets for sugar-free gum"]


def test_bullets_of_what_a_treatment_does_give_no_advice(plain) -> None:  # noqa: ANN001
    page = ("Hydrotherapy\n"
            "The benefits of hydrotherapy include:\n"
            "- Reduce pain and stiffness\n"
            "- Improve balance\n"
            "\n"
            "Things that help at home:\n"
            "- Take a warm bath before bed\n")
    assert page_claims(plain, page, "recommendation") == [("Take a warm bath", "should", False)]


def test_steps_of_a_procedure_and_errands_of_a_visit_are_no_advice(plain) -> None:  # noqa: ANN001
    page = ("Cataract surgery\n"
            "What happens during the procedure?\n"
            "- Insert a tiny lens through a small cut\n"
            "- Close the eye with a shield\n"
            "\n"
            "Before your appointment\n"
            "- Bring a list of your medicines\n"
            "- Arrange a lift home\n"
            "\n"
            "After the operation\n"
            "- Use your eye drops four times a day\n")
    assert [r[0] for r in page_claims(plain, page, "recommendation")] == ["Use your eye drops four times a day"]


def test_what_a_provider_will_do_under_a_heading_without_colon(plain) -> None:  # noqa: ANN001
    page = ("Our pharmacists will\n"
            "- Check your symptoms\n"
            "- Recommend the right product\n"
            "\n"
            "How to use\n"
            "- Apply a thin layer 5 times a day\n")
    assert [r[0] for r in page_claims(plain, page, "recommendation")] == ["Apply a thin layer 5 times a day"]
