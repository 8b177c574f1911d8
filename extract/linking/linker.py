"""The linker: a mention (and optionally its semantic types and sentence) to a concept.

Two paths. The exact path looks the normalized mention up in the alias table (as written,
without a leading determiner, with its last word singular, and with spaces and hyphens
removed so "post-laminectomy" meets "postlaminectomy"); it needs nothing but ``table.json``,
which loads in a fraction of a second. Only a mention the table does not hold goes to the ANN
path: scispaCy's ``CandidateGenerator`` over the TF-IDF char-3-gram HNSW index, loaded on the
first such mention.

Scores are in 0-1: the cosine similarity of the mention to an alias (1 for an exact match)
times the alias's scope weight (a related synonym counts 0.95, see
:data:`~extract.linking.records.SCOPE_WEIGHTS`). Candidates are ranked by score; ties go to the
curated vocabulary, then HPO, then ICD-10-CM, then the shorter (more general) code. Candidates
within :data:`CONTEXT_MARGIN` of the best are then re-ranked by how many words of the sentence
(``context``), and of the mention beyond the matched alias, they share with each concept's names
and definition: "scar tissue" in a sentence about nerve roots links to epidural fibrosis, not to
skin scarring, and "pseudoarthrosis after fusion" to the curated pseudarthrosis after spinal
fusion.

A mention made only of stopwords and generic nouns ("the procedure", "our surgeons", see
``data/linking.json``) links to nothing, as does one whose best score is below the threshold.
"""

from __future__ import annotations

import json
import re
import threading
import time
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple, Optional, Sequence

from extract.linking.cues import LinkerCues, load_linker_cues
from extract.linking.kb import DEFINITIONS, TABLE, KbError, read_manifest
from extract.linking.normalize import compact, mention_keys, normalize, strip_leading
from extract.linking.records import CONCEPT_TYPES, VOCABULARY_ORDER
from extract.records.models import Candidate, Concept

#: Below this score a mention links to nothing. Chosen from measurement on 58 misspelled,
#: pluralized or reworded names and 61 pieces of page boilerplate (tests/linking/test_threshold.py):
#: at 0.70, 51 of the 58 link to the right concept and 4 to a wrong one; one piece of boilerplate
#: links ("insurance coverage" 0.775 -> "no health insurance coverage"), the next scores 0.57.
#: Raising it to 0.78 drops one-letter typos ("migrane" 0.748) and removes no wrong link but one.
#: It is also scispaCy's default for its own linkers.
DEFAULT_THRESHOLD = 0.70
#: Candidates within this much of the best are re-ranked by the sentence context.
CONTEXT_MARGIN = 0.05
#: Runner-up candidates a linked concept carries.
N_CANDIDATES = 5
#: Aliases asked of the ANN index per mention (several aliases can share a concept).
ANN_K = 30
#: Score factor of an exact match reached by making the last word singular.
SINGULAR_FACTOR = 0.99

#: Convenient type sets for the kinds of mention the claim extractors produce.
INTERVENTION_TYPES = ("procedure", "drug", "therapy", "device")
CONDITION_TYPES = ("disorder", "finding")
RISK_FACTOR_TYPES = ("behavior", "disorder", "finding")

_WORD = re.compile(r"[a-z0-9]+")


class Scored(NamedTuple):
    """A candidate concept (by index) with its score and the alias that gave it."""

    index: int
    score: float
    alias: str


def _stem(word: str) -> str:
    return word[:4]


def content_stems(text: str, stopwords: frozenset[str]) -> set[str]:
    """Crude stems (first four letters) of the content words of a text."""
    return {_stem(w) for w in _WORD.findall(normalize(text)) if len(w) > 2 and w not in stopwords}


def is_junk(key: str, cues: LinkerCues) -> bool:
    """A normalized mention that cannot name a concept: no letters, or only stopwords and
    generic nouns ("the procedure", "treatment options")."""
    if len(key) < 2 or not any(ch.isalpha() for ch in key):
        return True
    return all(w in cues.stopwords or w in cues.generic_words for w in _WORD.findall(key))


