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
