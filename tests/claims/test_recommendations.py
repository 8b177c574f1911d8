"""Recommendations (issue 3): one claim per advice, with its action, population, alternative,
strength and direction. Sentences are about other conditions than the development corpora's."""

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.relations import recommendations

CUES = load_relation_cues()


def recs(sentence: str) -> list[tuple]:
    def g(span):  # noqa: ANN001, ANN202
        return sentence[span[0] : span[1]] if span else None

    return [(g(m.subject), g(m.object), g(m.instead_of), m.strength, m.against) for m in recommendations(sentence, CUES)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # predicate nouns after a copula: the subject is the action
        ("Allopurinol remains the treatment of choice for gout.", [("Allopurinol", "gout", None, "should", False)]),
        ("Prostaglandin eye drops are usually the first-line treatment for open-angle glaucoma.",
         [("Prostaglandin eye drops", "open-angle glaucoma", None, "should", False)]),
        ("For glaucoma, laser surgery should be the last resort.", [("laser surgery", "glaucoma", None, "should", True)]),
        ("At Riverside, we believe steroids should be the last resort, not the first.", [("steroids", None, None, "should", True)]),
        ("For asthma, early use of a spacer is ideal.", [("early use of a spacer", "asthma", None, "should", False)]),
        # care that a condition needs: one claim per item
        ("Severe depression requires close monitoring, psychotherapy and regular follow-up.", [
            ("close monitoring", "Severe depression", None, "should", False),
            ("psychotherapy", "Severe depression", None, "should", False),
            ("regular follow-up", "Severe depression", None, "should", False),
        ]),
        ("Regular eye pressure checks are needed after the operation.", [("Regular eye pressure checks", None, None, "should", False)]),
        # offered / suggested by who gives care; the fronted condition is the situation
        ("If eye drops do not lower the pressure enough, you may be offered a procedure called laser trabeculoplasty.",
         [("laser trabeculoplasty", "eye drops do not lower the pressure enough", None, "may", False)]),
        ("Your doctor may suggest an antiviral medicine such as aciclovir.",
         [("antiviral medicine", None, None, "may", False), ("aciclovir", None, None, "may", False)]),
        ("Antidepressants may be prescribed rather than counselling alone.", [("Antidepressants", None, "counselling alone", "may", False)]),
        # what doctors start with or try first
        ("Our doctors always start with inhaled corticosteroids.", [("start with inhaled corticosteroids", None, None, "must", False)]),
        ("We usually try talking therapy first for mild depression.", [("talking therapy", None, None, "should", False)]),
        # coordinated imperatives, each its own claim and direction
        ("Keep a symptom diary, avoid known triggers, and take your preventer inhaler every day.", [
            ("Keep a symptom diary", None, None, "should", False),
            ("avoid known triggers", None, None, "should", True),
            ("take your preventer inhaler every day", None, None, "should", False),
        ]),
        ("You can usually go back to work and drive after 1 week.",
         [("go back to work", None, None, "may", False), ("drive after 1 week", None, None, "may", False)]),
        # imperatives after a fronted condition, a leading adverb or a dash
        ("If the rash spreads to your eye, see a doctor the same day.",
         [("see a doctor the same day", "rash spreads to your eye", None, "should", False)]),
        ("First, rest the painful joint.", [("rest the painful joint", None, None, "should", False)]),
        ("Unless your vision suddenly gets worse (a warning sign – get seen the same day), use the drops for 4 weeks before deciding on surgery.", [
            ("get seen the same day", None, None, "should", False),
            ("use the drops for 4 weeks", None, "deciding on surgery", "should", False),
        ]),
        ("If you need to use your reliever inhaler more than twice a week, see your doctor.",
         [("see your doctor", "you need to use your reliever inhaler more than twice a week", None, "should", False)]),
        # examples of a recommended class
        ("Take an antihistamine such as cetirizine.",
         [("Take an antihistamine such as cetirizine", None, None, "should", False), ("cetirizine", None, None, "should", False)]),
        # passives: what must be tailored, what should be avoided; a hedge before 'recommend' weakens it
        ("The dose of levothyroxine must be tailored to the patient.", [("dose of levothyroxine", None, None, "must", False)]),
        ("NSAIDs should be avoided in people with kidney disease.", [("NSAIDs", "people with kidney disease", None, "should", True)]),
        ("Doctors may recommend antidepressants.", [("antidepressants", None, None, "may", False)]),
        # a label that is itself advice does not open another one
        ("Drink plenty of water: aim for 2 litres a day.", [("Drink plenty of water", None, None, "should", False)]),
    ],
)
def test_recommendation_patterns(sentence: str, expected: list[tuple]) -> None:
    assert recs(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Some patients with gout may require colchicine.",  # how often, not advice
        "Around 1 in 4 people need another course of antivirals within a year.",
        "The inhaler needs replacing every month.",  # an event of a device
        "If the pump becomes infected, it usually has to be taken out.",
        "'Remission' needs a definition.",  # no care
        "You don't have to live with shingles pain.",  # marketing reassurance
        "There has to be a better way to manage gout.",
        "Now it could be tablets, or at times if we need to things like injections.",  # a condition
        "Further studies are needed to confirm these findings.",  # research, not care
        "These results suggest a role for inflammation in depression.",  # no agent
        "Symptoms often start with a tingling feeling.",
        "Ask about our payment plans!",  # calls to the site's own services
        "Ask Dr. Patel",
        "95% of patients would recommend us to family.",  # a testimonial
        "Visit any pharmacy and you will find dozens of gout remedies.",  # rhetorical
    ],
)
def test_what_is_no_recommendation(sentence: str) -> None:
    assert recs(sentence) == []
