"""Symptom claims as unseen pages state them (issue 3): a challenge set written for these tests.

Every case is a short page (a sentence, a few sentences, a lead-in with its list, a question and
its answer) in the register of a clinic page, a leaflet, an abstract, a news story or a forum
post, about conditions the development corpora do not cover. Each asserts the exact symptom
claims the pipeline makes (symptom text, condition text or None, negated), and the pages that
must give none (advice, causes, risk factors, test results, side effects of a treatment, "no
symptoms"). The pipeline runs without linking, as on a machine without the knowledge base.
"""

import pytest

Claim = tuple[str, "str | None", bool]


def symptom_claims(nlp, text: str) -> list[Claim]:  # noqa: ANN001
    """The page's symptom claims: (symptom, condition or None, negated), in page order."""
    from extract.pipeline import make_doc

    doc = nlp(make_doc(nlp, text, "doc_symptoms"))
    return [
        (c.symptom.text, c.condition.text if c.condition else None, c.assertion.negated)
        for c in doc._.claims
        if c.type == "symptom"
    ]


# ---- "X presents with / manifests as / is marked by / may show up as" ----------------------------

PRESENTS = [
    ("Asthma typically presents with wheezing, breathlessness and a tight chest.",
     [("wheezing", "Asthma", False), ("breathlessness", "Asthma", False), ("tight chest", "Asthma", False)]),
    ("Lupus can manifest as joint pain, a rash across the cheeks and extreme tiredness.",
     [("joint pain", "Lupus", False), ("rash across the cheeks", "Lupus", False), ("extreme tiredness", "Lupus", False)]),
    ("Endometriosis is marked by painful periods and pain during sex.",
     [("painful periods", "Endometriosis", False), ("pain during sex", "Endometriosis", False)]),
    ("Iron deficiency anaemia may show up as pale skin, shortness of breath and heart palpitations.",
     [("pale skin", "Iron deficiency anaemia", False), ("shortness of breath", "Iron deficiency anaemia", False),
      ("heart palpitations", "Iron deficiency anaemia", False)]),
    ("Concussion often shows up as headaches, memory problems and irritability.",
     [("headaches", "Concussion", False), ("memory problems", "Concussion", False), ("irritability", "Concussion", False)]),
    ("In older adults, pneumonia may present as confusion rather than a cough.",
     [("confusion", "pneumonia", False)]),
    ("Gout attacks are marked by sudden joint pain, swelling and redness.",
     [("sudden joint pain", "Gout attacks", False), ("swelling", "Gout attacks", False), ("redness", "Gout attacks", False)]),
    ("The hallmark of psoriasis is raised, scaly patches of skin.",
     [("raised, scaly patches of skin", "psoriasis", False)]),
]


@pytest.mark.parametrize(("text", "expected"), PRESENTS)
def test_a_condition_presenting_with_its_symptoms(plain, text, expected) -> None:  # noqa: ANN001
    assert symptom_claims(plain, text) == expected


# ---- signs: warning signs, signs to look out for, tell-tale signs, the first sign ---------------

SIGNS = [
    ("Warning signs of a stroke include a drooping face, weakness in one arm and slurred speech.",
     [("drooping face", "stroke", False), ("weakness in one arm", "stroke", False), ("slurred speech", "stroke", False)]),
    ("Signs to look out for in meningitis are a stiff neck, a high temperature and a rash that does not fade.",
     [("stiff neck", "meningitis", False), ("high temperature", "meningitis", False), ("rash", "meningitis", False)]),
    ("The tell-tale sign of appendicitis is pain that moves to the lower right side of the abdomen.",
     [("pain that moves to the lower right side of the abdomen", "appendicitis", False)]),
    ("Doctors say the first sign of Parkinson's disease is often a tremor in one hand.",
     [("tremor in one hand", "Parkinson's disease", False)]),
    ("Fatigue, joint pain and a facial rash are often the first signs of lupus.",
     [("Fatigue", "lupus", False), ("joint pain", "lupus", False), ("facial rash", "lupus", False)]),
    ("Look out for these signs of sepsis: slurred speech, extreme shivering and mottled skin.",
     [("slurred speech", "sepsis", False), ("extreme shivering", "sepsis", False), ("mottled skin", "sepsis", False)]),
    ("Signs include a swollen, red and tender calf.",
     [("swollen, red and tender calf", None, False)]),
]


