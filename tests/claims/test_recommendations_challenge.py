"""Recommendations on unseen pages (issue 3): a challenge set written for the purpose, in the
registers a medical writer uses (guidelines and abstracts, patient leaflets, clinic pages, news,
questions and answers, forums), about other conditions than any corpus's. Each sentence asserts
the exact claims of tests/gold/CLAIMS_SPEC.md: action (subject), for whom / in which situation
(object), alternative (instead_of), strength and direction (against); and what must not be a
recommendation at all."""

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.recommendations import recommendations

CUES = load_relation_cues()


def recs(sentence: str) -> list[tuple]:
    def g(span):  # noqa: ANN001, ANN202
        return sentence[span[0] : span[1]] if span else None

    return [(g(m.subject), g(m.object), g(m.instead_of), m.strength, m.against) for m in recommendations(sentence, CUES)]


GUIDELINES_AND_ABSTRACTS = [
    # who recommends is not whom it is for; the role ("as first-line therapy") is not the action
    ("We recommend metformin as first-line therapy for adults with type 2 diabetes.",
     [("metformin", "adults with type 2 diabetes", None, "should", False)]),
    ("The panel recommends annual eye exams for all people with diabetes.",
     [("annual eye exams", "people with diabetes", None, "should", False)]),
    ("Statin therapy is recommended for adults aged 40 to 75 with diabetes.",
     [("Statin therapy", "adults aged 40 to 75 with diabetes", None, "should", False)]),
    ("Pulmonary rehabilitation should be offered to all patients with COPD after an exacerbation.",
     [("Pulmonary rehabilitation", "patients with COPD after an exacerbation", None, "should", False)]),
    ("Surgery should be reserved for patients who do not respond to medication.",
     [("Surgery", "patients who do not respond to medication", None, "should", False)]),
    ("Routine antibiotic prophylaxis is not recommended in acute pancreatitis.",
     [("Routine antibiotic prophylaxis", "acute pancreatitis", None, "should", True)]),
    # an age is no alternative ("over 70")
    ("Aspirin is not recommended for people over 70 without heart disease.",
     [("Aspirin", "people over 70 without heart disease", None, "should", True)]),
    ("Low-dose aspirin may be considered for women at high risk of pre-eclampsia.",
     [("Low-dose aspirin", "women at high risk of pre-eclampsia", None, "may", False)]),
    ("Antibiotics must not be used to treat viral bronchitis.", [("Antibiotics", None, None, "must", True)]),
    ("We recommend against the routine use of opioids for chronic headache.",
     [("routine use of opioids for chronic headache", None, None, "should", True)]),
    # grading labels: the label is no advice; a weak (conditional) grade makes it 'may'
    ("Grade A recommendation: Offer folic acid supplements to all women planning a pregnancy.",
     [("folic acid supplements", "women planning a pregnancy", None, "should", False)]),
    ("Strong recommendation: adults with hypertension should reduce their sodium intake.",
     [("reduce their sodium intake", "adults with hypertension", None, "should", False)]),
    ("Weak recommendation: melatonin may be offered to older adults with insomnia.",
     [("melatonin", "older adults with insomnia", None, "may", False)]),
    ("Conditional recommendation: clinicians should offer tai chi to adults with knee osteoarthritis.",
     [("tai chi", "adults with knee osteoarthritis", None, "may", False)]),
    ("Do not offer antibiotics to people with a simple cold.",
     [("antibiotics", "people with a simple cold", None, "should", True)]),
    # the care giver is the subject: what is given, not the clinicians, is the action
    ("Clinicians should consider cognitive behavioural therapy before prescribing sleeping tablets.",
     [("cognitive behavioural therapy", None, "prescribing sleeping tablets", "should", False)]),
    ("In conclusion, physiotherapists should offer balance training to older people who have fallen.",
     [("balance training", "older people who have fallen", None, "should", False)]),
    ("Conclusions: Early mobilisation should be considered after hip fracture surgery.",
     [("Early mobilisation", None, None, "should", False)]),
    ("Patients should be advised to avoid driving for 24 hours.",
     [("avoid driving for 24 hours", "Patients", None, "should", True)]),  # "avoid": against
    ("Regular exercise is strongly recommended for people with type 2 diabetes.",
     [("Regular exercise", "people with type 2 diabetes", None, "should", False)]),
    ("Antibiotics are not needed for most sore throats.", [("Antibiotics", "sore throats", None, "should", True)]),
    ("Physical therapy should be the first option for most people with neck pain.",
     [("Physical therapy", "people with neck pain", None, "should", False)]),
    ("Children under 2 should not be given cough medicine.", [("cough medicine", "Children under 2", None, "should", True)]),
    # the alternative without its purpose or situation
    ("Paracetamol is preferred over ibuprofen in late pregnancy.", [("Paracetamol", "late pregnancy", "ibuprofen", "should", False)]),
]

