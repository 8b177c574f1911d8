"""A document's own concepts for its general mentions (extract.linking.document)."""

from extract.linking.document import resolve_general_mentions
from extract.records.models import Concept, Evidence, Mention, TreatmentClaim

GENERAL = {"EV:surgery": frozenset({"surgery", "operation", "procedure"}),
           "EV:neuromodulation": frozenset({"stimulation", "stimulator"})}
LEADING = frozenset({"the", "a", "an", "this", "your"})
NAMES = {
    "EV:surgery": ["Surgery", "operation"],
    "EV:neuromodulation": ["Neuromodulation"],
    "EV:bunionectomy": ["Bunionectomy", "bunion surgery", "bunion operation"],
    "EV:orthotics": ["Orthotics", "shoe inserts"],
    "EV:cataract_surgery": ["Cataract surgery", "lens replacement"],
    "EV:vagus_nerve_stimulation": ["Vagus nerve stimulation", "VNS"],
    "EV:surgery_clinic": ["Surgery clinic", "day surgery unit"],
}
TYPES = {"EV:surgery_clinic": "facility"}


def concept(cid: str, score: float = 1.0) -> Concept:
    return Concept(id=cid, vocabulary="EV", name=NAMES.get(cid, [cid])[0], score=score)


def treatment(text: str, start: int, cid: str | None) -> TreatmentClaim:
    quote = f"We offer {text}."
    ev = Evidence(quote=quote, start=start, end=start + len(quote), sentence_index=0, rule="t", extractor_version="x")
    m = Mention(text=text, start=start + 9, end=start + 9 + len(text), concept=concept(cid) if cid else None)
    return TreatmentClaim(claim_id=f"c{start}", doc_id="d", evidence=ev, intervention=m, group_key="k")


def resolve(claims):  # noqa: ANN001, ANN201
    return resolve_general_mentions(claims, lambda cid: (TYPES.get(cid, "procedure"), NAMES.get(cid, ())), GENERAL, LEADING)


def test_a_bare_general_mention_takes_the_specific_concept_its_document_names() -> None:
    claims = [treatment("bunion surgery", 0, "EV:bunionectomy"), treatment("orthotics", 40, "EV:orthotics"),
              treatment("the operation", 80, "EV:surgery")]
    got = resolve(claims)[2].intervention.concept
    assert (got.id, got.from_document) == ("EV:bunionectomy", True)
    assert got.candidates[0].id == "EV:surgery"  # what the mention alone said, kept as evidence
    assert resolve(claims)[0].intervention.concept.from_document is False


def test_the_most_often_named_specific_concept_wins_and_unrelated_ones_never_do() -> None:
    claims = [treatment("cataract surgery", 0, "EV:cataract_surgery"), treatment("bunion surgery", 40, "EV:bunionectomy"),
              treatment("bunionectomy", 80, "EV:bunionectomy"), treatment("day surgery unit", 100, "EV:surgery_clinic"),
              treatment("day surgery unit", 110, "EV:surgery_clinic"), treatment("day surgery unit", 115, "EV:surgery_clinic"),
              treatment("surgery", 120, "EV:surgery"),
              treatment("stimulator", 160, "EV:neuromodulation")]
    got = resolve(claims)
    # the surgery unit is named most, but it is no procedure
    assert got[6].intervention.concept.id == "EV:bunionectomy"
    assert got[7].intervention.concept.id == "EV:neuromodulation"  # nothing named shares "stimulator"


def test_mentions_with_words_of_their_own_and_documents_without_specifics_keep_their_concept() -> None:
    claims = [treatment("vagus nerve stimulation", 0, "EV:vagus_nerve_stimulation"),
              treatment("another operation", 40, "EV:surgery"), treatment("permanent stimulator", 80, "EV:neuromodulation")]
    got = resolve(claims)
    assert got[1].intervention.concept.id == "EV:surgery"
    assert got[2].intervention.concept.id == "EV:neuromodulation"
    alone = [treatment("the surgery", 0, "EV:surgery")]
    assert resolve(alone)[0].intervention.concept.id == "EV:surgery"