@pytest.mark.parametrize(("text", "expected"), SIGNS)
def test_signs_named_in_prose(plain, text, expected) -> None:  # noqa: ANN001
    assert symptom_claims(plain, text) == expected


# ---- what the patient experiences, notices, describes, complains of, suffers from -------------

EXPERIENCED = [
    ("With glaucoma you might notice patchy blind spots in your side vision and blurred vision.",
     [("patchy blind spots in your side vision", "glaucoma", False), ("blurred vision", "glaucoma", False)]),
    ("People with vertigo often complain of a spinning sensation and loss of balance.",
     [("spinning sensation", "vertigo", False), ("loss of balance", "vertigo", False)]),
    ("Patients with Lyme disease may suffer from fatigue, fever and aching joints.",
     [("fatigue", "Lyme disease", False), ("fever", "Lyme disease", False), ("aching joints", "Lyme disease", False)]),
    ("Many people with fibromyalgia describe a deep, widespread ache and poor sleep.",
     [("deep, widespread ache", "fibromyalgia", False), ("poor sleep", "fibromyalgia", False)]),
    ("Most people with hay fever suffer from sneezing and an itchy nose.",
     [("sneezing", "hay fever", False), ("itchy nose", "hay fever", False)]),
    ("Hypoglycaemia can make you feel shaky, sweaty and confused.",
     [("shaky", "Hypoglycaemia", False), ("sweaty", "Hypoglycaemia", False), ("confused", "Hypoglycaemia", False)]),
]


@pytest.mark.parametrize(("text", "expected"), EXPERIENCED)
def test_what_people_with_a_condition_experience(plain, text, expected) -> None:  # noqa: ANN001
    assert symptom_claims(plain, text) == expected


# ---- abstracts and case reports ---------------------------------------------------------------

ABSTRACTS = [
    ("Patients with community-acquired pneumonia presented with fever, cough and pleuritic chest pain.",
     [("fever", "community-acquired pneumonia", False), ("cough", "community-acquired pneumonia", False),
      ("pleuritic chest pain", "community-acquired pneumonia", False)]),
    ("The most frequent presenting complaints were cough (78%), fever (64%) and dyspnoea (41%).",
     [("cough", None, False), ("fever", None, False), ("dyspnoea", None, False)]),
    ("The most common presenting symptom was headache, followed by vomiting and neck stiffness.",
     [("headache", None, False), ("vomiting", None, False), ("neck stiffness", None, False)]),
    ("A 34-year-old woman presented with right iliac fossa pain and vomiting.",
     [("right iliac fossa pain", None, False), ("vomiting", None, False)]),
    ("Children with bronchiolitis commonly presented with wheeze and poor feeding.",
     [("wheeze", "bronchiolitis", False), ("poor feeding", "bronchiolitis", False)]),
    ("Meniere's disease is characterised by episodes of vertigo, tinnitus and hearing loss.",
     [("episodes of vertigo", "Meniere's disease", False), ("tinnitus", "Meniere's disease", False),
      ("hearing loss", "Meniere's disease", False)]),
]


@pytest.mark.parametrize(("text", "expected"), ABSTRACTS)
def test_presenting_complaints_in_abstracts(plain, text, expected) -> None:  # noqa: ANN001
    assert symptom_claims(plain, text) == expected


# ---- a condition causing or leading to a symptom ------------------------------------------------

PRODUCES = [
    ("Meningitis can cause a severe headache, a stiff neck and sensitivity to light.",
     [("severe headache", "Meningitis", False), ("stiff neck", "Meningitis", False), ("sensitivity to light", "Meningitis", False)]),
    ("Bursitis often causes throbbing pain and swelling over the joint.",
     [("throbbing pain", "Bursitis", False), ("swelling over the joint", "Bursitis", False)]),
]


