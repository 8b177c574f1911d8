"""The linker's score bound (``Linker.can_reach``): a mention it rules out never links at or above
the floor, so a caller with a floor (the figures' measures) gets the same concepts without the
ANN lookups; and the exact similarity bound under it (``AliasVectors.reaches``) agrees with a
brute-force comparison against every alias of the index."""

from __future__ import annotations

import random
from pathlib import Path

import numpy
import pytest

from extract.linking.ann import VECTORS_FILE, AliasVectors
from extract.linking.linker import CONDITION_TYPES, INTERVENTION_TYPES, SUBPHRASE_FACTOR, Linker
from extract.linking.measures import MIN_SCORE, PART_MIN_SCORE, role_concept

FLOORS = (0.7, 0.8, MIN_SCORE, 0.9, PART_MIN_SCORE, 0.99, 1.0)
TYPES = (None, CONDITION_TYPES, INTERVENTION_TYPES, ("anatomy",))
#: Mentions whose best candidate comes from the ANN neighbours of their reordered form
#: ("vertebral hypermobility"), or from a near alias after an exact part: the bound's other paths.
CRAFTED = ["hypermobility of the vertebrae", "weakness in the leg muscles", "numbness of the fingers tips",
           "fracture of the hips", "infection of the bladders", "sensitivity to lights",
           "flucloxacillin", "oral metronidazole", "temazepam tablets", "clarithromycin or lymecycline"]  # drug stems
EXTRA_WORDS = ("pain", "relief", "chronic", "of the", "patients with", "severe", "or", "and", "treatment", "in the knee")


def _mentions(linker: Linker, n: int, seed: int) -> list[str]:
    """Names of the knowledge base as written, misspelt, with a word swapped, added or dropped,
    reordered around a preposition, in parentheses and coordinated: exact, near and far
    mentions alike."""
    rng = random.Random(seed)
    names = [entry[0][0] for entry in rng.sample(list(linker._table.values()), n)]
    out = []
    for name in names:
        words = name.split()
        other = rng.choice(names).split()
        out.append(name)
        k = rng.randrange(len(name))
        out.append(name[:k] + name[k + 1 :])  # a letter dropped
        swapped = list(words)
        swapped[rng.randrange(len(words))] = rng.choice(other)
        out.append(" ".join(swapped))
        out.append(f"{rng.choice(EXTRA_WORDS)} {name}" if rng.random() < 0.5 else f"{name} {rng.choice(EXTRA_WORDS)}")
        if len(words) > 1:
            out.append(" ".join(words[:-1]))
            out.append(f"{words[-1]} of the {' '.join(words[:-1])}")
        out.append(f"{name} ({' '.join(other)})")
        out.append(f"{name} or {' '.join(other)}")
    return [m for m in dict.fromkeys(out) if m.strip()]


