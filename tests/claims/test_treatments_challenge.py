"""A challenge set for treatment claims on pages nobody tuned on (issue 3).

Each sentence is written for this file, in the wording of a clinic page, a patient leaflet, an
abstract, a news story or a forum/FAQ answer, about conditions outside the development corpora
(psoriasis, gout, rosacea, scabies, hypothyroidism, urinary infection, tinnitus, ankylosing
spondylitis, asthma, insomnia, hay fever, nausea, atrial fibrillation, COPD, frozen shoulder,
heartburn, glaucoma, rheumatoid arthritis, period pain, hernia, epilepsy, fibromyalgia, Alzheimer's
disease, warts, eczema, smoking, acne, Crohn's disease ...). A treatment claim is an intervention
the text says is used for, offered for or helps the condition; an intervention named as history,
cause, statistic, goal, comparator, description, cost or question is none.
"""

import pytest

from extract.pipeline import make_doc


def treatments(nlp, text: str) -> list[tuple[str, str | None, str | None]]:  # noqa: ANN001
    """(intervention, condition, effect) of every treatment claim the pipeline finds in ``text``."""
    doc = nlp(make_doc(nlp, text + "\n", "doc_challenge"))
    return [
        (c.intervention.text, c.condition.text if c.condition else None, c.effect)
        for c in doc._.claims
        if c.type == "treatment"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X is treated / managed / controlled with Y" (leaflet, clinic page)
        ("Plaque psoriasis is often treated with phototherapy.", [("phototherapy", "Plaque psoriasis", None)]),
        ("Mild rosacea can be controlled with metronidazole gel.", [("metronidazole gel", "Mild rosacea", None)]),
        (
            "Gout attacks are usually managed with colchicine or naproxen.",
            [("colchicine", "Gout attacks", None), ("naproxen", "Gout attacks", None)],
        ),
        ("Eczema flares respond well to topical steroids.", [("topical steroids", "Eczema flares", None)]),
        ("Hay fever symptoms can be eased by nasal steroid sprays.", [("nasal steroid sprays", "Hay fever symptoms", None)]),
        # "treatment usually involves ..." (leaflet)
        ("Treatment for scabies usually involves permethrin cream.", [("permethrin cream", "scabies", None)]),
        (
            "Treatment for gout usually involves colchicine or naproxen.",
            [("colchicine", "gout", None), ("naproxen", "gout", None)],
        ),
    ],
)
def test_treated_with_and_treatment_involves(nlp, text: str, expected: list) -> None:  # noqa: ANN001
    assert treatments(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range of options: both ends are treatments
        (
            "For knee pain, options range from physiotherapy to knee replacement.",
            [("physiotherapy", None, None), ("knee replacement", None, None)],
        ),
        (
            "Options range from lifestyle changes to bariatric surgery.",
            [("lifestyle changes", None, None), ("bariatric surgery", None, None)],
        ),
        # a generic treatment of the condition as subject, the treatment after the copula
        ("The usual treatment for an underactive thyroid is levothyroxine.", [("levothyroxine", "underactive thyroid", None)]),
        (
            "The standard treatment for a urinary tract infection is a short course of antibiotics.",
            [("short course of antibiotics", "urinary tract infection", None)],
        ),
        ("The first-line treatment for an overactive bladder is bladder training.", [("bladder training", "overactive bladder", None)]),
        ("First-line therapy for high blood pressure is a thiazide diuretic.", [("thiazide diuretic", "high blood pressure", None)]),
        # options limited to a few: the options, not the limit
        (
            "Treatment options for chronic tinnitus are limited to sound therapy or counselling.",
            [("sound therapy", "chronic tinnitus", None), ("counselling", "chronic tinnitus", None)],
        ),
        (
            "Treatment of a frozen shoulder is usually limited to painkillers or physiotherapy.",
            [("painkillers", "frozen shoulder", None), ("physiotherapy", "frozen shoulder", None)],
        ),
        ("Physiotherapy is the mainstay of treatment for ankylosing spondylitis.", [("Physiotherapy", "ankylosing spondylitis", None)]),
    ],
)
def test_options_ranges_and_first_line_therapy(nlp, text: str, expected: list) -> None:  # noqa: ANN001
    assert treatments(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X relieves / reduces / helps / cures Y" (clinic page, abstract, FAQ)
        ("Inhaled corticosteroids reduce flare-ups in asthma.", [("Inhaled corticosteroids", None, "reduce flare-ups in asthma")]),
        (
            "Antihistamines relieve sneezing and itching in hay fever.",
            [("Antihistamines", None, "relieve sneezing and itching in hay fever")],
        ),
        ("Antihistamines can help with hay fever.", [("Antihistamines", None, "help with hay fever")]),
        (
            "In this trial, mindfulness training reduced relapse in adults with recurrent depression.",
            [("mindfulness training", None, "reduced relapse")],
        ),
        ("Results: Cryotherapy cleared warts in 39% of patients.", [("Cryotherapy", None, "cleared warts in 39% of patients")]),
        (
            "Heat pads and gentle stretching can ease period pain.",
            [("Heat pads", None, "ease period pain"), ("gentle stretching", None, "ease period pain")],
        ),
        (
            "Ice and rest help most ankle sprains.",
            [("Ice", None, "help most ankle sprains"), ("rest", None, "help most ankle sprains")],
        ),
        # a second verb coordinated with a first: the subject is that of the first
        ("Omeprazole lowers stomach acid and relieves heartburn.", [("Omeprazole", None, "relieves heartburn")]),
        ("Statins lower cholesterol and prevent heart attacks.", [("Statins", None, "prevent heart attacks")]),
        # "people with Y benefit from / are helped by X"
        ("Many people with COPD benefit from pulmonary rehabilitation.", [("pulmonary rehabilitation", "people with COPD", None)]),
        (
            "Most people with a frozen shoulder are helped by physiotherapy.",
            [("physiotherapy", "people with a frozen shoulder", None)],
        ),
    ],
)
def test_what_an_intervention_does_for_the_condition(nlp, text: str, expected: list) -> None:  # noqa: ANN001
    assert treatments(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a clinician may suggest, recommend or prescribe (leaflet, clinic page, forum)
        ("Your GP may suggest a steroid injection.", [("steroid injection", None, None)]),
        ("Your GP may suggest a short course of antibiotics.", [("antibiotics", None, None)]),
        ("Doctors may recommend anticoagulants for people with atrial fibrillation.", [("anticoagulants", None, None)]),
        ("Our specialists may recommend laser therapy for glaucoma.", [("laser therapy", None, None)]),
        ("Your pharmacist can recommend an antihistamine for hay fever.", [("antihistamine", None, None)]),
        ("My GP prescribed amitriptyline and it really helped my fibromyalgia.", [("amitriptyline", None, None)]),
        # trial arms (abstract) and a drug named after its class (news)
        (
            "Patients were randomised to ondansetron or metoclopramide.",
            [("ondansetron", None, None), ("metoclopramide", None, None)],
        ),
        ("Last year a new drug, lecanemab, was approved for early Alzheimer's disease.", [("lecanemab", None, None)]),
        # what a plan covers for a condition (an insurer's page; CLAIMS_SPEC.md, settled in session 9)
        (
            "Many insurance plans cover physiotherapy and steroid injections for frozen shoulder.",
            [("physiotherapy", "frozen shoulder", None), ("steroid injections", "frozen shoulder", None)],
        ),
        # several treatments together, named as one
        ("A mix of treatments usually helps people with chronic fatigue.", [("mix of treatments", None, "helps people")]),
        # options offered in turn, "it can be A, it could be B, or at times C" (a spoken answer)
        (
            "It might be a wrist brace, it could be physiotherapy, or at times an injection.",
            [("wrist brace", None, None), ("physiotherapy", None, None), ("injection", None, None)],
        ),
    ],
)
def test_suggested_prescribed_and_studied_interventions(nlp, text: str, expected: list) -> None:  # noqa: ANN001
    assert treatments(nlp, text) == expected