LEAFLETS = [
    ("It's a good idea to check your blood sugar before you drive.",  # a time clause, no alternative
     [("check your blood sugar", None, None, "should", False)]),
    ("Try to walk for 30 minutes most days.", [("walk for 30 minutes most days", None, None, "may", False)]),
    ("Make sure you finish the whole course of antibiotics.", [("finish the whole course of antibiotics", None, None, "should", False)]),
    ("It helps to raise the head of your bed if you get heartburn at night.",
     [("raise the head of your bed", "you get heartburn at night", None, "may", False)]),
    ("Don't scratch the spots, as this can leave scars.", [("scratch the spots", None, None, "should", True)]),
    ("You'll need to use the cream twice a day for two weeks.",
     [("use the cream twice a day for two weeks", None, None, "should", False)]),
    ("Aim for 7 hours of sleep a night.", [("Aim for 7 hours of sleep a night", None, None, "should", False)]),
    ("Keep your feet warm and dry.", [("Keep your feet warm and dry", None, None, "should", False)]),
    ("Avoid caffeine after midday.", [("caffeine after midday", None, None, "should", True)]),
    ("Cut down on alcohol if you have gout.", [("Cut down on alcohol", "you have gout", None, "should", False)]),
    ("Ask your pharmacist about nicotine patches.", [("Ask your pharmacist about nicotine patches", None, None, "should", False)]),
    ("Never give aspirin to children under 16.", [("give aspirin to children under 16", None, None, "must", True)]),
    # two things advised against: one recommendation each (CLAIMS_SPEC.md, session 15)
    ("If you are pregnant, avoid soft cheeses and pâté.", [("soft cheeses", "you are pregnant", None, "should", True),
                                                          ("pâté", "you are pregnant", None, "should", True)]),
    ("Choose water instead of sugary drinks.", [("Choose water", None, "sugary drinks", "should", False)]),
    ("Use a moisturiser rather than soap to wash your skin.", [("Use a moisturiser", None, "soap", "should", False)]),
    ("Try to lose weight if you are overweight, as this takes pressure off your knees.",
     [("lose weight", "you are overweight", None, "may", False)]),
    ("Stop taking the tablets and see a doctor straight away if you get a rash.",
     [("Stop taking the tablets", None, None, "should", False), ("see a doctor straight away", None, None, "should", False)]),
    ("Cold compresses can help, but never put ice directly on the skin.",
     [("put ice directly on the skin", None, None, "must", True)]),
    ("Most people with asthma can take ibuprofen safely, but check with your pharmacist first.",
     [("check with your pharmacist first", None, None, "should", False)]),
    ("You should always read the label before giving medicine to a child.",
     [("read the label", None, "giving medicine to a child", "should", False)]),
    ("Women who are pregnant should not take isotretinoin.", [("take isotretinoin", "Women who are pregnant", None, "should", True)]),
    # a noun phrase that names the advice, the action after "is (to)"
    ("The best thing you can do is to stay active.", [("stay active", None, None, "should", False)]),
    ("The most important thing is to keep the wound clean and dry.", [("keep the wound clean and dry", None, None, "should", False)]),
    ("The best way to prevent flu is to get vaccinated every year.", [("get vaccinated every year", None, None, "should", False)]),
    ("Hand washing is the best way to prevent the spread of norovirus.", [("Hand washing", None, None, "should", False)]),
]