def test_through_the_pipeline_the_group_key_follows_the_resolved_concept(nlp) -> None:  # noqa: ANN001
    from extract.pipeline import make_doc

    text = ("Carpal tunnel release is a common operation.\n\n"
            "We offer carpal tunnel release for severe numbness. Surgery relieves symptoms in most patients.\n")
    claims = [c for c in nlp(make_doc(nlp, text, "doc_ctr"))._.claims if c.type == "treatment"]
    bare = [c for c in claims if c.intervention.text == "Surgery"]
    assert bare and bare[0].intervention.concept.id == "EV:carpal_tunnel_release"
    assert bare[0].intervention.concept.from_document
    assert bare[0].group_key in {c.group_key for c in claims if c.intervention.text != "Surgery"}


# -- mentions that refer back to the page's condition ("it", "a flare") ----------------------

from extract.linking.document import reference_words, resolve_condition_references  # noqa: E402
from extract.records.models import CauseClaim, SymptomClaim  # noqa: E402

REFERENCES = frozenset({"it", "they", "them", "condition", "disease", "illness", "syndrome"})
EPISODES = frozenset({"attack", "attacks", "flare", "flares", "flare-up", "flare-ups", "episode", "episodes"})


def icd(cid: str, name: str) -> Concept:
    return Concept(id=cid, vocabulary="ICD-10-CM", name=name, score=1.0)


def _evidence(start: int, quote: str) -> Evidence:
    return Evidence(quote=quote, start=start, end=start + len(quote), sentence_index=0, rule="r", extractor_version="x")


def symptom(start: int, sym: str, cond: str | None, cid: Concept | None) -> SymptomClaim:
    quote = f"{sym} is a symptom of {cond}." if cond else f"{sym}."
    c = Mention(text=cond, start=start + len(sym) + 16, end=start + len(sym) + 16 + len(cond), concept=cid) if cond else None
    return SymptomClaim(claim_id=f"s{start}", doc_id="d", evidence=_evidence(start, quote),
                        symptom=Mention(text=sym, start=start, end=start + len(sym)), condition=c, group_key="k")


def cause(start: int, what: str, effect: str, effect_concept: Concept | None = None) -> CauseClaim:
    quote = f"{what} can trigger {effect}."
    return CauseClaim(claim_id=f"c{start}", doc_id="d", evidence=_evidence(start, quote),
                      cause=Mention(text=what, start=start, end=start + len(what)),
                      effect=Mention(text=effect, start=start + len(what) + 13, end=start + len(what) + 13 + len(effect),
                                     concept=effect_concept),
                      relation="causes", group_key="k")


def refer(claims):  # noqa: ANN001, ANN201
    return resolve_condition_references(claims, REFERENCES, EPISODES, LEADING)


def test_a_pronoun_or_an_episode_word_in_a_condition_slot_takes_the_pages_condition() -> None:
    gout = icd("M10.9", "Gout, unspecified")
    claims = [symptom(0, "Joint pain", "gout", gout), symptom(50, "Redness", "it", None),
              cause(100, "Alcohol", "a flare"), cause(150, "Stress", "attacks"), cause(200, "Dehydration", "the condition")]
    got = refer(claims)
    assert got[1].condition.concept.id == "M10.9" and got[1].condition.concept.from_document
    assert [c.effect.concept.id for c in got[2:]] == ["M10.9", "M10.9", "M10.9"]
    assert got[0].condition.concept.from_document is False  # named, not referred to
    assert got[2].cause.concept is None  # a cause with words of its own is left alone


def test_the_most_often_named_condition_wins_and_a_page_that_names_none_changes_nothing() -> None:
    gout, ckd = icd("M10.9", "Gout, unspecified"), icd("N18.9", "Chronic kidney disease, unspecified")
    claims = [symptom(0, "Swelling", "kidney disease", ckd), symptom(40, "Pain", "gout", gout),
              symptom(80, "Heat", "gout", gout), symptom(120, "Tiredness", "it", None)]
    assert refer(claims)[3].condition.concept.id == "M10.9"
    alone = [symptom(0, "Tiredness", "it", None), cause(50, "Stress", "attacks")]
    assert refer(alone) == alone


def test_mentions_that_say_more_or_already_link_keep_what_they_have() -> None:
    gout, pain = icd("M10.9", "Gout, unspecified"), Concept(id="HP:0012531", vocabulary="HPO", name="Pain", score=1.0)
    claims = [symptom(0, "Heat", "gout", gout), cause(40, "Purines", "kidney stones"),
              cause(80, "Shoes", "it or make it worse"), cause(120, "Cold", "attacks", pain)]
    got = refer(claims)
    assert got[1].effect.concept is None and got[2].effect.concept is None
    assert got[3].effect.concept.id == "HP:0012531"