class Linker:
    """Links mentions to the concepts of a knowledge base folder (see :mod:`extract.linking.kb`).

    Loading reads the exact-alias table only; the ANN index is loaded on the first mention that
    the table does not hold. ``load_seconds`` records both.
    """

    def __init__(
        self, kb_dir: Path, *, threshold: float = DEFAULT_THRESHOLD, cues: Optional[LinkerCues] = None
    ) -> None:
        started = time.perf_counter()
        self.kb_dir = Path(kb_dir)
        self.cues = cues or load_linker_cues()
        self.manifest = read_manifest(self.kb_dir)
        if self.manifest is None:
            raise KbError(f"no complete knowledge base in {self.kb_dir}; build one with `evidence kb build`")
        self.threshold = threshold
        table = json.loads((self.kb_dir / TABLE).read_text("utf-8"))
        self._ids, self._vocabs, self._names, self._types, related = map(list, zip(*table["concepts"]))
        #: compact key -> [[normalized aliases], concept index, weight, concept index, weight, ...]
        self._table: dict[str, list] = table["aliases"]
        self._index = {cid: i for i, cid in enumerate(self._ids)}
        self._related = {i: frozenset(r) for i, r in enumerate(related) if r}
        self._defs: Optional[list[Optional[str]]] = None
        self._generator = None
        self._concept_aliases: Optional[list[list[str]]] = None
        self._stems: dict[int, set[str]] = {}
        self._cache: dict[tuple[str, Optional[tuple[str, ...]], bool], list[Scored]] = {}
        self._ann_cache: dict[str, list[Scored]] = {}
        self._lock = threading.Lock()
        self.load_seconds: dict[str, float] = {"table": round(time.perf_counter() - started, 3)}

    # -- public ---------------------------------------------------------------------------------

    def link(
        self, text: str, types: Optional[Sequence[str]] = None, context: Optional[str] = None
    ) -> Optional[Concept]:
        """The concept ``text`` names, or None when nothing scores at least the threshold.

        ``types`` restricts the candidates to those semantic types (e.g.
        :data:`INTERVENTION_TYPES`); ``context``, the sentence, re-ranks near-ties.
        """
        ranked = self.candidates(text, types=types, context=context)
        if not ranked or ranked[0].score < self.threshold:
            return None
        best, rest = ranked[0], ranked[1 : 1 + N_CANDIDATES]
        return Concept(
            **self._candidate(best).model_dump(),
            alias=best.alias,
            candidates=[self._candidate(s) for s in rest],
        )

    def link_many(
        self,
        texts: Sequence[str],
        types: Optional[Sequence[str]] = None,
        contexts: Optional[Sequence[Optional[str]]] = None,
    ) -> list[Optional[Concept]]:
        """:meth:`link` for several mentions (with their sentences, if given). The mentions the
        exact table does not hold go through the ANN index in one batch: about four times
        faster than one by one, where scikit-learn's per-call overhead dominates."""
        type_key = _check_types(types)
        keys = {normalize(t) for t in texts}
        pending = [
            strip_leading(k, self.cues.leading_words)
            for k in sorted(keys)
            if not is_junk(k, self.cues) and (k, type_key, False) not in self._cache
            and not self._filter(self._exact(k), type_key)
        ]
        self._ann_many(pending)
        contexts = contexts if contexts is not None else [None] * len(texts)
        return [self.link(t, types=types, context=c) for t, c in zip(texts, contexts)]

    def lookup(
        self, text: str, k: int = N_CANDIDATES, types: Optional[Sequence[str]] = None, context: Optional[str] = None
    ) -> list[Concept]:
        """The best ``k`` candidates, whatever their score (for inspection: ``evidence kb lookup``)."""
        return [
            Concept(**self._candidate(s).model_dump(), alias=s.alias)
            for s in self.candidates(text, types=types, context=context, ann=True)[:k]
        ]

    def candidates(
        self,
        text: str,
        types: Optional[Sequence[str]] = None,
        context: Optional[str] = None,
        ann: bool = False,
    ) -> list[Scored]:
        """Ranked candidates of a mention (exact matches only when there are any, unless ``ann``)."""
        key = normalize(text)
        if is_junk(key, self.cues):
            return []
        type_key = _check_types(types)
        cache_key = (key, type_key, ann)
        ranked = self._cache.get(cache_key)
        if ranked is None:
            ranked = self._rank(self._generate(key, type_key, ann))
            self._cache[cache_key] = ranked
        return self._rerank(ranked, key, context or "")

    def related(self, concept_id: str) -> tuple[str, ...]:
        """The HPO ids and ICD-10-CM codes a curated concept corresponds to (empty for others)."""
        i = self._index.get(concept_id)
        return tuple(sorted(self._related.get(i, ()))) if i is not None else ()

    def load_ann(self) -> None:
        """Load the TF-IDF vectorizer and the HNSW index (done on first need; call to preload)."""
        with self._lock:
            if self._generator is not None:
                return
            started = time.perf_counter()
            from scispacy.candidate_generation import CandidateGenerator, LinkerPaths
            from scispacy.linking_utils import Entity, KnowledgeBase

            concept_aliases, vectorizer, index = LinkerPaths.from_directory(self.kb_dir).load(
                ef_search=self.manifest.settings.ef_search
            )
            kb = _table_knowledge_base(KnowledgeBase, Entity, self)
            self._generator = CandidateGenerator(index, vectorizer, concept_aliases, kb)
            self.load_seconds["ann"] = round(time.perf_counter() - started, 3)

    # -- candidate generation -------------------------------------------------------------------

    def _generate(self, key: str, types: Optional[tuple[str, ...]], ann: bool) -> list[Scored]:
        """Exact matches of the allowed types if there are any (and ``ann`` is off), else the
        ANN candidates with the exact matches merged in."""
        exact = self._filter(self._exact(key), types)
        if exact and not ann:
            return exact
        found = {s.index: s for s in self._filter(self._ann(strip_leading(key, self.cues.leading_words)), types)}
        for s in exact:
            found[s.index] = s
        return list(found.values())

    def _exact(self, key: str) -> list[Scored]:
        for k, singular in mention_keys(key, self.cues.leading_words):
            entry = self._table.get(compact(k))
            if entry is not None:
                alias = k if k in entry[0] else entry[0][0]
                factor = SINGULAR_FACTOR if singular else 1.0
                return [Scored(i, w * factor, alias) for i, w in zip(entry[1::2], entry[2::2])]
        return []

    def _weight(self, alias: str, index: int) -> float:
        entry = self._table.get(compact(alias), [[]])
        return next((w for i, w in zip(entry[1::2], entry[2::2]) if i == index), 0.0)

    def _ann(self, key: str) -> list[Scored]:
        if key not in self._ann_cache:
            self._ann_many([key])
        return self._ann_cache[key]

    def _ann_many(self, keys: Sequence[str]) -> None:
        """Query the ANN index for the keys not asked before, in one batch, and keep the
        candidates (all types) of each."""
        keys = [k for k in dict.fromkeys(keys) if k not in self._ann_cache]
        if not keys:
            return
        if self._generator is None:
            self.load_ann()
        for key, found in zip(keys, self._generator(keys, ANN_K)):
            out = []
            for mc in found:
                i = self._index[mc.concept_id]
                pairs = zip(mc.aliases, mc.similarities)
                score, alias = max((min(1.0, sim) * self._weight(a, i), a) for a, sim in pairs)
                out.append(Scored(i, round(score, 4), alias))
            self._ann_cache[key] = out

    # -- ranking --------------------------------------------------------------------------------

    def _filter(self, scored: list[Scored], types: Optional[tuple[str, ...]]) -> list[Scored]:
        return scored if types is None else [s for s in scored if self._types[s.index] in types]

    def _rank(self, scored: list[Scored]) -> list[Scored]:
        def key(s: Scored) -> tuple:
            cid = self._ids[s.index]
            return (-round(s.score, 3), VOCABULARY_ORDER[self._vocabs[s.index]], len(cid), cid)

        return sorted(scored, key=key)

    def _rerank(self, ranked: list[Scored], key: str, context: str) -> list[Scored]:
        """Near-ties (within :data:`CONTEXT_MARGIN` of the best) ordered by how many word stems
        they share with the concept's names and definition: the sentence's, and the mention's
        own words that the matched alias leaves out ("after fusion" in "pseudoarthrosis after
        fusion"). Nothing changes for an exact match without a sentence."""
        n = next((n for n, s in enumerate(ranked) if s.score < ranked[0].score - CONTEXT_MARGIN), len(ranked))
        near = ranked[:n]
        if len(near) < 2:
            return ranked
        stopwords = self.cues.stopwords
        mention, sentence = content_stems(key, stopwords), content_stems(context, stopwords)
        words = {s.index: (mention - content_stems(s.alias, stopwords)) | sentence for s in near}
        if not any(words.values()):
            return ranked
        overlap = {s.index: len(words[s.index] & self._concept_stems(s.index)) for s in near}
        if len(set(overlap.values())) == 1:
            return ranked
        near.sort(key=lambda s: -overlap[s.index])  # stable: equal overlaps keep their rank
        return near + ranked[len(near) :]

    def _concept_stems(self, index: int) -> set[str]:
        stems = self._stems.get(index)
        if stems is None:
            if self._defs is None:
                self._defs = json.loads((self.kb_dir / DEFINITIONS).read_text("utf-8"))
            text = " ".join([self._names[index], self._defs[index] or "", *self._aliases_of()[index]])
            stems = self._stems[index] = content_stems(text, self.cues.stopwords)
        return stems

    def _aliases_of(self) -> list[list[str]]:
        if self._concept_aliases is None:
            per: list[list[str]] = [[] for _ in self._ids]
            for entry in self._table.values():
                for i in entry[1::2]:
                    per[i].extend(entry[0])
            self._concept_aliases = per
        return self._concept_aliases

    def _candidate(self, s: Scored) -> Candidate:
        i = s.index
        return Candidate(id=self._ids[i], vocabulary=self._vocabs[i], name=self._names[i], score=round(s.score, 4))