def test_a_treatment_heading_over_bullets_gives_one_claim_per_bullet(nlp) -> None:  # noqa: ANN001
    text = "Treatment\n\u2022 Rest\n\u2022 Ice packs\n\u2022 Anti-inflammatory painkillers for the first few days"
    assert [t[0] for t in treatments(nlp, text)] == ["Rest", "Ice packs", "Anti-inflammatory painkillers"]


def test_treatment_bullets_name_the_intervention_not_how_or_what_for(nlp) -> None:  # noqa: ANN001
    text = (
        "Gallstones that keep causing pain can be treated. Your options include:\n"
        "\u2022 Cholecystectomy, done as keyhole surgery under general anaesthetic\n"
        "\u2022 A biliary stent, a thin plastic tube placed to let bile drain\n"
        "\u2022 Painkillers for quick, short-term relief\n"
    )
    assert [t[0] for t in treatments(nlp, text)] == ["Cholecystectomy", "biliary stent", "Painkillers"]


@pytest.mark.parametrize(
    "text",
    [
        # the intervention in the patient's past, or the one that caused the condition
        "Acid reflux is common after bariatric surgery.",
        "Chronic groin pain is a recognised problem after hernia repair.",
        "Lymphoedema can develop after breast cancer surgery or radiotherapy.",
        "Patients with a previous hip arthroscopy or labral repair were excluded.",
        "Patients with a previous knee arthroscopy or meniscectomy were excluded.",
        "Patients who had received chemotherapy in the previous year were excluded.",
        "I had a hernia repair in 2019 and the pain never went away.",
        "Migraine can be triggered by the contraceptive pill.",
        # statistics about a procedure
        "Around 100,000 hernia repairs are carried out in England each year.",
        "More than 300,000 hip replacements are carried out each year in the UK.",
        # the goal of a generic therapy
        "The aim of epilepsy treatment is to stop seizures.",
        "The goal of asthma therapy is to keep symptoms under control.",
        # how a procedure is given, with nothing about what it does
        "Steroid injections are usually injected into the joint space.",
        "Lithium is usually taken as a tablet once a day.",
        "Radiofrequency ablation is usually performed under sedation.",
        # cost and insurance
        "Most insurers do not pay for acupuncture.",
        "A course of laser treatment costs about 300 pounds.",
        # a side effect, a failure, advice against
        "Rivaroxaban can cause bleeding.",
        "Cataract surgery is not always successful in people with diabetes.",
        "Acupuncture is not recommended for chronic fatigue syndrome.",
        # questions ask; they claim nothing
        "Does physiotherapy help a frozen shoulder?",
        "Can antibiotics cure a sore throat?",
        # a provider's pitch
        "Over 10,000 patients have been helped by our innovative approach to back pain.",
        # side effects, allergies, interactions, dependence (leaflet)
        "Side effects of methotrexate include nausea and mouth ulcers.",
        "Tell your doctor if you are allergic to penicillin.",
        "Ibuprofen can interact with blood pressure tablets.",
        "Opioid painkillers can be addictive.",
        # a study's exclusion criteria, a price, the day of a procedure, instructions for a device
        "Patients taking anticoagulants were excluded.",
        "The cost of insulin has tripled in ten years.",
        "Most people go home on the day of their knee arthroscopy.",
        "Nurses will show you how to use your inhaler.",
        # a repeat operation or a device's complication reported as an outcome
        "About 1 in 8 people need a further operation on the same hip within ten years.",
        "Revision surgery within two years was required in 3% of patients.",
        "Dislocation requiring revision surgery occurred in 2.1% of hips.",
        "In the trial, 4% of patients underwent revision surgery.",
        "If the pump becomes infected, it usually has to be removed.",
        "Sometimes the pacemaker has to be replaced after a few years.",
    ],
)
def test_interventions_named_but_not_offered_as_treatment(nlp, text: str) -> None:  # noqa: ANN001
    assert treatments(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the comparator after "than" is not claimed to treat ...
        ("Keyhole surgery leaves smaller scars than open surgery.", ["Keyhole surgery"]),
        ("Laser trabeculoplasty lowered eye pressure faster than eye drops alone.", ["Laser trabeculoplasty"]),
        ("Ablation controls the heart rhythm better than drugs alone.", ["Ablation"]),
        # ... but a trial's comparison of outcomes keeps both arms
        ("At 24 weeks, ustekinumab produced a higher remission rate than adalimumab in Crohn's disease.", ["ustekinumab", "adalimumab"]),
        # "than" before a figure opens no comparator
        ("More than 80% of people get lasting relief from heartburn after fundoplication surgery.", ["fundoplication surgery"]),
        # a repeat operation's own effect is a claim
        ("A second operation is less likely to help than the first.", ["second operation"]),
        ("Another operation is rarely the answer for persistent knee pain.", ["operation"]),
        # the form of a drug just named is no second treatment; a field of medicine is none
        ("Adalimumab is given as an injection every two weeks.", ["Adalimumab"]),
        ("Hip replacement is one of the most successful operations in medicine.", ["Hip replacement"]),
        ("Carpal tunnel release is one of the most common operations in hand surgery.", ["Carpal tunnel release"]),
    ],
)
def test_comparators_forms_and_fields(nlp, text: str, expected: list) -> None:  # noqa: ANN001
    assert [t[0] for t in treatments(nlp, text)] == expected