CLINIC_PAGES = [
    ("Seek urgent care when your reliever inhaler is not helping.",
     [("Seek urgent care", "reliever inhaler is not helping", None, "should", False)]),
    ("Go to A&E if you have sudden weakness on one side of your face.",
     [("Go to A&E", "you have sudden weakness on one side of your face", None, "should", False)]),
    ("Please see a GP if your cough lasts more than three weeks.",
     [("see a GP", "cough lasts more than three weeks", None, "should", False)]),
    # whom to call when care is needed, even the clinic itself
    ("Call us if you notice any bleeding after your procedure.",
     [("Call us", "you notice any bleeding after your procedure", None, "should", False)]),
    ("Call us straight away if your wound becomes red or starts to leak.",
     [("Call us straight away", "wound becomes red or starts to leak", None, "should", False)]),
]

NEWS = [
    ("Experts advise people with high blood pressure to cut their salt intake.",
     [("cut their salt intake", "people with high blood pressure", None, "should", False)]),
    ("Doctors urge parents to vaccinate their children against measles.",
     [("vaccinate their children against measles", "parents", None, "should", False)]),
    ("Health officials are urging anyone over 50 to get the shingles vaccine.",
     [("get the shingles vaccine", "anyone over 50", None, "should", False)]),
    ("Guidelines now say that people with mild asthma should use a combination inhaler as needed.",
     [("use a combination inhaler as needed", "people with mild asthma", None, "should", False)]),
    ("The new guidance says adults should cut their sugar intake to 30 g a day.",
     [("cut their sugar intake to 30 g a day", "adults", None, "should", False)]),
    ("The agency now recommends that all adults aged 50 and older get the shingles vaccine.",
     [("get the shingles vaccine", "adults aged 50 and older", None, "should", False)]),
    ("Parents are advised not to give honey to babies under one year.",
     [("give honey to babies under one year", "Parents", None, "should", True)]),
    ("Dentists recommend brushing twice a day with fluoride toothpaste.",
     [("brushing twice a day with fluoride toothpaste", None, None, "should", False)]),
    ("Nurses advise patients with a catheter to drink plenty of fluids.",
     [("drink plenty of fluids", "patients with a catheter", None, "should", False)]),
]

QUESTIONS_AND_FORUMS = [
    ("Yes, you should keep exercising, but avoid high-impact sports.",
     [("keep exercising", None, None, "should", False), ("avoid high-impact sports", None, None, "should", True)]),
    ("No, keep taking your inhaler unless your doctor tells you otherwise.",
     [("keep taking your inhaler", None, None, "should", False)]),
    ("Q: Can I swim with a verruca? A: Yes, but cover it with a waterproof plaster.",
     [("cover it with a waterproof plaster", None, None, "should", False)]),
    ("Your best bet is to see a dermatologist.", [("see a dermatologist", None, None, "should", False)]),
    ("My advice would be to get it checked.", [("get it checked", None, None, "should", False)]),
    ("I would suggest trying a lower dose first.", [("trying a lower dose first", None, None, "should", False)]),
    ("If I were you, I'd ask for a referral to a rheumatologist.",
     [("ask for a referral to a rheumatologist", None, None, "should", False)]),
    ("We'd recommend seeing your GP if the mole changes shape.", [("seeing your GP", "mole changes shape", None, "should", False)]),
]

# a course of action judged by its predicate: a recommendation against it (or for it)
JUDGED_ACTIONS = [
    ("Stopping antidepressants suddenly is a mistake.", [("Stopping antidepressants suddenly", None, None, "should", True)]),
    ("Skipping insulin doses is dangerous.", [("Skipping insulin doses", None, None, "should", True)]),
    ("Taking antibiotics for a cold is pointless.", [("Taking antibiotics for a cold", None, None, "should", True)]),
    ("Prescribing opioids before trying physiotherapy is like putting the cart before the horse.",
     [("Prescribing opioids", None, None, "should", True)]),
    ("Ordering a knee scan before anyone has examined the knee is a waste of money.",
     [("Ordering a knee scan", None, None, "should", True)]),
    ("Starting physiotherapy early is the best way to recover from a frozen shoulder.",
     [("Starting physiotherapy early", None, None, "should", False)]),
    ("Using a spacer with your inhaler is a good idea.", [("Using a spacer with your inhaler", None, None, "should", False)]),
]