@pytest.mark.parametrize(("text", "expected"), PRODUCES)
def test_a_condition_producing_symptoms(plain, text, expected) -> None:  # noqa: ANN001
    assert symptom_claims(plain, text) == expected


# ---- populations and negations ----------------------------------------------------------------

POPULATIONS = [
    ("In children, symptoms of asthma include a cough at night and noisy breathing.",
     [("cough at night", "asthma", False), ("noisy breathing", "asthma", False)]),
    ("In babies, signs of meningitis can include a bulging soft spot and floppiness.",
     [("bulging soft spot", "meningitis", False), ("floppiness", "meningitis", False)]),
    ("Hypothyroidism does not usually cause weight loss.",
     [("weight loss", "Hypothyroidism", True)]),
    ("Tendinitis does not cause a fever.",
     [("fever", "Tendinitis", True)]),
]


@pytest.mark.parametrize(("text", "expected"), POPULATIONS)
def test_symptoms_of_a_population_and_denied_symptoms(plain, text, expected) -> None:  # noqa: ANN001
    assert symptom_claims(plain, text) == expected


# ---- examination findings ---------------------------------------------------------------------

EXAMINATION = [
    ("On examination there may be tenderness in the lower right abdomen and a raised temperature.",
     [("tenderness in the lower right abdomen", None, False), ("raised temperature", None, False)]),
    ("Your doctor will listen to your chest and check for crackles, wheezing and a fast heartbeat.",
     [("crackles", None, False), ("wheezing", None, False), ("fast heartbeat", None, False)]),
    ("The physician will examine the joint and look for swelling, warmth and tenderness.",
     [("swelling", None, False), ("warmth", None, False), ("tenderness", None, False)]),
]


@pytest.mark.parametrize(("text", "expected"), EXAMINATION)
def test_findings_an_examination_looks_for(plain, text, expected) -> None:  # noqa: ANN001
    assert symptom_claims(plain, text) == expected


# ---- lists, "Symptoms:" lines, questions and their answers --------------------------------------

LISTS = [
    ("Symptoms: fever, stiff neck, headache, dislike of bright lights.",
     [("fever", None, False), ("stiff neck", None, False), ("headache", None, False), ("dislike of bright lights", None, False)]),
    ("Hypoglycaemia symptoms: trembling, sweating, hunger and blurred vision.",
     [("trembling", "Hypoglycaemia", False), ("sweating", "Hypoglycaemia", False), ("hunger", "Hypoglycaemia", False),
      ("blurred vision", "Hypoglycaemia", False)]),
    ("Symptoms of a urine infection include:\n\n- burning pain\n- needing to pee at night\n- cloudy urine\n",
     [("burning pain", None, False), ("needing to pee at night", None, False), ("cloudy urine", None, False)]),
    ("Signs and symptoms of anaemia\n\n- tiredness and lack of energy\n- shortness of breath\n- pale skin\n",
     [("tiredness and lack of energy", None, False), ("shortness of breath", None, False), ("pale skin", None, False)]),
    ("What does a DVT feel like?\n\nMost people notice throbbing pain in the calf and swelling of one leg.",
     [("throbbing pain in the calf", None, False), ("swelling of one leg", None, False)]),
]


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_symptoms_in_lists_and_answers(plain, text, expected) -> None:  # noqa: ANN001
    assert symptom_claims(plain, text) == expected


# ---- forum and FAQ voices -----------------------------------------------------------------------

FORUM = [
    ("When my blood sugar drops I get a pounding headache and blurred vision.",
     [("pounding headache", None, False), ("blurred vision", None, False)]),
    ("I keep getting a letter from the clinic about my asthma review.", []),
    ("My knee keeps giving way when I walk downstairs.",
     [("knee keeps giving way", None, False)]),
]


@pytest.mark.parametrize(("text", "expected"), FORUM)
def test_first_person_symptoms(plain, text, expected) -> None:  # noqa: ANN001
    assert symptom_claims(plain, text) == expected


# ---- symptoms stated across sentences, named phenomena ----------------------------------------