def _table_knowledge_base(base: type, entity: type, linker: Linker) -> object:
    """A scispaCy ``KnowledgeBase`` over the linker's table, without re-reading ``concepts.jsonl``:
    ``alias_to_cuis`` (all the ``CandidateGenerator`` needs) comes from the exact-alias table,
    ``cui_to_entity`` is built on first access."""

    class TableKnowledgeBase(base):  # type: ignore[misc, valid-type]
        def __init__(self) -> None:
            self._entities: Optional[dict] = None
            self.alias_to_cuis = {}
            for entry in linker._table.values():
                cuis = {linker._ids[i] for i in entry[1::2]}
                for alias in entry[0]:
                    self.alias_to_cuis[alias] = cuis

        @property
        def cui_to_entity(self) -> dict:  # type: ignore[override]
            if self._entities is None:
                rows = zip(linker._ids, linker._names, linker._aliases_of(), linker._types)
                self._entities = {cid: entity(cid, name, aliases, [t], None) for cid, name, aliases, t in rows}
            return self._entities

    return TableKnowledgeBase()


def _check_types(types: Optional[Sequence[str]]) -> Optional[tuple[str, ...]]:
    if types is None:
        return None
    if isinstance(types, str):
        types = (types,)
    unknown = [t for t in types if t not in CONCEPT_TYPES]
    if unknown:
        raise ValueError(f"unknown concept types {unknown}; use some of {list(CONCEPT_TYPES)}")
    return tuple(sorted(set(types)))


@lru_cache(maxsize=4)
def _cached_linker(kb_dir: Optional[str]) -> Linker:
    from extract.linking.kb import ensure_kb

    folder, _ = ensure_kb(Path(kb_dir) if kb_dir else None)
    return Linker(folder)


def get_linker(kb_dir: Optional[Path] = None) -> Linker:
    """The process's linker for ``kb_dir`` (default: :func:`~extract.linking.kb.default_kb_dir`),
    built on first use if the knowledge base is missing or stale, then loaded once."""
    return _cached_linker(str(kb_dir) if kb_dir else None)


def link(text: str, types: Optional[Sequence[str]] = None, context: Optional[str] = None) -> Optional[Concept]:
    """Link a mention with the default linker (see :meth:`Linker.link`)."""
    return get_linker().link(text, types=types, context=context)