# population, strength and direction
POPULATION_AND_STRENGTH = [
    ("Adults over 65 should have a flu jab every autumn.", [("have a flu jab every autumn", "Adults over 65", None, "should", False)]),
    ("Everyone aged 6 months and older should get a flu vaccine every year.",
     [("get a flu vaccine every year", "Everyone aged 6 months and older", None, "should", False)]),
    ("For adults over 65, the pneumococcal vaccine is recommended.", [("pneumococcal vaccine", "adults over 65", None, "should", False)]),
    ("People with coeliac disease should avoid foods that contain gluten.",
     [("foods that contain gluten", "People with coeliac disease", None, "should", True)]),
    ("Anyone with chest pain should call an ambulance immediately.",
     [("call an ambulance immediately", "Anyone with chest pain", None, "should", False)]),
    ("You must not drive for six weeks after a stroke.", [("drive for six weeks after a stroke", None, None, "must", True)]),
    ("You may want to use a humidifier at night.", [("use a humidifier at night", None, None, "may", False)]),
    ("Compression stockings can be considered for people with varicose veins.",
     [("Compression stockings", "people with varicose veins", None, "may", False)]),
    ("Surgery is an option for people whose symptoms do not improve.",
     [("Surgery", "people whose symptoms do not improve", None, "may", False)]),
    ("People at high risk should be offered a statin.", [("statin", "People at high risk", None, "should", False)]),
]


# a second round, written before running the extractor on it (any register, any condition)
SECOND_ROUND = [
    ('Adults with persistent asthma should use an inhaled corticosteroid every day.',
     [('use an inhaled corticosteroid every day', 'Adults with persistent asthma', None, 'should', False)]),
    ('Beta-blockers are no longer recommended as first-line treatment for high blood pressure.',
     [('Beta-blockers', None, None, 'should', True)]),
    ('The guideline advises that people with chronic kidney disease avoid NSAIDs.',
     [('avoid NSAIDs', 'people with chronic kidney disease', None, 'should', True)]),
    ('Vitamin K should be given to all newborn babies.',
     [('Vitamin K', 'newborn babies', None, 'should', False)]),
    ('Pregnant women should be screened for gestational diabetes between 24 and 28 weeks.',
     [('screened for gestational diabetes between 24 and 28 weeks', 'Pregnant women', None, 'should', False)]),
    ('Bisphosphonates should be offered to postmenopausal women with osteoporosis.',
     [('Bisphosphonates', 'postmenopausal women with osteoporosis', None, 'should', False)]),
    ('Topical NSAIDs are recommended before oral NSAIDs for hand osteoarthritis.',
     [('Topical NSAIDs', 'hand osteoarthritis', 'oral NSAIDs', 'should', False)]),
    ('Physicians must document the reason for prescribing antibiotics.',
     [('document the reason for prescribing antibiotics', 'Physicians', None, 'must', False)]),
    ('Testosterone therapy is not advised for men with normal testosterone levels.',
     [('Testosterone therapy', 'men with normal testosterone levels', None, 'should', True)]),
    ('Cognitive behavioural therapy is the first-line treatment for chronic insomnia.', []),  # a treatment claim only (session 13)
    ('Drink at least two litres of water a day to prevent kidney stones.',
     [('Drink at least two litres of water a day', None, None, 'should', False)]),
    ('Wash your hands after touching the rash.',
     [('Wash your hands after touching the rash', None, None, 'should', False)]),
    ('Keep the affected area clean and dry.',
     [('Keep the affected area clean and dry', None, None, 'should', False)]),
    ('Get plenty of rest and drink lots of fluids.',
     [('Get plenty of rest', None, None, 'should', False), ('drink lots of fluids', None, None, 'should', False)]),
    ("Don't share towels with someone who has impetigo.",
     [('share towels with someone who has impetigo', None, None, 'should', True)]),
    ('Be careful not to overdo it in the first few weeks.',
     [('overdo it in the first few weeks', None, None, 'should', True)]),
    ('You should try to avoid foods that trigger your symptoms.',
     [('foods that trigger your symptoms', None, None, 'should', True)]),
    ('Always wear a helmet when cycling.',
     [('wear a helmet', 'cycling', None, 'must', False)]),
    ('If your symptoms get worse, see your GP.',
     [('see your GP', 'symptoms get worse', None, 'should', False)]),
    ("It's important to keep moving, even if it hurts a little.",
     [('keep moving', None, None, 'should', False)]),
    ('Doctors now recommend that children with a peanut allergy carry two adrenaline pens.',
     [('carry two adrenaline pens', 'children with a peanut allergy', None, 'should', False)]),
    ('Scientists warn that people should not rely on supplements alone.',
     [('rely on supplements alone', 'people', None, 'should', True)]),
    ('The health service is urging people with diabetes to get their feet checked every year.',
     [('get their feet checked every year', 'people with diabetes', None, 'should', False)]),
    ('Patients with heart failure should weigh themselves every morning.',
     [('weigh themselves every morning', 'Patients with heart failure', None, 'should', False)]),
    ('Wearing compression socks on long flights is sensible if you have had a blood clot.',
     [('Wearing compression socks on long flights', 'you have had a blood clot', None, 'should', False)]),
    ('Drinking alcohol while taking this medicine is not a good idea.',
     [('Drinking alcohol while taking this medicine', None, None, 'should', True)]),
    ('We suggest that hydroxychloroquine not be used for COVID-19.',
     [('hydroxychloroquine', 'COVID-19', None, 'should', True)]),
    ('Iron supplements should be taken on an empty stomach.',
     [('Iron supplements', None, None, 'should', False)]),
    ('Stretching before exercise is not necessary for most people.',
     [('Stretching before exercise', 'people', None, 'should', True)]),
    ('Consider a referral to a specialist if the child is not growing.',
     [('referral to a specialist', 'child is not growing', None, 'may', False)]),
    # under a negated imperative "or" lists what not to do: each is advised against (session 27)
    ('Do not drive or operate machinery if this medicine makes you drowsy.',
     [('drive', 'medicine makes you drowsy', None, 'should', True),
      ('operate machinery', 'medicine makes you drowsy', None, 'should', True)]),
    ('Patients are encouraged to report any side effects to their pharmacist.',
     [('report any side effects to their pharmacist', 'Patients', None, 'should', False)]),
    ('Anyone bitten by a dog should have the wound checked by a nurse.',
     [('have the wound checked by a nurse', 'Anyone bitten by a dog', None, 'should', False)]),
    ('Brushing your teeth right after vomiting is a bad idea.',
     [('Brushing your teeth right after vomiting', None, None, 'should', True)]),
]


