"""Recommendations (issue 3): one claim per advice, with its action, population, alternative,
strength and direction. Sentences are about other conditions than the development corpora's."""

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.recommendations import recommendations

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
        # ranking a treatment first-line states what treats, no recommendation (CLAIMS_SPEC.md, session 13)
        ("Prostaglandin eye drops are usually the first-line treatment for open-angle glaucoma.", []),
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
        # what is prescribed is the treatment itself, no recommendation (CLAIMS_SPEC.md; every development gold follows it)
        ("Antidepressants may be prescribed rather than counselling alone.", []),
        # what doctors start with or try first
        ("Your doctor will usually start with inhaled corticosteroids.", [("start with inhaled corticosteroids", None, None, "should", False)]),
        # the page's own provider starting with a principle of care advises it (a named intervention is a treatment)
        ("Our physicians always start with the most conservative approach.",
         [("start with the most conservative approach", None, None, "must", False)]),
        # a clinician referring the reader for a test or a procedure
        ("If the lump keeps growing, your GP may refer you for an ultrasound scan.",
         [("ultrasound scan", "lump keeps growing", None, "may", False)]),
        # "Have ..." opening care to get: a test or a check
        ("Have your cholesterol rechecked 3 months after any dose change.",
         [("Have your cholesterol rechecked 3 months", None, None, "should", False)]),
        ("Have an eye test every year.", [("Have an eye test every year", None, None, "should", False)]),
        # a conjunction opening the sentence before the imperative
        ("And don't drive until the numbness has gone.", [("drive", None, None, "should", True)]),
        ("But do not stop your inhaler suddenly.", [("stop your inhaler suddenly", None, None, "should", True)]),
        # every example of a recommended class, up to the next action or a bracket
        ("Eat foods rich in fibre such as oats, beans, lentils, fruit and vegetables.", [
            ("Eat foods rich in fibre such as oats", None, None, "should", False), ("oats", None, None, "should", False),
            ("beans", None, None, "should", False), ("lentils", None, None, "should", False), ("fruit", None, None, "should", False),
            ("vegetables", None, None, "should", False),
        ]),
        ("Take a pain reliever such as paracetamol (up to 8 tablets in 24 hours), or use a cold compress.", [
            ("Take a pain reliever such as paracetamol", None, None, "should", False), ("use a cold compress", None, None, "should", False),
            ("paracetamol", None, None, "should", False),
        ]),
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
        "We usually start with a nasal steroid spray.",  # the page's own provider's practice: a treatment claim
        "Have you had a blood test?",  # a question
        "Have a look at our prices.",  # no care
        "Your blood sugar should start to fall within a week.",  # what to expect, not what to do
    ],
)
def test_what_is_no_recommendation(sentence: str) -> None:
    assert recs(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # any verb opens an imperative, by the English lexicon, not a closed list
        ("Replace your toothbrush every three months.", [("Replace your toothbrush every three months", None, None, "should", False)]),
        ("\u2022 Replace your toothbrush every three months", [("Replace your toothbrush every three months", None, None, "should", False)]),
        ("Clean the cut gently and cover it with a plaster.",
         [("Clean the cut gently", None, None, "should", False), ("cover it with a plaster", None, None, "should", False)]),
        ("Protect your skin from the sun, and see a dermatologist about any mole that changes.", [
            ("Protect your skin from the sun", None, None, "should", False),
            ("see a dermatologist about any mole that changes", None, None, "should", False),
        ]),
        # contrasted imperatives, each its own claim
        ("Swap your fizzy drinks for water, and cut out sweets between meals.",
         [("Swap your fizzy drinks for water", None, "fizzy drinks", "should", False), ("cut out sweets between meals", None, None, "should", False)]),
        ("Keep walking, but shorten your usual route for a while.",
         [("Keep walking", None, None, "should", False), ("shorten your usual route", None, None, "should", False)]),
        # a label the segmenter left in the sentence, an alternative with 'rather than'
        ("Pacing. Spread your chores across the week rather than doing them all at once.",
         [("Spread your chores across the week", None, "doing them all at once", "should", False)]),
        # a fronted condition after a semicolon; a quoted imperative
        ("Mild itching is normal; if the skin turns red and hot, get it checked by a nurse.",
         [("get it checked by a nurse", "skin turns red and hot", None, "should", False)]),
        ('"Replace the lancet after every use," the nurse said.', [("Replace the lancet after every use", None, None, "should", False)]),
        # a condition of several commas, a polite 'please', whom to contact
        ("If the wound weeps, smells or feels hot, please contact your GP surgery the same day.",
         [("contact your GP surgery the same day", "wound weeps, smells or feels hot", None, "should", False)]),
        ("Contact your GP if the swelling spreads.", [("Contact your GP", "swelling spreads", None, "should", False)]),
        # an obligation for the situation of the fronted condition
        ("If you have epilepsy and hold a driving licence, you must inform the licensing agency.",
         [("inform the licensing agency", "you have epilepsy and hold a driving licence", None, "must", False)]),
        # passives and predicates whose subject is the recommended thing, adverbs inside the cue
        ("Antibiotics should only be prescribed after a swab confirms infection.", [("Antibiotics", None, None, "should", False)]),
        ("Codeine is not usually recommended for children under 12.", [("Codeine", "children under 12", None, "should", True)]),
        ("Regular pelvic floor exercises should be encouraged after childbirth.",
         [("Regular pelvic floor exercises", None, None, "should", False)]),
        ("Levothyroxine is the medicine most doctors recommend first.", [("Levothyroxine", None, None, "should", False)]),
        ("Physiotherapy is a good option for most people with a frozen shoulder.",
         [("Physiotherapy", "people with a frozen shoulder", None, "may", False)]),
        # any passive verb (a past form by the lexicon): the subject is what is recommended, unless it names people
        ("Ice should be applied for 20 minutes at a time.", [("Ice", None, None, "should", False)]),
        ("Antibiotics should not be taken for a cold.", [("Antibiotics", None, None, "should", True)]),
        ("Children with a fever should be kept off school.", [("kept off school", "Children with a fever", None, "should", False)]),
        # who receives the care is the subject of the passive
        ("Pregnant women should be offered the whooping cough vaccine.", [("whooping cough vaccine", "Pregnant women", None, "should", False)]),
        # common advisory frames
        ("It's a good idea to keep a headache diary.", [("keep a headache diary", None, None, "should", False)]),
        ("It is a good idea to check your feet every day.", [("check your feet every day", None, None, "should", False)]),
        ("Remember to take your tablets with food.", [("take your tablets with food", None, None, "should", False)]),
        ("Doctors advise against lifting anything heavy for six weeks.",
         [("lifting anything heavy for six weeks", None, None, "should", True)]),
        ("Try not to scratch the blisters.", [("scratch the blisters", None, None, "should", True)]),
        ("Your GP may talk to you about starting a statin.", [("starting a statin", None, None, "may", False)]),
        ("Lower your salt intake.", [("Lower your salt intake", None, None, "should", False)]),  # an adjective as a verb, before its object
        ("Double-check the dose on the label before giving it to a child.",
         [("Double-check the dose on the label", None, "giving it to a child", "should", False)]),  # a compound verb
        ("Go back to the ward or ring 999 if the bleeding starts again.",
         [("Go back to the ward or ring 999", "bleeding starts again", None, "should", False)]),  # alternatives of one advice
        # who is advised is the population; who recommends is not
        ("People with diabetes are encouraged to check their feet daily.",
         [("check their feet daily", "People with diabetes", None, "should", False)]),
        ("The World Health Organization recommends exclusive breastfeeding for six months.",
         [("exclusive breastfeeding for six months", None, None, "should", False)]),
        ("A second operation would be recommended to a patient with a loose implant.",
         [("second operation", "patient with a loose implant", None, "should", False)]),  # 'to' a person, not a verb
        ("It may help to keep a food diary.", [("keep a food diary", None, None, "may", False)]),
        ("You might want to ask about a referral to a continence nurse.",
         [("ask about a referral to a continence nurse", None, None, "may", False)]),
        # negated frames that advise for, and against; typographic apostrophes
        ("Don't forget to take your tablets with you on holiday.",
         [("take your tablets with you on holiday", None, None, "should", False)]),
        ("Do not hesitate to contact your midwife if the baby moves less.",
         [("contact your midwife", "baby moves less", None, "should", False)]),
        ("Don\u2019t take ibuprofen on an empty stomach.", [("take ibuprofen on an empty stomach", None, None, "should", True)]),
        ("Steer clear of alcohol while taking metronidazole.", [("alcohol", None, None, "should", True)]),
        ("Driving is not advisable for 24 hours after sedation.", [("Driving", None, None, "should", True)]),
        ("Bed rest is not a good idea for most back pain.", [("Bed rest", None, None, "should", True)]),
        # people considered for a treatment: the treatment is the action, the people whom it is for
        ("Adults with severe gout should be considered for allopurinol.",
         [("allopurinol", "Adults with severe gout", None, "should", False)]),
        ("Women over 65 should be considered for bone density testing.",
         [("bone density testing", "Women over 65", None, "should", False)]),
        ("Surgery should be considered for patients with persistent symptoms.",
         [("Surgery", "patients with persistent symptoms", None, "should", False)]),
        # what the reader will not need is advised against, a denial between "you" and "need" allowed
        ("If your kidney stones are small, you will usually not need any treatment.",
         [("treatment", "kidney stones are small", None, "should", True)]),
        ("You do not need antibiotics for a cold.", [("antibiotics for a cold", None, None, "should", True)]),
        # a recommended class with examples in an aside: the class and each example, for the same people
        ("Bone scans, such as a DEXA scan, are recommended for women over 65.",
         [("Bone scans", "women over 65", None, "should", False), ("DEXA scan", "women over 65", None, "should", False)]),
        ("Soft foods, like yoghurt or soup, are best for the first few days.",
         [("Soft foods", None, None, "should", False), ("yoghurt", None, None, "should", False), ("soup", None, None, "should", False)]),
        # an adverb of manner or frequency before the imperative's verb, without a comma
        ("Carefully remove the tick with fine-tipped tweezers.", [("remove the tick with fine-tipped tweezers", None, None, "should", False)]),
        ("Only treat people in the household if you find a live louse.",
         [("treat people in the household", "you find a live louse", None, "should", False)]),
        # the subject ranked among the best things to do, or the key to an aim, is advised
        ("Losing weight is one of the best things you can do for knee arthritis.", [("Losing weight", None, None, "should", False)]),
        ("Keeping the skin moisturised is the key to preventing flares.", [("Keeping the skin moisturised", None, None, "should", False)]),
        ("Surgery is one of the best options for large kidney stones.", [("Surgery", "large kidney stones", None, "should", False)]),
        # an emergency number is whom to call
        ("Call 999 if you have chest pain that spreads to your arm.",
         [("Call 999", "you have chest pain that spreads to your arm", None, "should", False)]),
    ],
)
def test_recommendations_in_prose(sentence: str, expected: list[tuple]) -> None:
    assert recs(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Pain that gets worse at night",  # a noun that is also a verb, then a relative clause
        "Over 5,000 procedures performed since 2010.",  # an adverb, not a verb
        "Open surgery leaves a larger scar.",  # an adjective before its noun
        "Complete rest rarely helps.",  # a noun phrase and its verb
        "Load management.",  # a label
        "wake up feeling unrefreshed",  # a lower-case line continuing a lead-in ("see a doctor if you:")
        "Imagine a life without migraines.",  # marketing
        "Call us today to book your free consultation.",
        "Please contact our office for an appointment.",
        "Please ask your nurse if you have any questions.",  # a leaflet's sign-off
        "The study results advise caution.",  # no one who gives care advises
        "Is it safe to exercise with asthma?",
        "Lower back pain affects most adults at some point.",  # an adjective, then a particle-like noun
        "Sleep problems are common in people with depression.",  # a listed verb as a noun, then its verb
        "If you have any questions, please contact the eczema nurse service on 0100 000 0000.",  # a sign-off
        "Call us on 0100 000 0000.",
        "Follow-up visits are every three months.",  # a compound noun
        "Spot the signs of a stroke",  # a heading: no sentence, no list item
        "Picture a tendon as a rope of fibres.",  # a rhetorical imperative
        "It is worth noting that most cases settle within a year.",
        "Please arrive 15 minutes before your scan.",  # clinic logistics
        "If you smoke, drink heavily or are overweight, you are more likely to get gout.",  # verbs of the condition
        # website furniture and marketing, whatever the verb
        "Print this page.",
        "Accept all cookies to continue.",
        "Enter your email address to receive updates.",
        "Reclaim your life from chronic pain.",
        "Pay your bill online.",
        "Transform your life with regenerative medicine.",
        "Experience the difference our specialists make.",
        "Get back to the life you love.",
        "Well-being matters.",
        "When a website promises a cure, ask them what the evidence is.",  # a question for a third party
        "Call the clinic today.",
        # a best thing of a place, a key sign: no advice
        "The best thing about the clinic is its location.",
        "A rash is a key sign of measles.",
        # an adverb before a noun phrase's verb is no imperative
        "Usually symptoms improve within a week.",
        "Early treatment helps.",
        # what the reader may not need is a possibility, not advice against it
        "If your symptoms are mild, you may not need any treatment straight away.",
    ],
)
def test_what_is_no_recommendation_in_prose(sentence: str) -> None:
    assert recs(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a guideline's recommendation of listed things: one recommendation per item (CLAIMS_SPEC.md)
        ("We recommend hepatitis B vaccine and annual influenza vaccine for all adults on dialysis.",
         ["hepatitis B vaccine", "annual influenza vaccine"]),
        ("We recommend against the use of cough syrups and antihistamines in children under six (strong).",
         ["cough syrups", "antihistamines"]),
        # the places of one thing stay one; an imperative's two objects are two (CLAIMS_SPEC.md, session 15)
        ("Surgery on the jaw or tongue is not usually recommended for adults with bruxism.", ["Surgery on the jaw or tongue"]),
        ("Avoid sugary drinks and fruit juice.", ["sugary drinks", "fruit juice"]),
    ],
)
def test_a_recommended_list_of_things_gives_one_recommendation_per_item(sentence: str, expected: list) -> None:
    assert [r[0] for r in recs(sentence)] == expected