ACROSS = [
    ("Appendicitis usually begins with pain in the middle of the tummy.",
     [("pain in the middle of the tummy", "Appendicitis", False)]),
    ("Night sweats may also occur.", [("Night sweats", None, False)]),
    ("Another feature of multiple sclerosis is the experience of fatigue that is out of proportion to activity.",
     [("fatigue that is out of proportion to activity", "multiple sclerosis", False)]),
    ("The classic presentation of appendicitis is pain that moves to the lower right abdomen.",
     [("pain that moves to the lower right abdomen", "appendicitis", False)]),
]


@pytest.mark.parametrize(("text", "expected"), ACROSS)
def test_onsets_features_and_named_phenomena(plain, text, expected) -> None:  # noqa: ANN001
    assert symptom_claims(plain, text) == expected


# ---- more registers: leaflets, abstracts, clinic pages -------------------------------------------

MORE = [
    ("In children, symptoms are often a cough at night and noisy breathing.",
     [("cough at night", None, False), ("noisy breathing", None, False)]),
    ("Patients typically present with a painless lump in the neck.", [("painless lump in the neck", None, False)]),
    ("Hashimoto's thyroiditis often shows up as tiredness, weight gain and constipation.",
     [("tiredness", "Hashimoto's thyroiditis", False), ("weight gain", "Hashimoto's thyroiditis", False),
      ("constipation", "Hashimoto's thyroiditis", False)]),
    ("Signs to watch for include confusion, a racing heart and clammy skin.",
     [("confusion", None, False), ("racing heart", None, False), ("clammy skin", None, False)]),
    ("You might notice a lump in your breast or armpit.", [("lump in your breast or armpit", None, False)]),
]


MORE += [
    ("The most common symptom of a stomach ulcer is a burning pain in the middle of the tummy.",
     [("burning pain in the middle of the tummy", "stomach ulcer", False)]),
    ("Common signs of dehydration include feeling thirsty, dark yellow urine and feeling dizzy.",
     [("feeling thirsty", "dehydration", False), ("dark yellow urine", "dehydration", False), ("feeling dizzy", "dehydration", False)]),
    ("Most people with a cold get a sore throat, a blocked nose and sneezing.",
     [("sore throat", "cold", False), ("blocked nose", "cold", False), ("sneezing", "cold", False)]),
    ("Symptoms usually appear 2 to 10 days after infection and include fever, chills and muscle aches.",
     [("fever", None, False), ("chills", None, False), ("muscle aches", None, False)]),
    ("You may have anaemia if you feel tired all the time and look pale.",
     [("tired", "anaemia", False), ("look pale", "anaemia", False)]),
    ("Sufferers often wake up with a dry mouth and a sore throat.", [("dry mouth", None, False), ("sore throat", None, False)]),
    ("Symptoms\n\nFever, chills and a cough that will not go away are the usual signs.",
     [("Fever", None, False), ("chills", None, False), ("cough", None, False)]),
    ("Rosacea mainly affects the face. Symptoms often begin with episodes of flushing, where the skin turns red for a short time.",
     [("episodes of flushing", None, False)]),
    ("What are the symptoms of gallstones?\n\nGallstones often cause no symptoms. But if a stone blocks a duct, you may get "
     "sudden, intense pain in your tummy that lasts 1 to 5 hours.",
     [("sudden, intense pain in your tummy", None, False)]),
    ("Diverticulitis presents most commonly with left lower quadrant pain, fever and leukocytosis.",
     [("left lower quadrant pain", "Diverticulitis", False), ("fever", "Diverticulitis", False), ("leukocytosis", "Diverticulitis", False)]),
    ("Ninety patients with acute cholecystitis were enrolled. Right upper quadrant pain was present in 85% of them.",
     [("Right upper quadrant pain", None, False)]),
    ("Sickle cell disease symptoms include episodes of pain, called sickle cell crises, and tiredness.",
     [("episodes of pain", None, False), ("tiredness", None, False)]),
    ("Heartburn\n\nIt often feels like a burning sensation behind the breastbone.",
     [("burning sensation behind the breastbone", None, False)]),
]