# a fifth round, written blind: forums and news ("Honestly, just ...", "are warned not to", "call for")
FIFTH_ROUND = [
    ('Honestly, just get it looked at by a physio.',
     [('get it looked at by a physio', None, None, 'should', False)]),
    ("I'd definitely recommend getting a second opinion.",
     [('getting a second opinion', None, None, 'should', False)]),
    ("Whatever you do, don't stop your meds cold turkey.",
     [('stop your meds cold turkey', None, None, 'should', True)]),
    ('You really should get that mole checked.',
     [('get that mole checked', None, None, 'should', False)]),
    ('Researchers recommend that people with migraine keep a headache diary.',
     [('keep a headache diary', 'people with migraine', None, 'should', False)]),
    ('New guidelines call for earlier screening for colon cancer.',
     [('earlier screening for colon cancer', None, None, 'should', False)]),
    ('Patients are warned not to mix the drug with alcohol.',
     [('mix the drug with alcohol', 'Patients', None, 'should', True)]),
    ('Parents should never shake a baby.',
     [('shake a baby', 'Parents', None, 'must', True)]),
    ('Pregnant women should avoid hot tubs.',
     [('hot tubs', 'Pregnant women', None, 'should', True)]),
    ('Consider asking your doctor about a sleep study.',
     [('asking your doctor about a sleep study', None, None, 'may', False)]),
    ('If possible, avoid driving at night.',
     [('driving at night', None, None, 'should', True)]),
]