def test_reference_words_need_a_reference_after_the_leading_words() -> None:
    is_reference = reference_words(REFERENCES, EPISODES, LEADING)
    assert is_reference("It") and is_reference("this condition") and is_reference("a flare") and is_reference("your attacks")
    assert not is_reference("the") and not is_reference("migraine attacks") and not is_reference("its symptoms")


def test_the_reference_words_are_validated_on_load(tmp_path) -> None:  # noqa: ANN001
    import json
    from pathlib import Path

    import pytest

    from extract.linking.cues import LinkerCueError, load_linker_cues

    data = json.loads((Path(__file__).resolve().parents[2] / "extract" / "linking" / "data" / "linking.json").read_text("utf-8"))
    assert {"it", "they", "condition"} <= set(data["condition_references"])
    data["condition_references"] = ["this condition"]
    bad = tmp_path / "linking.json"
    bad.write_text(json.dumps(data), "utf-8")
    with pytest.raises(LinkerCueError, match="single lowercase words"):
        load_linker_cues(str(bad))


def test_through_the_pipeline_an_episode_of_the_pages_condition_links_to_it(nlp) -> None:  # noqa: ANN001
    from extract.pipeline import make_doc

    text = ("Gout is a type of arthritis.\n\nSymptoms of gout include sudden severe pain in a joint and red, swollen skin. "
            "Gout is treated with anti-inflammatory medicines.\n\nDrinking beer can trigger a flare. "
            "Dehydration can also bring on an attack.\n")
    claims = nlp(make_doc(nlp, text, "doc_gout"))._.claims
    gout = {c.condition.concept.id for c in claims if c.type in ("symptom", "treatment") and c.condition is not None}
    effects = [c.effect for c in claims if c.type == "cause" and c.cause.text in ("Drinking beer", "Dehydration")]
    assert len(gout) == 1 and len(effects) == 2
    assert all(e.concept is not None and e.concept.id in gout and e.concept.from_document for e in effects)


def test_a_page_whose_claims_name_no_condition_takes_its_titles() -> None:
    """The title's condition (page_condition) is the fallback: under headings, a page may call its
    condition only "attacks" and "it"; a condition the claims write still wins over the title's."""
    fmf, gout = icd("M04.1", "Periodic fever syndromes"), icd("M10.9", "Gout, unspecified")
    alone = [symptom(0, "Tiredness", "it", None), cause(50, "Stress", "attacks")]
    got = resolve_condition_references(alone, REFERENCES, EPISODES, LEADING, fmf)
    assert [got[0].condition.concept.id, got[1].effect.concept.id] == ["M04.1", "M04.1"]
    assert got[1].effect.concept.from_document
    named = [symptom(0, "Heat", "gout", gout), cause(40, "Cold", "attacks")]
    assert resolve_condition_references(named, REFERENCES, EPISODES, LEADING, fmf)[1].effect.concept.id == "M10.9"


def test_through_the_pipeline_a_title_only_condition_takes_its_episodes(nlp) -> None:  # noqa: ANN001
    from extract.pipeline import make_doc

    text = ("Familial Mediterranean fever\n\nWhat sets off attacks\n\nAttacks can be triggered by stress, cold or heavy exercise. "
            "Some women find that their period brings on an attack.\n")
    claims = nlp(make_doc(nlp, text, "doc_fmf"))._.claims
    effects = [c.effect for c in claims if c.type == "cause" and c.effect is not None and "attack" in c.effect.text.lower()]
    assert effects, [(c.type, c.model_dump(include={"cause", "effect"})) for c in claims]
    assert all(e.concept is not None and e.concept.from_document and e.concept.id == "M04.1" for e in effects), effects


# -- mentions that refer back to an intervention ("Use them every day") ----------------------

from extract.linking.document import intervention_reference, resolve_intervention_references  # noqa: E402
from extract.records.models import RecommendationClaim, TreatmentClaim  # noqa: E402