MORE += [
    ("Doctors are warning parents to look out for signs of scarlet fever, including a sandpaper-like rash, a sore throat and a high temperature.",
     [("sandpaper-like rash", "scarlet fever", False), ("sore throat", "scarlet fever", False), ("high temperature", "scarlet fever", False)]),
    ('"I thought it was just a bad cold," she said. "Then I started getting chest pains and I couldn\'t catch my breath."',
     [("chest pains", None, False)]),
    ("The study found that people with long COVID most often reported fatigue, brain fog and breathlessness.",
     [("fatigue", "long COVID", False), ("brain fog", "long COVID", False), ("breathlessness", "long COVID", False)]),
    ("Q: What are the symptoms of hand, foot and mouth disease?\nA: A sore throat, a high temperature and blisters on the hands.",
     [("sore throat", None, False), ("high temperature", None, False), ("blisters on the hands", None, False)]),
    ("Hives appear as raised, itchy welts on the skin.", [("raised, itchy welts on the skin", "Hives", False)]),
    ("Other symptoms of heart failure are swollen ankles and feeling tired.",
     [("swollen ankles", "heart failure", False), ("feeling tired", "heart failure", False)]),
    ("We diagnosed pericarditis in a 40-year-old man who complained of sharp chest pain that improved when he leaned forward.",
     [("sharp chest pain", None, False)]),
    ("Dizziness, ringing in the ears and a feeling of fullness in the ear are typical of Meniere's disease.",
     [("Dizziness", "Meniere's disease", False), ("ringing in the ears", "Meniere's disease", False),
      ("feeling of fullness in the ear", "Meniere's disease", False)]),
]


@pytest.mark.parametrize(("text", "expected"), MORE)
def test_more_registers(plain, text, expected) -> None:  # noqa: ANN001
    assert symptom_claims(plain, text) == expected


# ---- what must not be a symptom claim ---------------------------------------------------------

NOT_SYMPTOMS = [
    "To ease the symptoms of a cold, drink plenty of fluids and rest.",
    "Side effects of metformin include nausea and diarrhoea.",
    "A blood test showed a haemoglobin level of 9 g/dL.",
    "Smoking greatly increases the risk of lung cancer.",
    "Risk factors for DVT include long flights, pregnancy and recent surgery.",
    "Tell your doctor if you notice any new symptoms.",
    "Many people with DVT have no symptoms at all.",
    "Gallstones are often silent and need no treatment.",
    "Early glaucoma usually causes no symptoms.",
    "Eczema often gets worse when the skin is dry.",
    "Your doctor will check your blood pressure and ask about your family history.",
    "Inhalers can relieve wheezing within minutes.",
    "One result of the new guideline is a shorter wait for surgery.",
    "Symptoms of flu and COVID-19 can be hard to tell apart.",
    "Stroke is caused by a blocked or burst blood vessel in the brain.",
    "Drink plenty of water and avoid alcohol during an attack.",
    "Results were presented with 95% confidence intervals.",
    "Data are presented as means and standard deviations.",
    "My toddler keeps getting ear infections.",
    "The nurse will look for your records before the appointment.",
    "It starts with a simple blood test.",
    "Symptoms were assessed at 6 and 12 weeks.",
    "Improvement was seen in 60% of patients after the injection.",
    "You may have to wait longer if you have a cold.",
    "Results are presented as medians with interquartile ranges.",
    "Most patients were asymptomatic at diagnosis.",
    "You won't usually notice any symptoms of high blood pressure.",
    "Taking ibuprofen can cause stomach pain and heartburn.",
    "Possible side effects of the vaccine include a sore arm, headache and tiredness.",
    "Do you suffer from frequent headaches?",
    "Smoking is common in people with schizophrenia.",
    "What are the symptoms of flu?\nVisit our flu clinic page for opening times.",
]


@pytest.mark.parametrize("text", NOT_SYMPTOMS)
def test_advice_causes_tests_and_side_effects_are_no_symptoms(plain, text) -> None:  # noqa: ANN001
    assert symptom_claims(plain, text) == []