# a fourth round, written blind: 'it is recommended that', needs of people, listed subjects, gerund alternatives
FOURTH_ROUND = [
    ('It is recommended that adults with asthma receive a flu vaccine every year.',
     [('receive a flu vaccine every year', 'adults with asthma', None, 'should', False)]),
    ('It is recommended that metformin be stopped before surgery.',
     [('metformin', None, None, 'should', True)]),
    ("It's important that you finish all your antibiotics.",
     [('finish all your antibiotics', None, None, 'should', False)]),
    ('Current guidelines advise against routine knee arthroscopy for degenerative knee disease.',
     [('routine knee arthroscopy for degenerative knee disease', None, None, 'should', True)]),
    ('Guidelines recommend a trial of physiotherapy before surgery is considered.',
     [('trial of physiotherapy', None, 'surgery', 'should', False)]),
    ('All patients with type 1 diabetes need insulin.',
     [('insulin', 'patients with type 1 diabetes', None, 'should', False)]),
    ('Anyone who has been bitten by a bat needs a rabies vaccine.',
     [('rabies vaccine', 'Anyone who has been bitten by a bat', None, 'should', False)]),
    ('People with sickle cell disease are advised to drink plenty of water.',
     [('drink plenty of water', 'People with sickle cell disease', None, 'should', False)]),
    ('You need to see a doctor if the rash spreads.',
     [('see a doctor', 'rash spreads', None, 'should', False)]),
    ('Rest, ice, compression and elevation are recommended in the first 48 hours.',
     [('Rest', 'first 48 hours', None, 'should', False), ('ice', 'first 48 hours', None, 'should', False), ('compression', 'first 48 hours', None, 'should', False), ('elevation', 'first 48 hours', None, 'should', False)]),
    ('Take your statin at night, as it works best then.',
     [('Take your statin at night', None, None, 'should', False)]),
    ('Use sunscreen and wear a hat.',
     [('Use sunscreen', None, None, 'should', False), ('wear a hat', None, None, 'should', False)]),
    ('Limit alcohol to 14 units a week.',
     [('Limit alcohol to 14 units a week', None, None, 'should', False)]),
    ('Keep your inhaler with you at all times.',
     [('Keep your inhaler with you at all times', None, None, 'should', False)]),
    ('Wait at least 48 hours before returning to sport.',
     [('Wait at least 48 hours', None, 'returning to sport', 'should', False)]),
    ('Sleeping on your back is not advised in late pregnancy.',
     [('Sleeping on your back', 'late pregnancy', None, 'should', True)]),
]