TAKING = frozenset({"take", "taking", "keep", "use", "apply", "carry", "on", "with"})
PRONOUNS = frozenset({"it", "them", "they", "one", "these"})
DETERMINERS = frozenset({"the", "these", "your"})
FORMS = frozenset({"tablet", "tablets", "cream", "spray"})
REFERS = intervention_reference(TAKING, PRONOUNS, DETERMINERS, FORMS)


def test_a_pronoun_or_a_bare_dosage_form_after_verbs_of_taking_refers_to_an_intervention() -> None:
    assert REFERS("it") and REFERS("Take it every morning") and REFERS("keep taking them") and REFERS("They")
    assert REFERS("take these tablets with food") and REFERS("carry on with the spray") and REFERS("Use one daily")
    assert not REFERS("take ibuprofen") and not REFERS("the surgery") and not REFERS("rest") and not REFERS("these exercises")


def drug(cid: str, name: str) -> Concept:
    return Concept(id=cid, vocabulary="EV", name=name, score=1.0)


def treated(start: int, what: str, concept: Concept | None) -> TreatmentClaim:
    return TreatmentClaim(claim_id=f"t{start}", doc_id="d", evidence=_evidence(start, f"{what} helps."),
                          intervention=Mention(text=what, start=start, end=start + len(what), concept=concept), group_key="k")


def advice(start: int, what: str) -> RecommendationClaim:
    return RecommendationClaim(claim_id=f"r{start}", doc_id="d", evidence=_evidence(start, f"{what}."),
                               action=Mention(text=what, start=start, end=start + len(what)), strength="should", cue="should", group_key="k")


INTERVENTIONS = {"EV:emollients", "EV:antihistamines"}.__contains__


def test_a_reference_takes_the_intervention_named_last_before_it_within_the_window() -> None:
    emollients, antihistamines = drug("EV:emollients", "Emollients"), drug("EV:antihistamines", "Antihistamines")
    claims = [treated(0, "Emollients", emollients), advice(40, "Use them every day"),
              treated(100, "Antihistamines", antihistamines), advice(140, "Take one at night"),
              advice(2000, "Keep taking them")]
    got = resolve_intervention_references(claims, REFERS, INTERVENTIONS, window=600)
    assert got[1].action.concept.id == "EV:emollients" and got[1].action.concept.from_document
    assert got[3].action.concept.id == "EV:antihistamines"
    assert got[4].action.concept is None  # nothing named within the window before it
    assert got[0] is claims[0] and got[2] is claims[2]


def test_a_reference_with_a_concept_of_its_own_or_after_no_intervention_is_left_alone() -> None:
    pain = Concept(id="HP:0012531", vocabulary="HPO", name="Pain", score=1.0)
    claims = [treated(0, "Pain relief", pain), advice(40, "Take it with water")]
    assert resolve_intervention_references(claims, REFERS, INTERVENTIONS)[1].action.concept is None


def test_through_the_pipeline_take_them_links_to_the_drug_named_before(nlp) -> None:  # noqa: ANN001
    from extract.pipeline import make_doc

    text = ("Chilblains\n\nTreatment\n\nNifedipine tablets can help chilblains that keep coming back. "
            "Take them every day through the winter months.\n")
    claims = nlp(make_doc(nlp, text, "doc_chilblains"))._.claims
    named = [c.intervention.concept for c in claims if c.type == "treatment" and c.intervention.text.lower().startswith("nifedipine")]
    refs = [c.action for c in claims if c.type == "recommendation" and c.action.text.lower().startswith("take them")]
    assert named and named[0] is not None and refs, [(c.type, c.model_dump(include={"intervention", "action"})) for c in claims]
    assert refs[0].concept is not None and refs[0].concept.id == named[0].id and refs[0].concept.from_document


def test_the_words_of_intervention_references_are_validated_on_load(tmp_path) -> None:  # noqa: ANN001
    import json
    from pathlib import Path

    import pytest

    from extract.linking.cues import LinkerCueError, load_linker_cues

    data = json.loads((Path(__file__).resolve().parents[2] / "extract" / "linking" / "data" / "linking.json").read_text("utf-8"))
    assert {"take", "apply"} <= set(data["taking_verbs"]) and "it" in data["intervention_pronouns"]
    data["taking_verbs"] = ["carry on"]
    bad = tmp_path / "linking.json"
    bad.write_text(json.dumps(data), "utf-8")
    with pytest.raises(LinkerCueError, match="single lowercase words"):
        load_linker_cues(str(bad))