# ---- verbs that take a symptom only after a condition --------------------------------------------

NAMED = {"angina", "tinnitus", "pneumonia", "chickenpox", "blood clot in the leg", "lichen simplex", "chronic fatigue syndrome"}


def relation_symptoms(sentence: str) -> list[tuple[str, "str | None"]]:
    """The symptom claims of one sentence, with a stand-in for the linker's knowledge of condition names."""
    from extract.claims.cues import load_relation_cues
    from extract.claims.relations import find_relations

    found, _ = find_relations(sentence, load_relation_cues(), None, None, lambda t: t.lower() in NAMED, None)
    return [(sentence[m.subject[0] : m.subject[1]], sentence[m.object[0] : m.object[1]] if m.object else None)
            for m in found if m.kind == "symptom"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Chickenpox usually starts with a high temperature and aching muscles.",
         [("high temperature", "Chickenpox"), ("aching muscles", "Chickenpox")]),
        ("Angina can feel like a heavy weight pressing on your chest.", [("heavy weight pressing on your chest", "Angina")]),
        ("Tinnitus can sound like a hissing, whooshing or humming noise.", [("hissing, whooshing or humming noise", "Tinnitus")]),
        ("Pneumonia can lead to chest pain and a cough that brings up green phlegm.",
         [("chest pain", "Pneumonia"), ("cough", "Pneumonia")]),  # the clause names a finding of its own: not swallowed
        ("A blood clot in the leg often causes throbbing pain and swelling in the calf.",
         [("throbbing pain", "blood clot in the leg"), ("swelling in the calf", "blood clot in the leg")]),
        # what is no condition starts or feels like nothing that is a symptom
        ("Treatment usually starts with rest, ice and simple painkillers.", []),
        ("Recovery can feel like a long road.", []),
        # a symptom that turns into a condition of its own is a symptom of it, not its cause
        ("Sometimes the itch will not settle, resulting in a condition called lichen simplex.", [("itch", "lichen simplex")]),
        ("In some people the tiredness never lifts, leading to a condition known as chronic fatigue syndrome.",
         [("tiredness", "chronic fatigue syndrome")]),
        ("Poor sleep can lead to a condition called burnout.", []),
        # a condition framing a first-person report
        ("With my tinnitus I get dizziness and a blocked feeling in one ear.",
         [("dizziness", "tinnitus"), ("blocked feeling in one ear", "tinnitus")]),
        ("With angina, most people notice a tight chest when they climb stairs.", [("tight chest", "angina")]),
        ("The first appointment begins with a chat about your medical history.", []),
    ],
)
def test_a_condition_starting_with_or_feeling_like_a_symptom(sentence, expected) -> None:  # noqa: ANN001
    assert relation_symptoms(sentence) == expected


# ---- tables of symptoms ---------------------------------------------------------------------------

TABLES = [
    ("Asthma in adults\n\nThe table shows how often each symptom occurs.\n\n| Symptom | How common |\n| Wheezing | Very common |\n"
     "| Chest tightness | Common |\n| Night cough | Common |\n\nSee your GP if your inhaler does not help.\n",
     [("Wheezing", None, False), ("Chest tightness", None, False), ("Night cough", None, False)]),
    ("Flu or a cold?\n\nSymptom | Flu | Cold\nFever | Common | Rare\nSneezing | Sometimes | Common\n",
     [("Fever", None, False), ("Sneezing", None, False)]),
    # a table of something else, and a menu of page sections, list no symptoms
    ("Drug | Dose\nIbuprofen | 400 mg\nParacetamol | 1 g\n", []),
    ("Home | Conditions | Treatments\nSymptoms | Causes | Treatment\nOverview | Contact us\n", []),
]


@pytest.mark.parametrize(("text", "expected"), TABLES)
def test_rows_of_a_table_of_symptoms(plain, text, expected) -> None:  # noqa: ANN001
    assert symptom_claims(plain, text) == expected


# ---- a list said of the symptoms of the sentence before ------------------------------------------