@pytest.fixture(scope="module")
def vectors(kb_dir: Path) -> tuple[AliasVectors, object]:
    import scipy.sparse

    matrix = scipy.sparse.load_npz(kb_dir / VECTORS_FILE).astype(numpy.float64).tocsr()
    norms = numpy.sqrt(numpy.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    return AliasVectors.load(kb_dir / VECTORS_FILE), scipy.sparse.diags(1.0 / norms) @ matrix


def test_similarity_bound_is_the_best_similarity_of_any_alias(linker: Linker, vectors) -> None:  # noqa: ANN001
    """For each mention, ``reaches`` says yes just below the best cosine similarity of all
    120,000 aliases (computed by brute force) and no just above it."""
    bound, normalised = vectors
    vectorizer = linker._generator.vectorizer
    checked = 0
    for mention in _mentions(linker, 40, seed=7):
        columns, values = vectorizer.vector(mention)
        if not columns:
            assert not bound.reaches(columns, values, 0.5)
            continue
        query = numpy.zeros(normalised.shape[1])
        query[columns] = values.astype(numpy.float32)
        query /= numpy.linalg.norm(query)
        best = float((normalised @ query).max())
        assert bound.reaches(columns, values, best - 1e-6), mention
        if best + 1e-6 <= 1.0:
            assert not bound.reaches(columns, values, best + 1e-6), mention
        checked += 1
    assert checked > 150


def test_similarity_bound_is_above_every_neighbour_the_index_returns(linker: Linker) -> None:
    generator = linker._generator
    mentions = _mentions(linker, 30, seed=11)
    for mention, found in zip(mentions, generator(mentions, 30)):
        best = max((s for c in found for s in c.similarities), default=None)
        if best is not None:
            assert generator.reaches(mention, best - 1e-5), mention


def test_a_mention_ruled_out_never_links_at_the_floor(linker: Linker, kb_dir: Path) -> None:
    """The bound against the exact score, on many mentions, types and floors (the concept's own
    score among them: the tightest floor it must pass), asked of a linker that has not linked
    the mention yet (it would answer from its cache); and ``link`` with a floor is ``link``
    without one, cut at the floor. Enough mentions are ruled out for the bound to matter."""
    fresh = Linker(kb_dir)
    ruled_out = 0
    for n, mention in enumerate(CRAFTED + _mentions(linker, 60, seed=3)):
        types = TYPES[n % len(TYPES)]
        abbreviations = {"XQZ": mention} if n % 5 == 0 else None
        text = f"XQZ {mention.split()[-1]}" if abbreviations else mention
        concept = linker.link(text, types, abbreviations=abbreviations)
        floors = FLOORS + ((concept.score, concept.score + 1e-4) if concept else ())
        fresh.clear_cache()
        for floor in floors:
            reachable = fresh.can_reach(text, types, floor, abbreviations)
            if concept is not None and concept.score >= floor:
                assert reachable, (mention, types, floor, concept.score)
            ruled_out += not reachable
        for floor in floors:
            expected = concept if concept is not None and concept.score >= floor else None
            assert fresh.link(text, types, abbreviations=abbreviations, min_score=floor) == expected
    assert ruled_out > 250


def test_a_mention_ruled_out_is_not_looked_up_in_the_index(kb_dir: Path) -> None:
    asked: list[str] = []
    linker = _counted(Linker(kb_dir), asked)
    mention = "relief from the microscopic tears"
    assert linker.link(mention, CONDITION_TYPES, min_score=PART_MIN_SCORE) is None
    assert linker.link_many([mention], CONDITION_TYPES, min_score=PART_MIN_SCORE) == [None]
    assert asked == []
    assert linker.link(mention, CONDITION_TYPES) is not None or asked  # without a floor, the index is asked
    assert asked


def _counted(linker: Linker, asked: list[str]) -> Linker:
    """``linker`` with every mention sent to its ANN index appended to ``asked``."""
    linker.load_ann()
    generator = linker._generator

    class Counting:
        def __call__(self, mentions, k):  # noqa: ANN001, ANN204
            asked.extend(mentions)
            return generator(mentions, k)

        def __getattr__(self, name):  # noqa: ANN001, ANN204
            return getattr(generator, name)

    linker._generator = Counting()
    return linker


def test_without_a_floor_a_mention_that_cannot_reach_the_threshold_is_not_looked_up(linker: Linker, kb_dir: Path) -> None:
    """``link`` without a floor bounds a mention at the threshold (below it, it links to nothing
    whatever its neighbours are): it links every mention as the ranking does without the bound,
    those reached only through a sub-phrase among them (the backoff's matches are counted
    exactly, not by its factor), and asks the index about fewer mentions."""
    by_sub_phrase = ["surgeon treats a herniated disk", "patients with asthma", "30% of people with migraine",
                     "repeated strain on the fascia", "relief from the microscopic tears"]
    far = ["call our office today", "the study was funded by", "randomly assigned participants",
           "subscribe to our newsletter", "terms of use", "click here for directions"]
    bounded, plain = [], []
    fresh, unbounded = _counted(Linker(kb_dir), bounded), _counted(Linker(kb_dir), plain)
    linked = 0
    for n, mention in enumerate(by_sub_phrase + far + CRAFTED + _mentions(linker, 40, seed=13)):
        types = TYPES[n % len(TYPES)]
        expected = unbounded._link(mention, types, None, None)
        assert fresh.link(mention, types) == expected, (mention, types)
        linked += expected is not None
    assert fresh.link("surgeon treats a herniated disk").score == round(SUBPHRASE_FACTOR, 4)
    assert linked > 100 and len(bounded) < len(plain)
    ruled_out = [m for m in far if m in plain and m not in bounded]
    assert len(ruled_out) >= 4, ruled_out


@pytest.mark.parametrize(
    ("phrase", "role", "terms"),
    [
        ("persistent back or leg pain", "outcome", []),
        ("Re-herniation occurs", "outcome", ["herni"]),
        ("relief from numbness and tingling", "outcome", ["numb", "tingl"]),
        ("patients with chronic migraine", "population", ["migrain"]),
        ("lumbar spine surgery", "intervention", []),
        ("spinal cord stimulatr implantation", "intervention", []),
        ("microscopic tears in the tendon", "outcome", []),
        ("Migraine affects of the , including children", "outcome", []),
    ],
)
def test_a_figures_concept_is_the_same_with_the_floor_told(linker: Linker, phrase: str, role: str, terms: list) -> None:
    """:func:`role_concept` through the linker's own ``link`` (told each floor) and through a
    stand-in that does not know of floors give the same concept."""
    stand_in = lambda text, types, context: linker.link(text, types, context)  # noqa: E731
    context = f"In the study, {phrase} was reported."
    assert role_concept(phrase, role, terms, linker.link, context) == role_concept(phrase, role, terms, stand_in, context)


def test_the_bound_does_not_read_the_alias_table_whole(kb_dir: Path, cache: Path) -> None:
    """The bound's largest weight comes from the cached copy's record of it: a linker that asks
    it (a one-file run does, for its figures) does not read 110,000 aliases into memory for it."""
    from extract.linking import derived

    Linker(kb_dir)  # writes the cached copy
    fresh = Linker(kb_dir)
    assert isinstance(fresh._table, derived.AliasTable)
    assert fresh._max_weight() == 1.0 and fresh._table._all is None


def test_the_vectors_come_memory_mapped_from_the_cache_and_answer_the_same(kb_dir: Path, cache: Path, linker: Linker) -> None:
    """The first load computes the vectors from the knowledge base's file and caches them; the
    next maps the cached arrays (no computing: a one-file run pays milliseconds, not 0.4 s) and
    answers every query as the computed ones do."""
    import numpy

    computed = AliasVectors.load(kb_dir / VECTORS_FILE)
    assert not isinstance(computed.values.base, numpy.memmap)
    assert len(list((cache / "linker").glob("tfidf_vectors_sparse-*/arrays.json"))) == 1
    mapped = AliasVectors.load(kb_dir / VECTORS_FILE)
    # plain ndarray views over the mapped files (no copy; slicing a memmap costs a Python call)
    assert all(type(getattr(mapped, name)) is numpy.ndarray for name in ("values", "aliases", "starts"))
    assert isinstance(mapped.values.base, numpy.memmap) and isinstance(mapped.aliases.base, numpy.memmap)
    vectorizer = linker._generator.vectorizer
    answers, asked = 0, 0
    for mention in _mentions(linker, 40, seed=5) + ["sciatica", "xqzv"]:
        columns, values = vectorizer.vector(mention)
        for similarity in (0.3, 0.6, 0.8, 0.95):
            assert mapped.reaches(columns, values, similarity) == computed.reaches(columns, values, similarity), mention
            answers, asked = answers + computed.reaches(columns, values, similarity), asked + 1
    assert 0 < answers < asked  # both answers occur


def test_the_claim_finders_exact_name_questions_do_not_query_the_index(nlp, kb_dir: Path) -> None:  # noqa: ANN001
    """The claim finder asks whether a phrase names a concept exactly (``known``: "helps split A
    and B") or names an intervention: it gives the linker its floor, so a phrase that can only
    be near some alias is answered from the exact table and the score bound, and the answers
    are those of linking in full and comparing the score."""
    from extract.claims.component import INTERVENTION_SCORE, KNOWN_SCORE, ROLE_TYPES

    finder = nlp.get_pipe("evidence_claims")
    asked: list[str] = []
    counted = _counted(Linker(kb_dir), asked)
    reference = Linker(kb_dir)
    saved = finder._linker
    finder._linker = counted.link
    try:
        phrases = ["carpal tunnel syndrome", "physiotherapy", "persistent tingling in both hands at night",
                   "relief from the microscopic tears", "a short course of oral steroids", "call our office today"]
        for phrase in phrases:
            exact = reference.link(phrase, None, None)
            assert finder.known(phrase) == (exact is not None and exact.score >= KNOWN_SCORE), phrase
            treats = reference.link(phrase, ROLE_TYPES["intervention"], None)
            assert finder.is_intervention(phrase) == (treats is not None and treats.score >= INTERVENTION_SCORE), phrase
        assert finder.known("carpal tunnel syndrome") and not finder.known("persistent tingling in both hands at night")
        before = len(asked)
        for phrase in ("persistent tingling in both hands at night", "relief from the microscopic tears"):
            counted.clear_cache()
            finder.known(phrase)
        assert len(asked) == before  # known: exact names only, no ANN query
    finally:
        finder._linker = saved


def test_the_key_prefixes_wait_for_the_table_in_memory_then_begin_every_key(kb_dir: Path, cache: Path) -> None:
    """The learned tagger's prefix filter: none while the cached copy is read key by key (a
    one-file run does not read the table whole for it), then the first characters of every key."""
    from extract.linking import derived
    from extract.linking.linker import KEY_PREFIX
    from extract.linking.normalize import compact

    Linker(kb_dir)  # writes the cached copy
    fresh = Linker(kb_dir)
    assert isinstance(fresh._table, derived.AliasTable)
    assert fresh.key_prefixes() is None and not fresh._table.loaded()
    fresh._table.keys()  # read whole, as after many lookups
    size, starts = fresh.key_prefixes()
    assert size == KEY_PREFIX and all(key[:size] in starts for key in fresh._table)
    key = compact("failed back surgery syndrome")
    assert fresh.key_name_tags(key) and key[:size] in starts