# a third round, also written blind: abstracts' conclusions, guideline populations, judged courses of action
THIRD_ROUND = [
    ('Conclusion: Early surgery should be offered to patients with severe aortic stenosis.',
     [('Early surgery', 'patients with severe aortic stenosis', None, 'should', False)]),
    ('Our findings support the routine use of tranexamic acid in hip replacement.',
     [('tranexamic acid', 'hip replacement', None, 'may', False)]),
    ('Clinicians are advised to check kidney function before starting metformin.',
     [('check kidney function', None, 'starting metformin', 'should', False)]),
    ('Treatment with antivirals should begin within 72 hours of rash onset.',
     [('Treatment with antivirals', None, None, 'should', False)]),
    ('Screening is recommended every three years for women aged 25 to 49.',
     [('Screening', 'women aged 25 to 49', None, 'should', False)]),
    ('Supplementation with vitamin D is not routinely recommended for healthy adults.',
     [('Supplementation with vitamin D', 'healthy adults', None, 'should', True)]),
    ('Physiotherapy is recommended over rest for patients with whiplash injury.',
     [('Physiotherapy', 'patients with whiplash injury', 'rest', 'should', False)]),
    ('In patients with atrial fibrillation, anticoagulation is strongly recommended.',
     [('anticoagulation', 'patients with atrial fibrillation', None, 'should', False)]),
    ('For children with croup, a single dose of dexamethasone is recommended.',
     [('single dose of dexamethasone', 'children with croup', None, 'should', False)]),
    ('Do not use antibiotics to treat a cold or flu.',
     [('use antibiotics to treat a cold or flu', None, None, 'should', True)]),
    ('Wear loose clothing made from natural fabrics.',
     [('Wear loose clothing made from natural fabrics', None, None, 'should', False)]),
    ('Avoid lying flat for two hours after meals.',
     [('lying flat for two hours after meals', None, None, 'should', True)]),
    ('See your doctor straight away if you cough up blood.',
     [('See your doctor straight away', 'you cough up blood', None, 'should', False)]),
    ('Use an emollient cream several times a day, even when your skin looks clear.',
     [('Use an emollient cream several times a day', None, None, 'should', False)]),
    ('Never leave a child alone in the bath.',
     [('leave a child alone in the bath', None, None, 'must', True)]),
    ("It's best to avoid sunbathing between 11am and 3pm.",
     [('sunbathing between 11am and 3pm', None, None, 'should', True)]),
    ('It is essential to take the full course of tuberculosis treatment.',
     [('take the full course of tuberculosis treatment', None, None, 'must', False)]),
    ('You should not stop taking warfarin without talking to your doctor.',
     [('stop taking warfarin without talking to your doctor', None, None, 'should', True)]),
    ('The charity recommends that carers take regular breaks.',
     [('take regular breaks', 'carers', None, 'should', False)]),
    ('Campaigners urge men over 50 to get their prostate checked.',
     [('get their prostate checked', 'men over 50', None, 'should', False)]),
    ('A daily walk is a great way to manage stress.',
     [('daily walk', None, None, 'should', False)]),
    ('Cutting out caffeine altogether is rarely necessary.',
     [('Cutting out caffeine altogether', None, None, 'should', True)]),
    ('Getting a second opinion before major surgery is always wise.',
     [('Getting a second opinion before major surgery', None, None, 'should', False)]),
    ('Going back to work gradually is often the best approach.',
     [('Going back to work gradually', None, None, 'should', False)]),
    ('Exercise should be avoided during a flare of gout.',
     [('Exercise', None, None, 'should', True)]),
    ('Stop using the cream if your skin becomes irritated.',
     [('Stop using the cream', 'skin becomes irritated', None, 'should', False)]),
    ('Ask for help if you feel low for more than two weeks.',
     [('Ask for help', 'you feel low for more than two weeks', None, 'should', False)]),
    ('Opioids should only be used as a last resort for chronic pain.',
     [('Opioids', 'chronic pain', None, 'should', True)]),
]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    FIFTH_ROUND + FOURTH_ROUND + THIRD_ROUND + SECOND_ROUND + GUIDELINES_AND_ABSTRACTS + LEAFLETS + CLINIC_PAGES + NEWS + QUESTIONS_AND_FORUMS + JUDGED_ACTIONS + POPULATION_AND_STRENGTH,
)
def test_recommendation_challenge(sentence: str, expected: list[tuple]) -> None:
    assert recs(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # marketing calls to action and website furniture
        "Book an appointment today.",
        "Call 555-0134 to schedule your visit.",
        "Call us if you would like to book an appointment.",
        "Contact us if you have any questions about your surgery.",
        "Sign up for our newsletter to get healthy living tips.",
        "Schedule your free hearing test online.",
        "Follow us on Facebook for more asthma tips.",
        "Take the first step toward a pain-free life.",
        "Discover how our dermatologists can help.",
        "Request a callback from our friendly team.",
        "Download our free guide to living with psoriasis.",
        "Click here to learn more about cataract surgery.",
        # what a study did, found or asks for
        "Participants were randomised to receive either metformin or placebo.",
        "Patients in the intervention group were advised to walk for 30 minutes a day.",
        "In the trial, patients were told to take the drug twice daily.",
        "We treated 40 patients with topical steroids for four weeks.",
        "The aim of this study was to assess whether yoga reduces back pain.",
        "These results suggest that yoga may reduce back pain.",
        "The authors recommend larger trials to confirm the findings.",
        "Researchers should investigate this further.",
        "There is insufficient evidence to recommend vitamin D supplements for preventing falls.",
        # questions without answers, labels, aims
        "Should I take vitamin C for a cold?",
        "What should you do if you miss a dose?",
        "Level of evidence: moderate.",
        "The goal of treatment is to reduce pain and improve function.",
        # conditional statements of fact, expected courses, judged conditions (not actions)
        "If blood sugar drops too low, the person may become confused.",
        "If you have diabetes, your risk of heart disease is higher.",
        "The rash should clear up within 10 days.",
        "Metformin should lower blood sugar within a few weeks.",
        "You should have received a letter with your appointment time.",
        "Untreated diabetes is dangerous.",
        "Bleeding after surgery is dangerous.",
        "High blood pressure is a silent killer.",
        "This treatment should not be confused with laser therapy.",
        # narratives and reports of what others did
        "Doctors recommended surgery, but she refused.",
        "Many people wonder whether they should stop eating dairy.",
        "Our surgeons have performed over 2,000 hip replacements.",
        "Don't let arthritis stop you from enjoying your garden.",  # marketing reassurance
        "Share this page with a friend.",
        "Call for our free brochure today.",
        "A small percentage of patients will need a second operation.",  # how often, not advice
        "Stones that are too large to pass need treatment in hospital.",  # what things need
        'Doctors say there is no need to avoid dairy if you have a cold.',
        'Patients often ask whether they should stop running.',
        'The nurse will show you how to use your inhaler.',
        'You will be asked to fast for six hours before the test.',
        'A healthy diet can help prevent heart disease.',
        'Many people find yoga helpful for back pain.',
    ],
)
def test_what_is_no_recommendation_challenge(sentence: str) -> None:
    assert recs(sentence) == []