CARRIED = [
    ("Chickenpox causes a few different symptoms. These can include an itchy rash, a high temperature and aching muscles.",
     [("itchy rash", None, False), ("high temperature", None, False), ("aching muscles", None, False)]),
    ("A urinary tract infection has some typical signs. They include a stinging pain, cloudy urine and a fever.",
     [("stinging pain", None, False), ("cloudy urine", None, False), ("fever", None, False)]),
    ("Red flags include weight loss, night sweats and back pain that is worse at night.",
     [("weight loss", None, False), ("night sweats", None, False), ("back pain that is worse at night", None, False)]),
    # what the sentence before names is no symptom: no list of symptoms follows
    ("There are several treatment options. These include rest, ice and compression.", []),
]


@pytest.mark.parametrize(("text", "expected"), CARRIED)
def test_symptoms_listed_after_the_sentence_that_announces_them(plain, text, expected) -> None:  # noqa: ANN001
    assert symptom_claims(plain, text) == expected


# ---- session 7: the port onto the split modules, and constructions it was missing -----------------

SESSION7 = [
    # an item with a clause of its own ("when you climb stairs") does not end the list
    ("Common symptoms of anaemia include tiredness, feeling out of breath when you climb stairs, pale skin and cold hands.",
     [("tiredness", "anaemia", False), ("feeling out of breath", "anaemia", False), ("pale skin", "anaemia", False),
      ("cold hands", "anaemia", False)]),
    # a listed subject of "are classic signs of X" without an article, also inside a quotation
    ("Weight loss, night sweats and a persistent cough are classic signs of tuberculosis.",
     [("Weight loss", "tuberculosis", False), ("night sweats", "tuberculosis", False), ("persistent cough", "tuberculosis", False)]),
    ('"Joint pain, morning stiffness and fatigue are typical symptoms of rheumatoid arthritis," she said.',
     [("Joint pain", "rheumatoid arthritis", False), ("morning stiffness", "rheumatoid arthritis", False),
      ("fatigue", "rheumatoid arthritis", False)]),
    # the signs of a named condition listed inside an if-clause are still its signs
    # (the warning sign before the signs of meningitis is a symptom of the page's condition: session 11's warning-sign rule)
    ("Phone 999 if you have a severe headache, or signs of meningitis such as a stiff neck, a rash or confusion.",
     [("stiff neck", "meningitis", False), ("rash", "meningitis", False), ("confusion", "meningitis", False), ("severe headache", None, False)]),
    # a finding named by its medical ending occurs
    ("Dysphagia may also occur in the later stages of the disease.", [("Dysphagia", None, False)]),
    # a finding and the share of patients who have it
    ("Fatigue affects up to 80% of people with multiple sclerosis.", [("Fatigue", "multiple sclerosis", False)]),
    ("Joint pain affects most people with lupus at some point.", [("Joint pain", "lupus", False)]),
    ("Obesity affects 1 in 4 adults in the UK.", []),
    ("Migraine affects roughly 1 in 7 people worldwide.", []),  # how common the condition is
    ("Smoking affects many people with asthma.", []),
    ("It affects about 1 in 10 women.", []),
    # a feeling waited for is no symptom
    ("Start the exercises now rather than waiting until you feel stronger.", []),
    ("Keep taking the tablets until you feel better.", []),
    # what must give nothing: a bare plural that is no sign, judgements of symptoms, a definition by mechanism,
    # symptoms in an if-clause of advice without a condition named
    ("Infections are common complications of diabetes.", []),
    ("Symptoms of coeliac disease are easy to confuse with those of irritable bowel syndrome.", []),
    ("The early symptoms are hard to spot.", []),
    ("Symptoms are difficult to tell apart from a cold, and many people ignore them.", []),
    ("Diabetes insipidus means the kidneys cannot hold on to water.", []),
    ("If you have a cough, or symptoms like a fever, stay at home.", []),
]


@pytest.mark.parametrize(("text", "expected"), SESSION7)
def test_lists_ranked_subjects_and_judgements(plain, text, expected) -> None:  # noqa: ANN001
    assert symptom_claims(plain, text) == expected