# ---- lists of things to avoid: each bullet item is a recommendation against it ----------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Foods to avoid", True),
        ("Things to avoid", True),
        ("Try to avoid:", True),
        ("Triggers to avoid include:", True),
        ("Don'ts", True),
        ("Don\u2019t:", True),
        ("What to avoid if you have a cold sore", False),  # a heading over prose, too long a lead
        ("Symptoms to watch for", False),
        ("How to avoid a migraine?", False),
        ("Avoidance of triggers", False),
    ],
)
def test_avoid_lead(line: str, expected: bool) -> None:
    from extract.claims.lists import avoid_lead

    assert avoid_lead(line, CUES) is expected


def page_recommendations(nlp, text: str) -> list[tuple]:  # noqa: ANN001
    from extract.pipeline import make_doc

    doc = nlp(make_doc(nlp, text, "doc_recs"))
    return [(c.action.text, c.strength, c.against) for c in doc._.claims if c.type == "recommendation"]


IBS_PAGE = """Irritable bowel syndrome: living with it

Symptoms
- bloating
- stomach cramps

Foods to avoid
- fizzy drinks, sweets and biscuits
- fatty fried food

What helps
- Eat regular meals and take time to eat.
- Drink at least 8 cups of fluid a day.

What to bring to your appointment
- a list of your medicines
- a food diary
"""


def test_items_under_things_to_avoid_are_recommendations_against_them(plain) -> None:  # noqa: ANN001
    assert page_recommendations(plain, IBS_PAGE) == [
        ("fizzy drinks", "should", True),
        ("sweets", "should", True),
        ("biscuits", "should", True),
        ("fatty fried food", "should", True),
        ("Eat regular meals", "should", False),
        ("take time to eat", "should", False),
        ("Drink at least 8 cups of fluid a day", "should", False),
    ]  # symptoms and what to bring are no advice


ANKLE_PAGE = """Sprained ankle: looking after yourself

Do
- rest your ankle for the first 2 to 3 days
- wrap a bag of frozen peas in a towel and hold it on the ankle
- elevate your ankle on a pillow

Don't
- walk long distances on it
- do not put ice directly on your skin

To get back to sport safely you should:
- strengthen the muscles around the ankle
- wear a brace on the ankle for the first few months

Get medical help if you:
- cannot put any weight on your foot
- feel numbness in your toes
"""


def test_do_and_dont_lists_and_advice_lead_ins(plain) -> None:  # noqa: ANN001
    assert page_recommendations(plain, ANKLE_PAGE) == [
        ("rest your ankle", "should", False),  # a phrase cut by the word limit ends before its last preposition
        ("wrap a bag of frozen peas in a towel", "should", False),  # a lower-case verb under "Do"
        ("elevate your ankle on a pillow", "should", False),
        ("walk long distances", "should", True),  # an imperative under "Don't" is advised against
        ("put ice directly on your skin", "should", True),
        ("strengthen the muscles around the ankle", "should", False),  # under "you should:"
        ("wear a brace on the ankle", "should", False),
        ("Get medical help", "should", False),  # the lead-in is advice; its bullets are warning signs, no advice
    ]
