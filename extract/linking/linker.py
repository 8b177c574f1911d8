"""The linker: a mention (and optionally its semantic types and sentence) to a concept.

Two paths. The exact path looks the normalized mention up in the alias table (as written,
without leading determiners and modifiers such as "the", "other", "effective", with its last
word singular or plural, with a short prepositional complement put first ("pain in the hand"
-> "hand pain", "pain on the outer part of the elbow" -> "elbow pain"), and with spaces and hyphens removed so "post-laminectomy" meets
"postlaminectomy"); it needs nothing but ``table.json``, which loads in a fraction of a
second. Only a mention the table does not hold goes to the ANN path: scispaCy's TF-IDF
char-3-gram HNSW index, queried as scispaCy's ``CandidateGenerator`` queries it (through
:mod:`extract.linking.ann`, which needs no scikit-learn) and loaded on the first such mention. When that finds nothing at the threshold either, the mention links through its first
sub-phrase that is an exact alias (:func:`sub_phrases`: the head before a preposition, then the
longest: "surgeon treats a herniated disk" -> "herniated disk"), at a lower score. The
document's abbreviations, when given, expand a mention that is no exact name ("HA" ->
"hyaluronic acid"); so does one written without what it puts in parentheses ("Dorsal root
ganglion (DRG) stimulation"), and an exact name followed by a dosage form ("antiviral tablets",
``dosage_forms`` in ``data/linking.json``), or a drug's name followed by the site and the form
("amorolfine nail lacquer", "ciclosporin eye drops").

Two structural guards keep a mention on what it names. A near (ANN) alias that swaps a content
word of the mention for another ("microscopic tears" ~ "microscopic colitis", "cancer
treatment" ~ "pain treatment") is discounted by :data:`SUBSTITUTION_FACTOR` (see
:func:`word_substitution`): a misspelling or an extra word is no swap. And the sub-phrase
backoff never falls back on the words before a generic head noun ("cancer" in "cancer
treatment", "kidney" in "kidney problems": :func:`head_index`), only on the head and what
follows it ("patients with asthma" -> asthma), and never on what follows a negation ("get
better without surgery" is no surgery).

Four constructions around a name are read as a writer means them (word lists in
``data/linking.json``): an episode noun after a condition names the condition ("migraine
attacks", "gout flare-ups"; alone, "the attacks" names nothing); a near alias that adds a
direction word the mention lacks names another state and is discounted by :data:`POLAR_FACTOR`
("blood pressure" is no "low blood pressure"); a coordination with no exact name links through
its first conjunct, or the distributed reading of coordinated modifiers ("HIV or medicines" ->
HIV, "hip and knee pain" -> hip pain: :meth:`Linker._first_conjunct`), never a body part, an
adjective or a figure; and a modifier may start a sub-phrase ("repeated strain on the fascia" ->
repeated strain).

Scores are in 0-1: the cosine similarity of the mention to an alias (1 for an exact match)
times the alias's scope weight (a related synonym counts 0.95, see
:data:`~extract.linking.records.SCOPE_WEIGHTS`). Candidates are ranked by score; ties go to the
curated vocabulary, then HPO, then ICD-10-CM, then the shorter (more general) code. Candidates
within :data:`CONTEXT_MARGIN` of the best are then re-ranked by how many words of the sentence
(``context``) they share with each concept's names and definition, plus how many of the
mention's words the alias or the concept accounts for: "scar tissue" in a sentence about nerve
roots links to epidural fibrosis, not to skin scarring, and "pseudoarthrosis after fusion" to
the curated pseudarthrosis after spinal fusion. An exact name is never overridden by the
sentence: only the concepts sharing that name are re-ranked.

A mention made only of stopwords and generic nouns ("the procedure", "our surgeons",
"effective treatments", see ``data/linking.json``) links to nothing, as does one whose best
score is below the threshold.
"""

from __future__ import annotations

import gc
import threading
import time
from collections import Counter, OrderedDict
from contextlib import contextmanager
from difflib import SequenceMatcher
from functools import lru_cache, partial
from itertools import repeat
from pathlib import Path
from typing import Iterator, Mapping, NamedTuple, Optional, Sequence

from extract import regexcache as re  # re, with compiled patterns cached on disk
from extract.linking.cues import LinkerCues, american_spelling, load_linker_cues
from extract.linking.derived import concept_aliases, concept_definitions, load_table, max_weight
from extract.linking.kb import DEFINITIONS, TABLE, KbError, read_manifest
from extract.linking.normalize import compact, mention_keys, normalize, singular
from extract.linking.stems import stem_concept
from extract.linking.records import CONCEPT_TYPES, VOCABULARY_ORDER
from extract.records.models import Candidate, Concept

#: A word of a mention, as :meth:`Linker._help_matches` reads it ("a&e", "999").
_HELP_WORD = re.compile(r"[a-z0-9&]+")
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
#: Score factor of an exact match reached by making the last word singular (or plural).
SINGULAR_FACTOR = 0.99
#: Characters of the alias table's keys that :meth:`Linker.key_prefixes` keeps (about 35,000 distinct
#: for 136,000 keys): enough to rule out, without the table, 57% of the learned tagger's lookups
#: of runs of words on the development corpora (55% with 6, 53% with 10).
KEY_PREFIX = 8
#: Score factor of an exact match reached by putting a prepositional complement before its head
#: ("pain in the hand" -> "hand pain", "sensitivity to light" -> "light sensitivity").
REORDER_FACTOR = 0.98
#: Score factor of the sub-phrase backoff: a mention with no exact match and no ANN match at the
#: threshold links through its first sub-phrase (see :func:`sub_phrases`) that is an exact alias
#: ("surgeon treats a herniated disk" -> "herniated disk"). An ANN match at the threshold wins:
#: it is the same name written differently ("radiofrequncy ablation", "revision back surgery",
#: "triptan medications"), where a sub-phrase would be a broader head ("ablation",
#: "medications"). Below the 0.8 at which the claim finder takes a mention for a known
#: intervention.
SUBPHRASE_FACTOR = 0.79
#: Score factor of an exact match reached by dropping a dosage form from the end of a mention
#: ("antiviral tablets" -> "antiviral", "hydrocortisone cream" -> "hydrocortisone").
DOSAGE_FORM_FACTOR = 0.98
#: Score factor of the finding an adjective describes, named by the adjective made a noun
#: ("dizzy" -> "dizziness", see :meth:`Linker._nominal_matches`).
NOMINAL_FACTOR = 0.97
#: Score of advice to seek care read from a verb of contact and who is seen or an emergency
#: ("talk to your GP", "call 999", see :meth:`Linker._help_matches`).
HELP_FACTOR = 0.95
#: Score of a drug class reached by a one-word mention's INN stem ("temazepam" -> benzodiazepines
#: by "-azepam", see :mod:`extract.linking.stems`) when no alias names it: the stem states the
#: class, but the drug is not a listed member, and a drug's own concept, where the vocabulary has
#: one, is more specific. Above the 0.8 at which the claim finder takes a mention for a known
#: intervention and the figures' measure floor (0.86); below every exact or inflected name.
STEM_FACTOR = 0.9
#: The same after one or two modifiers of the drug's name ("oral metronidazole").
MODIFIED_STEM_FACTOR = 0.88
#: Score factor of an exact match reached by dropping an episode noun from the end of a mention
#: ("migraine attacks" -> "migraine", "gout flare-ups" -> "gout"; ``episode_words`` in
#: ``data/linking.json``): only a disorder or finding is left.
EPISODE_FACTOR = 0.98
#: Score factor of a near (ANN) alias that adds a direction word the mention lacks ("blood
#: pressure" ~ "low blood pressure", "hearing" ~ "hearing loss"; ``polar_words``): it names the
#: opposite state, or a narrower one, and falls below the threshold however close its letters are.
POLAR_FACTOR = 0.7
#: Words that join the conjuncts of a coordinated mention ("HIV or medicines", "pain and
#: swelling"): one with no exact name links through its first conjunct (see
#: :meth:`Linker._first_conjunct`), not through the ANN neighbours of the whole.
COORDINATORS = frozenset({"and", "or"})
#: Two words are the same word written differently (a typo, an inflection) when they share their
#: first four letters or are this similar (difflib ratio): see :func:`word_substitution`.
SAME_WORD_RATIO = 0.75
#: Score factor of a near match that swaps a word of the mention for another (see
#: :func:`word_substitution`): it stays a runner-up candidate but falls below the threshold
#: unless it is very close ("microscopic tears" 0.73 -> "microscopic colitis" 0.58).
SUBSTITUTION_FACTOR = 0.8
#: Room a similarity bound leaves for rounding (scores are rounded to four decimals) and for
#: nmslib's float32 arithmetic (its similarities differ from exact ones by less than 1e-6): see
#: :meth:`Linker.can_reach`.
SIMILARITY_MARGIN = 1e-3
#: Most mentions whose ranked candidates the linker keeps, and most ANN queries whose neighbours it
#: keeps (least recently used first out): a mention met again, in this document or another, is
#: not scored again, and memory stays flat over a corpus of any size. Sized from what they hold
#: and how often they are hit (a 3 MB bench corpus, 899 documents): a mention's entry is about
#: 1.8 kB, hit 95% of the time once warm, with 3,633 mentions kept at the end (about 8,000 at
#: 20 MB); an ANN entry (up to :data:`ANN_K` candidates) about 3.4 kB, hit about once for three
#: queries made, 1,965 kept. Full, the two hold about 29 MB and 14 MB (at 50,000 and 20,000
#: they would grow to about 90 MB and 68 MB over a large corpus of new mentions).
CACHE_SIZE = 16_384
ANN_CACHE_SIZE = 4_096
#: Most keys whose exact matches (and whether they are junk) the linker keeps: the sub-phrase
#: backoff looks the same phrases up for every mention that holds them, and for every set of
#: types a mention is linked with.
EXACT_CACHE_SIZE = 1 << 15
#: Most ANN keys whose reach of a similarity is kept: measured over a 10 MB bench corpus, 2% of
#: the asks were repeats (session 17), so a full cache of 32,768 held memory for nothing.
REACHES_CACHE_SIZE = 1 << 10
#: Sub-phrases are looked for in mentions of at most this many words (gapped ones, dropping a
#: run of words from the middle as in "chronic [and persistent] back pain", in at most
#: :data:`MAX_GAPPED_WORDS`).
MAX_PHRASE_WORDS = 16
MAX_GAPPED_WORDS = 8
#: Words that end the head of a noun phrase: what follows them ("injections into the knee",
#: "procedures that treat pain") is tried after what comes before.
BOUNDARY_WORDS = frozenset(
    "of in into on onto at for with to from by after before during around near within without under over through "
    "between among about against like than via per that which who whose where when while because".split()
)
#: A gapped sub-phrase never skips one of these words: "pain without numbness" is no "pain
#: numbness".
NEGATIONS = frozenset({"no", "not", "without", "never", "nor", "non", "none"})
#: Registered and trademark signs, dropped before lookup ("Botox®").
_MARKS = str.maketrans({"\u00ae": None, "\u2122": None, "\u00a9": None})

#: The vocabulary a concept's name is tagged with for the learned tagger (:meth:`Linker.name_tags`),
#: where it is not the concept's own: a DrugBank drug's name is a feature of the same kind as a
#: curated drug's ("EV:intervention"), so what the tagger learned of the curated drugs of the
#: training pages holds for every drug of the vocabulary.
TAG_VOCABULARY = {"DrugBank": "EV"}
#: Convenient type sets for the kinds of mention the claim extractors produce.
INTERVENTION_TYPES = ("procedure", "drug", "therapy", "device")
CONDITION_TYPES = ("disorder", "finding")
RISK_FACTOR_TYPES = ("behavior", "disorder", "finding")
#: Types of a concept that, named before a generic head noun ("cancer treatment", "kidney
#: problems", "asthma symptoms"), is what the phrase is about, not what it names.
MODIFIER_ONLY_TYPES = frozenset({"disorder", "finding", "anatomy"})
#: Types whose concept a modified mention's head noun alone may name, at the sub-phrase factor
#: (:meth:`Linker._sub_phrase`): interventions ("bunion surgery" is a surgery).
HEAD_KIND_TYPES = frozenset({"procedure", "therapy", "device"})

_WORD = re.compile(r"[a-z0-9]+")
_PARENTHETICAL = re.compile(r"\s*\([^()]*(?:\)|$)")
_SHORT_CAPS = re.compile(r"\b[A-Z][A-Z0-9]{1,2}s?\b")
_TOKEN = re.compile(r"\w[\w-]*")
_COMPLEMENT = re.compile(
    r"^(?P<head>[a-z][\w-]*(?: [\w-]+)*?) (?:of|in|to|on|at|around|affecting) "
    r"(?:(?:the|your|my|his|her|their|a|an|one|both) )?(?P<complement>[a-z][\w-]*(?: [\w-]+)*)$"
)

#: The part of a site a complement may name before the site itself ("the outer part of the
#: elbow", "the front of the heel", "the side of the neck"), with its own optional direction word.
_PART_OF = re.compile(
    r"^(?:(?:the|your|my|his|her|their|a|an|one|both) )?(?:(?P<level>upper|lower) |(?:outer|inner|outside|inside|front|back|"
    r"left|right|middle|top|bottom|near) )?(?:part|parts|side|sides|front|back|top|bottom|base|area|region|surface|edge|inside|outside|underside) of "
    r"(?:(?:the|your|my|his|her|their|a|an|one|both) )?(?P<site>[a-z][\w-]*(?: [\w-]+)*)$"
)


class Scored(NamedTuple):
    """A candidate concept (by index) with its score and the alias that gave it."""

    index: int
    score: float
    alias: str


def _stem(word: str) -> str:
    return word[:4]


def content_stems(text: str, stopwords: frozenset[str]) -> set[str]:
    """Crude stems (first four letters) of the content words of a text."""
    return set(_content_stems(text, stopwords))


@lru_cache(maxsize=1 << 14)
def _content_stems(text: str, stopwords: frozenset[str]) -> frozenset[str]:
    """:func:`content_stems`, kept: each mention of a sentence re-ranks against that sentence."""
    return frozenset(_stem(w) for w in _WORD.findall(normalize(text)) if len(w) > 2 and w not in stopwords)


def is_junk(key: str, cues: LinkerCues) -> bool:
    """A normalized mention that cannot name a concept: no letters, or only stopwords, generic
    nouns and episode nouns ("the procedure", "treatment options", "the attacks")."""
    if len(key) < 2 or not any(ch.isalpha() for ch in key):
        return True
    words = key.split(" ")
    if all(w in cues.episode_words or w in cues.stopwords for w in words):
        return True  # "attacks", "the flare-ups": an episode of what the sentence says elsewhere
    return all(w in cues.stopwords or w in cues.generic_words for w in _WORD.findall(key))


def _form_only(key: str, cues: LinkerCues) -> bool:
    """A mention made of dosage forms, stopwords and generic nouns only ("tablets", "the drops")."""
    words = _WORD.findall(key)
    return any(w in cues.dosage_forms for w in words) and all(
        w in cues.dosage_forms or w in cues.stopwords or w in cues.generic_words for w in words
    )


def mention_key(text: str) -> str:
    """The normalized lookup key of a mention (see :func:`~extract.linking.normalize.normalize`),
    without registered and trademark signs."""
    return normalize(text.translate(_MARKS))


#: :func:`mention_key`, kept: a mention is linked with several sets of types, and through
#: :meth:`Linker.link_many` then :meth:`Linker.link`.
_mention_key = lru_cache(maxsize=1 << 16)(mention_key)


def plural(key: str) -> Optional[str]:
    """The key with its last word made plural ("nerve block" -> "nerve blocks"), or None when
    it looks plural already."""
    head, _, last = key.rpartition(" ")
    if len(last) < 3 or not last.replace("-", "").isalpha() or last.endswith("s") and not last.endswith(("sis", "us")):
        return None
    if last.endswith(("sis", "us", "x", "z", "ch", "sh")):
        word = last[:-2] + "es" if last.endswith("sis") else last + "es"
    elif last.endswith("y") and last[-2] not in "aeiou":
        word = last[:-1] + "ies"
    else:
        word = last + "s"
    return f"{head} {word}" if head else word


_POSSESSIVE = re.compile(r"^([^\W\d_]{3,})(?:'s|(?<=s)')(?= )")  # the first word's: "down's syndrome", "graves' disease"


def eponym(key: str) -> Optional[str]:
    """The other way of writing an eponym's possessive: without it ("down's syndrome" -> "down
    syndrome", "graves' disease" -> "graves disease"; the first word's, of three letters or more,
    in a key of up to five words: not "it's"), or, for a key of two to four words without one, with
    the first word possessive ("parkinson disease" -> "parkinson's disease", "graves
    disease" -> "graves' disease"). Vocabularies write eponyms either way (ICD-10-CM "Down
    syndrome" but "Parkinson's disease", HPO "Graves disease"), and so do pages. None when the key
    has neither form (one word, or more than four)."""
    if "'" in key:
        plain = _POSSESSIVE.sub(r"\1", key, count=1)
        return plain if plain != key and len(key.split(" ")) <= 5 else None
    first, _, rest = key.partition(" ")
    if not rest or len(key.split(" ")) > 4 or not first.isalpha() or len(first) < 3:
        return None
    return f"{first}' {rest}" if first.endswith("s") else f"{first}'s {rest}"


def gerund(verb: str) -> str:
    """The -ing form of a verb as a lay name starts with it ("feel" -> "feeling", "be" ->
    "being", "take" -> "taking"): a leaflet's "you may feel sick" is its "feeling sick"."""
    if verb.endswith("e") and len(verb) > 2 and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    if len(verb) == 3 and verb[0] not in "aeiou" and verb[1] in "aeiou" and verb[2] not in "aeiouwxy":
        return verb + verb[2] + "ing"  # "run" -> "running", "sit" -> "sitting"
    return verb + "ing"


def site_of(complement: str) -> str:
    """A complement without the part of a site it names ("the outer part of the elbow" ->
    "elbow", "the back of the knee" -> "knee"): pain or swelling there is pain or swelling of
    that site; "upper" and "lower" stay ("the lower part of the leg" -> "lower leg"). Other
    complements are returned as they are."""
    m = _PART_OF.match(complement)
    if m is None:
        return complement
    return f"{m['level']} {m['site']}" if m["level"] else m["site"]  # "the lower part of the back": lower back


def reorder(key: str) -> Optional[str]:
    """A head with a short prepositional complement, the complement put first, singular ("pain
    in the hands" -> "hand pain", "injury to the nerve" -> "nerve injury", "pain on the outer
    part of the elbow" -> "elbow pain": :func:`site_of`); None for other keys."""
    m = _COMPLEMENT.match(key)
    if m is None:
        return None
    complement = site_of(m["complement"])
    if len(m["head"].split()) > 3 or len(complement.split()) > 3:
        return None
    return f"{singular(complement) or complement} {m['head']}"


@lru_cache(maxsize=1 << 16)
def _same_word(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` share their first four letters or have a difflib ratio of at
    least :data:`SAME_WORD_RATIO`. Every near alias of every mention asks about the same word
    pairs again, so the answers are kept (at most 65,536 pairs, about 10 MB); and the ratio is
    only computed when two upper bounds of it reach the threshold: the ratio is ``2 * M / (len(a)
    + len(b))`` for ``M`` matched letters, and ``M`` is at most the shorter length and at most the
    letters the two words share as multisets (difflib's ``real_quick_ratio`` and ``quick_ratio``),
    so a pair either bound rejects is a pair the ratio rejects."""
    if a[:4] == b[:4]:
        return True
    total = len(a) + len(b)
    if 2.0 * min(len(a), len(b)) / total < SAME_WORD_RATIO:
        return False
    letters, others = _letters(a), _letters(b)
    shared = sum(map(min, letters.values(), map(others.get, letters, repeat(0))))  # of each letter, the fewer
    if 2.0 * shared / total < SAME_WORD_RATIO:
        return False
    return SequenceMatcher(None, a, b).ratio() >= SAME_WORD_RATIO


def near_bound(base: float, alias: str) -> tuple[float, str]:
    """An upper bound of ``(base * factor, alias)`` for any factor in [0, 1] (tuples compare as
    ``max`` compares them): ``base`` itself when it is not negative (a product rounds to at most
    ``base`` then), 0 for a negative one, and NaN when ``base`` is NaN, which compares as nothing
    and so never lets an alias be skipped."""
    return (base if base >= 0.0 or base != base else 0.0, alias)


@lru_cache(maxsize=1 << 14)
def _letters(word: str) -> dict[str, int]:
    """How many times each letter occurs in ``word`` (kept: a word is compared with many)."""
    return dict(Counter(word))


def word_substitution(mention: str, alias: str, ignored: frozenset[str]) -> bool:
    """Whether a near match replaces a content word of the mention by another: the mention has a
    word the alias lacks and the alias one the mention lacks, each compared with the other's
    words up to typos and inflection (:data:`SAME_WORD_RATIO`). Character 3-grams make
    "microscopic tears" look like "microscopic colitis" and "cancer treatment" like "pain
    treatment"; a misspelling ("radiofrequncy ablation") or an extra word ("steroid injection
    therapy" for "steroid injection") is no substitution. Words in ``ignored`` (stopwords,
    generic nouns, leading modifiers) and words of two letters or fewer do not count.

    >>> word_substitution("microscopic tears", "microscopic colitis", frozenset())
    True
    >>> word_substitution("radiofrequncy ablation", "radiofrequency ablation", frozenset())
    False
    """

    m, a = _content_words(mention, ignored), _content_words(alias, ignored)
    return _unmatched(m, a) and _unmatched(a, m)


def _unmatched(words: Sequence[str], others: Sequence[str]) -> bool:
    """Whether some word of ``words`` is the same word (:func:`_same_word`) as none of ``others``."""
    for w in words:
        if w in others:
            continue  # a word is the same word as itself
        for v in others:
            if _same_word(w, v):
                break
        else:
            return True
    return False


#: :func:`~extract.linking.normalize.compact` of the ANN index's aliases, kept: the same
#: aliases come back as neighbours of many mentions (at most 65,536, a few MB).
_compact_alias = lru_cache(maxsize=1 << 16)(compact)


@lru_cache(maxsize=1 << 16)
def _content_words(text: str, ignored: frozenset[str]) -> tuple[str, ...]:
    """The words of ``text`` that :func:`word_substitution` compares (kept: the same mentions and
    aliases come back for every near alias)."""
    return tuple(w for w in _words(text) if len(w) > 2 and w not in ignored)


@lru_cache(maxsize=1 << 13)  # a cheap regex; 65,536 entries held about 24 MB (session 17)
def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(text))


class LruCache:
    """A dict that keeps its ``size`` most recently used entries (``get`` and ``in`` count as
    uses): the linker's per-mention caches, bounded so that memory stays flat over a big corpus."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._data: OrderedDict = OrderedDict()

    def get(self, key: object, default: object = None) -> object:
        try:
            self._data.move_to_end(key)
            return self._data[key]
        except KeyError:  # not kept (or dropped meanwhile by another thread)
            return default

    def __contains__(self, key: object) -> bool:
        return self.get(key, _MISSING) is not _MISSING

    def __setitem__(self, key: object, value: object) -> None:
        self._data[key] = value
        self._data.move_to_end(key)
        while len(self._data) > self.size:
            self._data.popitem(last=False)

    def __len__(self) -> int:
        return len(self._data)

    def clear(self) -> None:
        self._data.clear()


_MISSING = object()


def without_parentheticals(text: str) -> Optional[str]:
    """The mention without what it puts in parentheses, an unclosed one included ("Dorsal root
    ganglion (DRG) stimulation" -> "Dorsal root ganglion stimulation", "Herpes zoster (shingles"
    -> "Herpes zoster"); None when it has none or nothing is left."""
    if "(" not in text:
        return None
    out = " ".join(_PARENTHETICAL.sub(" ", text).split())
    return out if out and out != text else None


def expand_abbreviations(text: str, abbreviations: Mapping[str, str]) -> str:
    """The mention with each short form a document defines replaced by its long form ("open
    CTR" -> "open carpal tunnel release"; a plural "CTRs" too)."""

    def long_form(m: re.Match) -> str:
        word = m.group(0)
        if word in abbreviations:
            return abbreviations[word]
        if word.endswith("s") and word[:-1] in abbreviations:
            return abbreviations[word[:-1]] + "s"
        return word

    return _TOKEN.sub(long_form, text)


def strip_all_leading(key: str, leading_words: frozenset[str]) -> list[str]:
    """The key after dropping each of its leading determiners, quantifiers and modifiers in turn
    ("the other effective medications" -> "other effective medications", "effective
    medications", "medications")."""
    out, words = [], key.split(" ")
    while len(words) > 1 and words[0] in leading_words:
        words = words[1:]
        out.append(" ".join(words))
    return out


def head_index(words: Sequence[str], stopwords: frozenset[str]) -> Optional[int]:
    """The index of the head of a mention's first noun phrase: its last content word before the
    first :data:`BOUNDARY_WORDS` word ("treatment" in "cancer treatment", "injections" in
    "injections into the knee"); None if there is none."""
    boundary = next((k for k, w in enumerate(words) if w in BOUNDARY_WORDS), len(words))
    return next((k for k in range(boundary - 1, -1, -1) if words[k] not in stopwords), None)


def sub_phrases(
    words: Sequence[str], stopwords: frozenset[str], modifiers: frozenset[str] = frozenset()
) -> list[tuple[int, int, int, int]]:
    """Word spans ``(a, i, j, b)`` of a mention, the words ``a:i`` and ``j:b`` (``i == j`` for a
    contiguous span), in the order the backoff tries them: those starting before the first
    :data:`BOUNDARY_WORDS` word first, where the head of the mention is ("injections" before
    "knee joint" in "injections into the knee joint", "injury to the nerve" before "nerve" in
    "primary injury to the nerve"), then the longest, contiguous before gapped, rightmost
    first (English noun phrases end with their head). The full mention is left out; a span
    starts and ends with a content word, and a gap holds no negation. A word of ``modifiers``
    ("repeated", "severe"), though in ``stopwords``, may start a span of two words or more:
    "repeated strain on the fascia" tries "repeated strain" before "strain"."""
    n = len(words)
    if n < 2 or n > MAX_PHRASE_WORDS:
        return []
    boundary = next((k for k, w in enumerate(words) if w in BOUNDARY_WORDS), n)
    edge = [w not in stopwords for w in words]
    start = [e or w in modifiers for e, w in zip(edge, words)]
    spans = [
        (a, b, b, b) for a in range(n) for b in range(a + 1, n + 1)
        if b - a < n and (edge[a] or start[a] and b - a > 1) and edge[b - 1]
    ]
    if n <= MAX_GAPPED_WORDS:
        spans += [
            (a, i, j, b)
            for a in range(n) for i in range(a + 1, n) for j in range(i + 1, n) for b in range(j + 1, n + 1)
            if edge[a] and edge[i - 1] and edge[j] and edge[b - 1] and not NEGATIONS & set(words[i:j])
        ]

    def order(span: tuple[int, int, int, int]) -> tuple:
        a, i, j, b = span
        return (a >= boundary, -(i - a + b - j), j > i, -b, -a)

    return sorted(spans, key=order)


#: :func:`sub_phrases` of a mention's words, and :func:`normalize` of its sub-phrases, kept: a
#: mention is linked with several sets of types, and the same words come back in other mentions.
_spans = lru_cache(maxsize=1 << 12)(sub_phrases)
_normalized = lru_cache(maxsize=1 << 13)(normalize)  # hit rate about 20% (session 17): a small cache does as well


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
        with _gc_paused():  # 300,000 new lists: a collection every 700 of them (0.4 s of 1) otherwise
            table = load_table(self.kb_dir, TABLE, self.manifest.kb_version)  # table.json, or its cached copy
        self._ids, self._vocabs, self._names, self._types = table.ids, table.vocabularies, table.names, table.types
        #: compact key -> [[normalized aliases], concept index, weight, concept index, weight, ...]
        self._table: Mapping[str, list] = table.aliases  # a dict, or the cached copy read key by key
        self._index = {cid: i for i, cid in enumerate(self._ids)}
        self._related = {i: frozenset(r) for i, r in table.related.items()}
        self._defs: Optional[Sequence[Optional[str]]] = None
        self._generator = None
        self._concept_aliases: Optional[Sequence[list[str]]] = None
        self._stems: dict[int, set[str]] = {}
        #: (key, types, ann, capitals) -> ranked candidates; ANN key -> its candidates (all types)
        self._cache = LruCache(CACHE_SIZE)
        self._ann_cache = LruCache(ANN_CACHE_SIZE)
        self._lock = threading.Lock()
        #: words :func:`word_substitution` does not count (one object: its memo compares it by identity)
        self._ignored = self.cues.stopwords | self.cues.generic_words | self.cues.leading_words
        #: the word sets :meth:`_sub_phrase` spans by, made once
        self._span_stopwords = self.cues.stopwords | self.cues.leading_words
        self._span_modifiers = self.cues.leading_words - self.cues.stopwords  # "repeated strain": a modifier may start a name
        #: word -> the words of its direction group, in the file's order ("high" -> high, raised, increased, ...)
        self._directions = {w: group for group in self.cues.direction_synonyms for w in group}
        self._age_pattern: Optional[re.Pattern] = None  # older age as a threshold, compiled on first use
        #: the exact matches and junk test of a key, kept (bounded; pure functions of the key)
        self._exact = lru_cache(maxsize=EXACT_CACHE_SIZE)(self._exact_matches)
        self._junk = lru_cache(maxsize=EXACT_CACHE_SIZE)(partial(is_junk, cues=self.cues))
        self._concepts_of = lru_cache(maxsize=1 << 16)(self._alias_concepts)
        self._weights_of = lru_cache(maxsize=1 << 16)(self._alias_weights)
        #: the sub-phrase backoff's matches of a key (bounded; asked by the bound, then by the ranking)
        self._sub_phrases = lru_cache(maxsize=EXACT_CACHE_SIZE)(self._sub_phrase)
        self._drug_stems = lru_cache(maxsize=EXACT_CACHE_SIZE)(self._stem_matches)
        #: whether a form of a mention may reach a score (bounded): a figure's phrase is bounded by
        #: the batch that looks it up, then by each link; a first answer stays sound whatever is
        #: cached later (it may only be less tight), and no answer changes what a link returns
        self._form_reach = lru_cache(maxsize=EXACT_CACHE_SIZE)(self._form_reaches)
        #: whether an ANN key reaches a similarity (bounded; see :meth:`_ann_reaches`)
        self._reaches = lru_cache(maxsize=REACHES_CACHE_SIZE)(self._index_reaches)
        #: a mention's American spelling (bounded): asked by every link and every reach bound of it
        self._american = lru_cache(maxsize=1 << 13)(self._american_form)
        self._weight_bound: Optional[float] = None
        self._key_prefixes: Optional[tuple[int, frozenset[str]]] = None
        self.load_seconds: dict[str, float] = {"table": round(time.perf_counter() - started, 3)}

    # -- public ---------------------------------------------------------------------------------

    def american(self, text: str) -> Optional[str]:
        """``text`` in American spelling ("generalised anxiety disorder" -> "generalized anxiety
        disorder"; ``spellings`` of ``data/linking.json``), or None when it is spelled so already:
        the form :meth:`link` also ranks for a mention that links to no exact name as written."""
        return self._american(text) if self.cues.spellings else None

    def _american_form(self, text: str) -> Optional[str]:
        american = american_spelling(text, self.cues.spellings)
        return american if american != text.lower() else None

    def name_tags(self, phrase: str) -> frozenset[str]:
        """The vocabulary and type of every concept that ``phrase`` (lower-cased words) is a name
        of, as "HPO:finding", "ICD-10-CM:disorder", "EV:intervention"; empty when it names none.
        Exact names of the alias table only (spacing and hyphens aside), no ranking: the features
        of the learned tagger (:mod:`extract.claims.learned`)."""
        return self.key_name_tags(compact(phrase))

    def key_name_tags(self, key: str) -> frozenset[str]:
        """:meth:`name_tags` of a phrase by its compact key (:func:`~extract.linking.normalize.compact`,
        the alias table's key): the learned tagger compacts a sentence's words once and joins
        them for each run of words it looks up."""
        entry = self._table.get(key)
        if entry is None:
            return frozenset()
        return frozenset(f"{TAG_VOCABULARY.get(self._vocabs[i], self._vocabs[i])}:{self._types[i]}" for i in entry[1::2])


    def key_prefixes(self) -> Optional[tuple[int, frozenset[str]]]:
        """``(n, prefixes)``: the first ``n`` (:data:`KEY_PREFIX`) characters of every key of the alias
        table (a shorter key whole). A compact key of ``n`` characters or more whose first ``n`` are
        none of them is no key, found without looking it up (:func:`extract.claims.learned.name_tags`
        rules out most runs of words so). None while the table's cached copy is read key by key: a
        run of one small file does not read it whole for this."""
        if self._key_prefixes is None:
            loaded = getattr(self._table, "loaded", None)
            if loaded is not None and not loaded():
                return None
            self._key_prefixes = (KEY_PREFIX, frozenset(key[:KEY_PREFIX] for key in self._table))
        return self._key_prefixes

    def link(
        self,
        text: str,
        types: Optional[Sequence[str]] = None,
        context: Optional[str] = None,
        abbreviations: Optional[Mapping[str, str]] = None,
        min_score: float = 0.0,
    ) -> Optional[Concept]:
        """The concept ``text`` names, or None when nothing scores at least the threshold.

        ``types`` restricts the candidates to those semantic types (e.g.
        :data:`INTERVENTION_TYPES`); ``context``, the sentence, re-ranks near-ties;
        ``abbreviations``, the document's short forms and their long forms ({"HA": "hyaluronic
        acid"}), expand a mention that links to no exact name as written ("HA" -> "hyaluronic
        acid", "open CTR" -> "open carpal tunnel release"). ``min_score`` makes it None unless
        the concept scores at least that much, for a caller that has no use for a lower one. A
        mention that provably cannot reach that score, or the threshold, whichever is higher
        (:meth:`can_reach`), is not looked up in the ANN index at all: it links to nothing
        whatever its neighbours are.
        """
        if not self.can_reach(text, types, max(min_score, self.threshold), abbreviations):
            return None
        concept = self._link(text, types, context, abbreviations)
        return concept if concept is None or concept.score >= min_score else None

    def _link(
        self,
        text: str,
        types: Optional[Sequence[str]],
        context: Optional[str],
        abbreviations: Optional[Mapping[str, str]],
    ) -> Optional[Concept]:
        ranked = self.candidates(text, types=types, context=context)
        expanded = expand_abbreviations(text, abbreviations) if abbreviations else text
        defined = expanded != text and text.strip() in (abbreviations or {})  # the mention is a short form the document defines
        if expanded != text and (not ranked or ranked[0].score < SINGULAR_FACTOR or defined):
            longer = self.candidates(expanded, types=types, context=context)
            # "OCD" where the page defines "osteochondritis dissecans (OCD)": the page's meaning, not another that shares it
            if longer and (not ranked or longer[0].score > ranked[0].score or (defined and longer[0].score >= self.threshold)):
                ranked = longer
        plain = without_parentheticals(text)
        if plain and (not ranked or ranked[0].score < SINGULAR_FACTOR):
            bare = self.candidates(plain, types=types, context=context)
            if bare and (not ranked or bare[0].score > ranked[0].score):
                ranked = bare
        for form in dict.fromkeys((text, expanded)):  # "GAD" where the page defines "generalised anxiety disorder (GAD)": the
            american = self.american(form)  # long form in American spelling too
            if american is not None and (not ranked or ranked[0].score < SINGULAR_FACTOR):
                spelled = self.candidates(american, types=types, context=context)
                if spelled and (not ranked or spelled[0].score > ranked[0].score):
                    ranked = spelled
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
        abbreviations: Optional[Mapping[str, str]] = None,
        min_score: float = 0.0,
    ) -> list[Optional[Concept]]:
        """:meth:`link` for several mentions (with their sentences, if given). The mentions the
        exact table does not hold go through the ANN index in one batch: about four times
        faster than one by one, where scikit-learn's per-call overhead dominates. Those that
        cannot reach ``min_score`` or the threshold (:meth:`can_reach`) are not asked."""
        type_key = _check_types(types)
        floor = max(min_score, self.threshold)
        keys = {_mention_key(t) for t in texts if self.can_reach(t, type_key, floor, abbreviations)}
        pending = [
            self._ann_key(k)
            for k in sorted(keys)
            if not self._junk(k) and (k, type_key, False, frozenset()) not in self._cache
            and not self._filter(self._exact(k), type_key)
        ]
        self._ann_many(pending)
        contexts = contexts if contexts is not None else [None] * len(texts)
        return [
            self.link(t, types=types, context=c, abbreviations=abbreviations, min_score=min_score)
            for t, c in zip(texts, contexts)
        ]

    def can_reach(
        self,
        text: str,
        types: Optional[Sequence[str]] = None,
        min_score: float = 0.0,
        abbreviations: Optional[Mapping[str, str]] = None,
    ) -> bool:
        """Whether :meth:`link` may give ``text`` (with these ``types`` and ``abbreviations``, in
        any sentence) a concept scoring at least ``min_score``; False only when it provably cannot,
        found without querying the ANN index. Each form of the mention that :meth:`link` may
        rank (as written, its abbreviations expanded, without its parentheticals, either of the first two in American
        spelling) is bounded as
        :meth:`_generate` ranks it: its exact matches or the first conjunct's when it has some,
        else the sub-phrase backoff's best score (its factor, or when that reaches ``min_score``
        the backoff's own matches), and the best similarity of any alias of the index
        to the mention (and to its reordered form, at :data:`REORDER_FACTOR`) times the best
        scope weight (:meth:`AnnCandidates.reaches <extract.linking.ann.AnnCandidates.reaches>`,
        with :data:`SIMILARITY_MARGIN` to spare). The context only re-orders near-ties: it
        never raises the best score."""
        if min_score <= 0.0:
            return True
        type_key = _check_types(types)
        forms = [text]
        expanded = expand_abbreviations(text, abbreviations) if abbreviations else text
        forms.append(expanded)
        plain = without_parentheticals(text)
        if plain:
            forms.append(plain)
        for form in dict.fromkeys((text, expanded)):
            american = self.american(form)
            if american is not None:
                forms.append(american)
        return any(self._form_reach(form, type_key, min_score) for form in dict.fromkeys(forms))

    def _form_reaches(self, text: str, types: Optional[tuple[str, ...]], min_score: float) -> bool:
        """:meth:`can_reach` for one form of a mention, as :meth:`candidates` ranks it (``ann``
        off): an upper bound of its best score compared with ``min_score`` (scores compare
        rounded to four decimals, as a :class:`~extract.records.models.Concept` holds them)."""
        key = _mention_key(text)
        if self._junk(key) or self._junk(self._ann_key(key)):
            return False
        caps = frozenset(w.lower() for w in _SHORT_CAPS.findall(text))
        ranked = self._cache.get((key, types, False, caps))
        if ranked is not None:
            return bool(ranked) and round(max(s.score for s in ranked), 4) >= min_score  # ranked by 3 decimals
        exact = self._filter(self._exact(key), types)
        if exact:
            return round(max(s.score for s in exact), 4) >= min_score
        if _form_only(key, self.cues):
            return False
        first = self._first_conjunct(key, types, caps)
        if first:
            return round(max(s.score for s in first), 4) >= min_score
        stems = self._filter(self._drug_stems(key), types)
        if stems and round(max(s.score for s in stems), 4) >= min_score:
            return True  # its stem's class alone reaches the floor
        weight = self._max_weight()
        ann_key = self._ann_key(key)
        if self._ann_reaches(ann_key, min_score / weight - SIMILARITY_MARGIN):
            return True
        reordered = reorder(ann_key)
        if reordered is not None and not self._junk(reordered) and self._ann_reaches(
            reordered, min_score / (REORDER_FACTOR * weight) - SIMILARITY_MARGIN
        ):
            return True
        if SUBPHRASE_FACTOR * weight + SIMILARITY_MARGIN < min_score:
            return False
        # a floor the backoff's factor reaches (the threshold): its own matches decide (the ranking
        # asks for them too when, as here, no near alias reaches the threshold)
        sub = self._sub_phrases(key, types, caps)
        return bool(sub) and round(max(s.score for s in sub), 4) >= min_score

    def _ann_reaches(self, key: str, similarity: float) -> bool:
        """Whether some alias of the ANN index is at least ``similarity`` similar to ``key``
        (True when its neighbours are kept already: they are then cheap to rank)."""
        if self._ann_cache.get(key) is not None:
            return True
        if self._generator is None:
            self.load_ann()
        return self._reaches(key, round(similarity, 6))

    def _max_weight(self) -> float:
        """The largest scope weight in the table (1.0, a name's): no alias scores more."""
        if self._weight_bound is None:
            self._weight_bound = max_weight(self._table)  # the cached copy's record: no whole-table read
        return self._weight_bound

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
        key = _mention_key(text)
        if self._junk(key) or self._junk(self._ann_key(key)):
            return []  # "the procedure", "effective treatments"
        type_key = _check_types(types)
        caps = frozenset(w.lower() for w in _SHORT_CAPS.findall(text))  # "PRP", not "prp"
        cache_key = (key, type_key, ann, caps)
        ranked = self._cache.get(cache_key)
        if ranked is None:
            ranked = self._rank(self._generate(key, type_key, ann, caps))
            self._cache[cache_key] = ranked
        return self._rerank(ranked, key, context or "")

    def clear_cache(self) -> None:
        """Forget the mentions linked so far (to measure a corpus as a fresh process meets it)."""
        self._cache.clear()
        self._ann_cache.clear()
        for memo in (_same_word, _letters, _content_words, _words, _content_stems, _compact_alias, _mention_key, _spans, _normalized,
                     self._exact, self._junk, self._concepts_of, self._weights_of, self._reaches, self._sub_phrases,
                     self._form_reach, self._drug_stems):
            memo.cache_clear()
        if self._generator is not None:
            self._generator.clear_cache()

    def related(self, concept_id: str) -> tuple[str, ...]:
        """The ids a concept corresponds to: the HPO ids and ICD-10-CM codes of a curated concept,
        the curated concept and MedlinePlus id of a DrugBank drug (empty for others)."""
        i = self._index.get(concept_id)
        return tuple(sorted(self._related.get(i, ()))) if i is not None else ()

    def concept_type(self, concept_id: str) -> Optional[str]:
        """The semantic type of a concept ("finding", "anatomy", ...), None for an unknown id."""
        i = self._index.get(concept_id)
        return self._types[i] if i is not None else None

    def load_ann(self) -> None:
        """Load the TF-IDF query vectorizer and the HNSW index (done on first need; call to preload)."""
        with self._lock:
            if self._generator is not None:
                return
            started = time.perf_counter()
            from extract.linking.ann import AnnCandidates

            self._generator = AnnCandidates.from_directory(self.kb_dir, self.manifest.settings.ef_search, self._concepts_of)
            self.load_seconds["ann"] = round(time.perf_counter() - started, 3)

    # -- candidate generation -------------------------------------------------------------------

    def _generate(
        self, key: str, types: Optional[tuple[str, ...]], ann: bool, caps: frozenset[str] = frozenset()
    ) -> list[Scored]:
        """Exact matches of the allowed types if there are any (and ``ann`` is off), else the
        ANN candidates with the exact matches merged in. Without an exact match and an ANN
        match at the threshold, the first sub-phrase that is an exact alias comes in at
        :data:`SUBPHRASE_FACTOR` (see :func:`sub_phrases`)."""
        exact = self._filter(self._exact(key), types)
        if exact and not ann:
            return exact
        if not exact and _form_only(key, self.cues):
            return []  # "tablets", "the cream": a dosage form alone names no drug, however near "calcium tablets" is
        if not exact:
            first = self._first_conjunct(key, types, caps)
            if first:
                return first  # "HIV or medicines": HIV, not the ANN neighbours of the whole
        found = {s.index: s for s in self._filter(self._ann(self._ann_key(key)), types)}
        if not exact:
            for s in self._filter(self._drug_stems(key), types):  # "flucloxacillin": antibiotics by its stem
                if s.index not in found or found[s.index].score < s.score:
                    found[s.index] = s
        if not exact and max((s.score for s in found.values()), default=0.0) < self.threshold:
            for s in self._reordered_ann(key, types):
                if s.index not in found or found[s.index].score < s.score:
                    found[s.index] = s
        if not exact and max((s.score for s in found.values()), default=0.0) < self.threshold:
            for s in self._sub_phrases(key, types, caps):
                if s.index not in found or found[s.index].score < s.score:
                    found[s.index] = s
        for s in exact:
            found[s.index] = s
        return list(found.values())

    def _reordered_ann(self, key: str, types: Optional[tuple[str, ...]]) -> list[Scored]:
        """The ANN candidates of the mention with its prepositional complement put first (see
        :func:`reorder`), at :data:`REORDER_FACTOR`: "hypermobility of the vertebrae" is near
        "vertebral hypermobility" only once it is written the same way round. A neighbour must
        hold the head of the mention ("hypermobility"): one without it names at most the
        complement ("spinal"), which is not what the mention names. Empty for a mention with
        no such complement."""
        reordered = reorder(self._ann_key(key))
        if reordered is None or self._junk(reordered):
            return []
        head = reordered.rsplit(" ", 1)[-1]
        return [
            Scored(s.index, round(s.score * REORDER_FACTOR, 4), s.alias)
            for s in self._filter(self._ann(reordered), types)
            if any(_same_word(head, w) for w in _words(s.alias))
        ]

    def _exact_matches(self, key: str) -> list[Scored]:
        """Matches of the mention as written, without leading determiners and modifiers ("more
        effective treatments"), with its last word singular or plural, reordered (see
        :func:`reorder`), and, for a participle, as the gerund. Called through ``self._exact``,
        which keeps the answers: callers never change the list returned."""
        leading = self.cues.leading_words
        stripped = strip_all_leading(key, leading)
        forms = [key, *stripped]  # the key, then without each leading word in turn (tried in that order below)
        for k, inflected in mention_keys(key, leading) + [(k, False) for k in stripped[1:]]:
            entry = self._table.get(compact(k))
            if entry is not None:
                return self._scored(entry, k, SINGULAR_FACTOR if inflected else 1.0)
        for k in forms:
            entry = (p := plural(k)) and self._table.get(compact(p))
            if entry:
                return self._scored(entry, p, SINGULAR_FACTOR)
            entry = (s := singular(k)) and self._table.get(compact(s))
            if entry:
                return self._scored(entry, s, SINGULAR_FACTOR)
        for k in forms:  # "down's syndrome" -> "down syndrome"
            entry = (e := eponym(k)) and self._table.get(compact(e))
            if entry:
                return self._scored(entry, e, SINGULAR_FACTOR)
        for k in forms:
            entry = (r := reorder(k)) and self._table.get(compact(r))
            if entry:
                return self._scored(entry, r, REORDER_FACTOR)
        if " " not in key and key.endswith("ed") and len(key) > 5:  # "counselled" -> "counselling"
            entry = self._table.get(compact(key[:-2] + "ing"))
            if entry:
                return self._scored(entry, key[:-2] + "ing", SINGULAR_FACTOR)
        for k in forms:  # "(you) feel sick" -> "feeling sick"
            first, _, rest = k.partition(" ")
            if rest and first.isalpha() and len(k.split(" ")) <= 4:
                entry = self._table.get(compact(f"{gerund(first)} {rest}"))
                if entry:
                    return self._scored(entry, f"{gerund(first)} {rest}", SINGULAR_FACTOR)
        for k in forms:  # "high triglycerides" -> "increased triglycerides"
            found = self._direction_matches(k)
            if found:
                return found
        head, _, last = key.rpartition(" ")
        if head and last in self.cues.dosage_forms:  # "antiviral tablets" -> "antiviral"
            found = [Scored(s.index, round(s.score * DOSAGE_FORM_FACTOR, 4), s.alias) for s in self._exact(head)]
            drug, _, site = head.rpartition(" ")
            if not found and drug and site.isalpha():  # "amorolfine nail lacquer", "ciclosporin eye drops"
                found = [Scored(s.index, round(s.score * DOSAGE_FORM_FACTOR**2, 4), s.alias)
                         for s in self._exact(drug) if self._types[s.index] == "drug"]
            return found
        if head and last in self.cues.drug_heads:  # "antiseizure medicines" -> "antiseizure medications"
            found = self._drug_head_matches(head, last)
            if found:
                return found
        if head and last in self.cues.episode_words:  # "migraine attacks" -> "migraine"
            return [
                Scored(s.index, round(s.score * EPISODE_FACTOR, 4), s.alias)
                for s in self._exact(head) if self._types[s.index] in CONDITION_TYPES
            ]
        return self._nominal_matches(key) or self._help_matches(key) or self._age_matches(key)

    def _direction_matches(self, key: str) -> list[Scored]:
        """The name written with another word of the same direction as the mention's first
        (``direction_synonyms``: "high triglycerides" is "increased triglycerides", "low vitamin
        D" "decreased vitamin D"), at :data:`REORDER_FACTOR`; looked up in the table as written."""
        first, _, rest = key.partition(" ")
        group = self._directions.get(first) if rest else None
        for other in group or ():
            if other != first:
                name = f"{other} {rest}"
                entry = self._table.get(compact(name))
                if entry:
                    return self._scored(entry, name, REORDER_FACTOR)
        return []

    def _drug_head_matches(self, words: str, head: str) -> list[Scored]:
        """The drugs named by ``words`` with another of the interchangeable head nouns of a drug
        class (``drug_heads``: "blood pressure drugs" is "blood pressure medication", "anti-
        inflammatory painkillers" "anti-inflammatory drugs"), at :data:`DOSAGE_FORM_FACTOR`:
        only a drug, never what the words name alone ("blood pressure")."""
        for other in sorted(self.cues.drug_heads - {head}):
            name = f"{words} {other}"  # looked up as written: the table, not self._exact, which would come back here
            entry = self._table.get(compact(name))
            found = [s for s in self._scored(entry, name, DOSAGE_FORM_FACTOR) if self._types[s.index] == "drug"] if entry else []
            if found:
                return found
        return []

    def _help_matches(self, key: str) -> list[Scored]:
        """Advice to seek care (``help_seeking`` of ``data/linking.json``): a mention whose first
        or second word is a verb of contact ("see", "call", "booking") and whose words after it
        name an emergency ("call 999", "go to A&E straight away", "seek urgent medical help": the
        emergency care concept) or who is seen ("talk to your GP", "ask a pharmacist", "contact
        your heart failure nurse", "see the rheumatologist": the consultation concept), at
        :data:`HELP_FACTOR`; none for a referral for something ("ask your GP to refer you for
        CBT": that names the advice)."""
        cues = self.cues.help_seeking
        if cues is None:
            return []
        words = _HELP_WORD.findall(key)
        at = next((n for n, w in enumerate(words[:2]) if w in cues.verbs), None)
        if at is None or (at == 1 and words[0] not in self.cues.stopwords and words[0] not in self.cues.leading_words):
            return []
        rest = words[at + 1 :]
        referral = next((n for n, w in enumerate(rest) if w.startswith("refer") and "for" in rest[n + 1 : n + 3]), None)
        if referral is not None:
            return []  # "ask your GP to refer you for CBT": what one is referred for is the advice
        word = next((w for w in rest if w in cues.emergency), None)
        concept = cues.emergency_care
        if word is None:
            word = next((w for w in rest if w in cues.clinicians or w.endswith(cues.clinician_endings)), None)
            concept = cues.consultation
        i = self._index.get(concept) if word is not None else None
        return [Scored(i, HELP_FACTOR, f"{words[at]} ... {word}")] if i is not None else []

    def _age_matches(self, key: str) -> list[Scored]:
        """Older age written as a threshold (``older_age`` of ``data/linking.json``): "over 65",
        "after age 60", "being older than 50", "adults aged 45 or over", "age over 40" name the
        ageing concept at :data:`HELP_FACTOR` when the age is at least ``min_age``; "under 5",
        "over 18" and ranges ("between 40 and 60") name none."""
        cues = self.cues.older_age
        if cues is None:
            return []
        if self._age_pattern is None:
            def either(words) -> str:  # noqa: ANN001 - longest first, a space as any whitespace
                return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=lambda w: (-len(w), w)))

            tail = r"(?:\s*\+|\s+years?|\s+of\s+age|\s+old|\s+(?:or|and)\s+(?:over|older|more|above))*"
            self._age_pattern = re.compile(
                r"(?:(?:" + either(cues.people) + r")\s+){0,2}(?:(?:aged?\s+)?(?:" + either(cues.comparatives)
                + r")\s+(?:(?:the\s+)?age\s+(?:of\s+)?)?(\d{1,3})s?" + tail
                + r"|aged?\s+(\d{1,3})(?:\s+years?)?(?:\s+(?:or|and)\s+(?:over|older|above)|\s*\+)" + tail + r")"
            )
        m = self._age_pattern.fullmatch(key)
        i = self._index.get(cues.concept) if m is not None and int(m.group(1) or m.group(2)) >= cues.min_age else None
        return [Scored(i, HELP_FACTOR, m.group(0))] if i is not None else []

    def _nominal_matches(self, key: str) -> list[Scored]:
        """The disorder or finding a one-word adjective mention describes, named exactly by the
        adjective made a noun (``nominal_endings``: "dizzy" -> "dizziness", "numb" -> "numbness",
        "painful" -> "pain", "nauseous" -> "nausea"), also after a verb of state ("feel
        nauseous"), at :data:`NOMINAL_FACTOR`: a page's "itchy" is pruritus, not the nearest
        alias that adds a body site ("itchy foot"). The first noun the table names wins."""
        words = self._ann_key(key).split(" ")
        if len(words) == 2 and words[0] in self.cues.complement_verbs:
            words = words[1:]
        word = words[0]
        if len(words) != 1 or not word.isalpha():
            return []
        for ending, noun_ending in self.cues.nominal_endings:
            if word.endswith(ending) and len(word) - len(ending) >= 3:
                noun = word[: len(word) - len(ending)] + noun_ending
                entry = self._table.get(compact(noun))
                found = [s for s in self._scored(entry, noun, NOMINAL_FACTOR) if self._types[s.index] in CONDITION_TYPES] if entry else []
                if found:
                    return found
        return []

    def _stem_matches(self, key: str) -> list[Scored]:
        """The drug class a mention names by the INN stem of its one word ("flucloxacillin" ->
        antibiotics by "-cillin", see :mod:`extract.linking.stems`), at :data:`STEM_FACTOR`, as
        written or singular; or of its head after one or two modifiers that are not function words
        ("oral metronidazole", "low-dose amitriptyline", not "allergic to penicillin"), at
        :data:`MODIFIED_STEM_FACTOR`; before a dosage form ("temazepam tablets") times
        :data:`DOSAGE_FORM_FACTOR`. None for a class the knowledge base does not hold. Merged
        with the ANN candidates (a near alias of the drug's own concept may score more), never
        instead of an exact name."""
        *modifiers, word = self._ann_key(key).split(" ")
        factor = 1.0
        if modifiers and word in self.cues.dosage_forms:  # "temazepam tablets"
            *modifiers, word = modifiers
            factor = DOSAGE_FORM_FACTOR
        if len(modifiers) > 2 or any(w in self.cues.stopwords or not w[:1].isalpha() for w in modifiers):
            return []
        factor *= MODIFIED_STEM_FACTOR if modifiers else STEM_FACTOR
        for form in dict.fromkeys((word, singular(word) or word)):
            found = stem_concept(form)
            i = self._index.get(found.concept) if found is not None else None
            if i is not None:
                return [Scored(i, round(factor, 4), f"{form} ({found.label})")]
        return []

    @staticmethod
    def _scored(entry: list, key: str, factor: float) -> list[Scored]:
        alias = key if key in entry[0] else entry[0][0]
        return [Scored(i, w * factor, alias) for i, w in zip(entry[1::2], entry[2::2])]

    def _ann_key(self, key: str) -> str:
        """The key the ANN index is asked: without leading determiners and modifiers."""
        return (strip_all_leading(key, self.cues.leading_words) or [key])[-1]

    def _sub_phrase(self, key: str, types: Optional[tuple[str, ...]], caps: frozenset[str]) -> list[Scored]:
        """The exact matches (of the allowed types) of the first sub-phrase of the mention, in
        :func:`sub_phrases` order, that has some. A one-word sub-phrase counts when the mention
        writes it in capitals ("shown PRP"), or, if it has four letters or more, when the
        mention is a phrase rather than a name: it holds a stopword, a generic noun or a number
        ("30% of people with migraine", "patients given Botox"). "Burning pain" or "blood
        thinning medication" do not fall back on their broader head; the head noun of a
        modified intervention does, when it names a procedure, therapy or device
        (:data:`HEAD_KIND_TYPES`: "bunion surgery" is a surgery, "pneumococcal vaccine" a
        vaccination), and the head of a condition written with course words only, when it names a
        disorder or finding (``course_words``: "chronic insomnia" is insomnia)."""
        words = key.split(" ")
        cues = self.cues
        phrase_like = any(
            w in cues.stopwords or w in cues.generic_words or w in BOUNDARY_WORDS or not _WORD.search(w) for w in words
        )
        head = head_index(words, cues.stopwords)
        generic_head = head is not None and words[head] in cues.generic_words
        course_head = head is not None and head > 0 and all(w in cues.course_words for w in words[:head])  # "chronic insomnia"
        negated = next((k for k, w in enumerate(words) if w in NEGATIONS), len(words))
        for a, i, j, b in _spans(tuple(words), self._span_stopwords, self._span_modifiers):
            if a > negated:
                continue  # "get better without surgery" is no surgery
            phrase = _normalized(" ".join(words[a:i] + words[j:b]))
            if not phrase or self._junk(phrase):
                continue
            head_only = False
            if b - a == 1 and phrase not in caps and (len(phrase) <= 3 or not phrase_like):
                # "pneumococcal vaccine", "bunion surgery", "isometric exercises": the head noun of
                # a modified intervention names its kind; a finding's head does not stand for it
                # ("burning pain" is no plain pain)
                if a != head or len(phrase) <= 3:
                    continue
                head_only = True
            hits = self._filter(self._exact(phrase), types)
            if head_only:
                kinds = HEAD_KIND_TYPES | set(CONDITION_TYPES) if course_head else HEAD_KIND_TYPES
                hits = [s for s in hits if self._types[s.index] in kinds]
            if generic_head and b <= head:
                # "cancer treatment" is no cancer, "kidney problems" no kidney; a "stretching
                # program" is stretching: only an intervention modifier names the phrase
                hits = [s for s in hits if self._types[s.index] not in MODIFIER_ONLY_TYPES]
            if hits:
                return [Scored(s.index, round(s.score * SUBPHRASE_FACTOR, 4), s.alias) for s in hits]
        return []

    def _first_conjunct(self, key: str, types: Optional[tuple[str, ...]], caps: frozenset[str]) -> list[Scored]:
        """The exact matches (of the allowed types, no body part) of the first conjunct of a
        coordinated mention ("hiv or medicines" -> "hiv", "asthma and eczema" -> "asthma"), at
        :data:`SUBPHRASE_FACTOR`; empty when the mention is no coordination of names or its first
        conjunct is no exact name. Coordinated modifiers share the head that follows them: "hip
        and knee pain" reads "hip pain", and a one-word first conjunct that reads as an adjective
        (``adjective_endings``: "chronic and persistent back pain") or a body part ("heart and lung
        disease") is no name of its own. Numbers are no conjuncts ("ages of 40 and 60"); a
        one-word conjunct counts when it has four letters or more or is written in capitals."""
        words = key.split(" ")
        cut = next((k for k, w in enumerate(words) if w in COORDINATORS), None)
        if cut is None or cut == 0 or cut >= len(words) - 1 or not words[cut + 1][:1].isalpha():
            return []
        if not words[cut - 1].rstrip(",")[:1].isalpha():
            return []  # "40 and 60": figures, not names
        cut = next((k + 1 for k, w in enumerate(words[:cut]) if w.endswith(",")), cut)  # "asthma, hay fever or eczema"
        conjunct = normalize(" ".join(words[:cut]))
        rest = words[cut + 1 :] if words[cut] in COORDINATORS else words[cut:]
        if not conjunct or self._junk(conjunct):
            return []
        single = " " not in conjunct
        if single and len(conjunct) < 4 and conjunct not in caps:
            return []
        readings = [conjunct]
        if single and len(rest) >= 2:
            readings.insert(0, normalize(" ".join([conjunct, *rest[1:]])))  # "hip and knee pain" -> "hip pain"
            if conjunct.endswith(tuple(self.cues.adjective_endings)):
                readings.pop()  # "chronic and persistent back pain": "chronic" is no name
        for reading in readings:
            hits = [s for s in self._filter(self._exact(reading), types) if self._types[s.index] != "anatomy"]
            if hits:
                return [Scored(s.index, round(s.score * SUBPHRASE_FACTOR, 4), s.alias) for s in hits]
        return []

    def _index_reaches(self, key: str, similarity: float) -> bool:
        return self._generator.reaches(key, similarity)

    def _alias_concepts(self, alias: str) -> tuple[str, ...]:
        """The concept ids an alias of the ANN index names, from the exact-alias table (looked
        up per neighbour, not built for all 110,000 aliases when the index loads; called
        through ``self._concepts_of``, which keeps the answers of the aliases met most)."""
        entry = self._table.get(_compact_alias(alias))
        if entry is None or alias not in entry[0]:
            return ()
        return tuple([self._ids[i] for i in entry[1::2]])

    def _weight(self, alias: str, index: int) -> float:
        """The scope weight with which ``alias`` names concept ``index`` (the first, if the
        table lists the concept twice; 0 if it lists it not at all)."""
        return self._weights_of(alias).get(index, 0.0)

    def _alias_weights(self, alias: str) -> dict[int, float]:
        """Concept index -> the scope weight with which ``alias`` names it, from the exact-alias
        table entry of the alias's compact key (the first weight of a concept listed twice;
        called through ``self._weights_of``, which keeps the answers: the same aliases come back
        as neighbours of many mentions)."""
        entry = self._table.get(_compact_alias(alias))
        weights: dict[int, float] = {}
        if entry is not None:
            for k in range(1, len(entry) - 1, 2):
                weights.setdefault(entry[k], entry[k + 1])
        return weights

    def _ann(self, key: str) -> list[Scored]:
        found = self._ann_cache.get(key)
        return found if found is not None else self._ann_many([key])[key]

    def _ann_many(self, keys: Sequence[str]) -> dict[str, list[Scored]]:
        """The candidates (all types) of each key: those asked before and still kept from the
        cache, the others from the ANN index in one batch (then kept)."""
        done: dict[str, list[Scored]] = {}
        for k in dict.fromkeys(keys):
            found = self._ann_cache.get(k)
            if found is not None:
                done[k] = found
        keys = [k for k in dict.fromkeys(keys) if k not in done]
        if not keys:
            return done
        if self._generator is None:
            self.load_ann()
        for key, found in zip(keys, self._generator(keys, ANN_K)):
            self._ann_cache[key] = done[key] = self._near_scored(key, found)
        return done

    def _near_scored(self, key: str, found: Sequence) -> list[Scored]:
        """Each ANN candidate concept (an :class:`~extract.linking.ann.AnnCandidate`) of ``key``
        scored by its best alias: the largest ``(similarity * weight * near factor, alias)``, as
        ``max`` over all its aliases picks it. A near alias that swaps a word of the mention for
        another names something else (:meth:`_near_factor`). The factor is at most 1, so
        ``similarity * weight`` bounds the score from above (:func:`near_bound`): an alias whose
        bound cannot beat the best so far is not compared word by word, and an alias met under
        several concepts is compared once."""
        ignored = self._ignored
        factors: dict[str, float] = {}
        modifiers = self._generic_head_modifiers(key)
        out = []
        for mc in found:
            i = self._index[mc.concept_id]
            best: Optional[tuple[float, str]] = None
            for a, sim in zip(mc.aliases, mc.similarities):
                bound = min(1.0, sim) * self._weights_of(a).get(i, 0.0)
                if best is not None and near_bound(bound, a) <= best:
                    continue  # (bound * factor, a) <= (bound, a) <= best: max would not take it
                factor = factors.get(a)
                if factor is None:
                    factor = factors[a] = self._near_factor(key, a, ignored)
                if modifiers and self._types[i] in MODIFIER_ONLY_TYPES and set(_words(a)) <= modifiers:
                    factor = min(factor, SUBSTITUTION_FACTOR)  # "asthma treatment" is no asthma, as in the sub-phrase backoff
                scored = (bound * factor, a)
                if best is None or scored > best:  # as max: the first of equal items stays
                    best = scored
            out.append(Scored(i, round(best[0], 4), best[1]))
        return out

    def _generic_head_modifiers(self, key: str) -> frozenset[str]:
        """The words before the head of a compound noun whose head is a generic noun ("asthma" in "asthma treatment",
        "kidney" in "kidney problems"); empty when its head is no generic noun or a stopword stands before it."""
        words = key.split(" ")
        head = head_index(words, self.cues.stopwords)
        if head is None or head == 0 or words[head] not in self.cues.generic_words:
            return frozenset()
        if any(w in self.cues.stopwords or not _WORD.fullmatch(w) for w in words[:head]):
            return frozenset()  # "sweating all the time": no compound noun, its last word no head of what it names
        return frozenset(words[:head])

    def _near_factor(self, key: str, alias: str, ignored: frozenset[str]) -> float:
        """:data:`SUBSTITUTION_FACTOR` for a near alias that swaps a word of the mention (see
        :func:`word_substitution`). One that only adds words stays whole: on a page about a
        condition, a bare "swelling" or "ablation" means the narrower name it is near
        ("joint swelling", "radiofrequency ablation") more often than not."""
        factor = SUBSTITUTION_FACTOR if word_substitution(key, alias, ignored) else 1.0
        return min(factor, POLAR_FACTOR) if self._adds_polar(key, alias) else factor

    def _adds_polar(self, key: str, alias: str) -> bool:
        """Whether a near alias adds a direction word (``polar_words``) that the mention lacks, up
        to inflection ("raise blood pressure" has "raised")."""
        words = _words(key)
        return any(v in self.cues.polar_words and not any(_same_word(v, w) for w in words) for v in _words(alias))

    # -- ranking --------------------------------------------------------------------------------

    def _filter(self, scored: list[Scored], types: Optional[tuple[str, ...]]) -> list[Scored]:
        return scored if types is None else [s for s in scored if self._types[s.index] in types]

    def _rank(self, scored: list[Scored]) -> list[Scored]:
        """Best score first. A tie goes to the curated vocabulary, then to a concept whose own
        name the alias is, an HPO term or a disorder, over one that lists it as a synonym
        ("Bell's palsy" is the name of G51.0 and a synonym of HPO's broader Facial palsy;
        "overactive bladder" the name of N32.81 and a synonym of Urinary urgency), then by
        vocabulary order and id. An ICD-10-CM finding's name does not beat an HPO synonym: HPO
        names symptoms ("shortness of breath" is Dyspnea, not R06.02)."""
        def key(s: Scored) -> tuple:
            cid = self._ids[s.index]
            vocabulary = VOCABULARY_ORDER[self._vocabs[s.index]]
            curated = vocabulary != VOCABULARY_ORDER["EV"]
            return (-round(s.score, 3), curated, not self._names_disorder(s), vocabulary, len(cid), cid)

        return sorted(scored, key=key)

    def _names_disorder(self, s: Scored) -> bool:
        """Whether the alias a candidate matched is the own (preferred) name of an HPO term or
        of a disorder."""
        if self._types[s.index] != "disorder" and self._vocabs[s.index] != "HPO":
            return False
        return s.alias == _normalized(self._names[s.index])

    def _rerank(self, ranked: list[Scored], key: str, context: str) -> list[Scored]:
        """Near-ties (within :data:`CONTEXT_MARGIN` of the best) ordered by how many word stems
        they share with the sentence, plus how many of the mention's own words the matched alias
        or the concept's names and definition account for ("after fusion" in "pseudoarthrosis
        after fusion" favours pseudarthrosis after spinal fusion over plain pseudoarthrosis).
        Nothing changes for an exact match without a sentence."""
        n = next((n for n, s in enumerate(ranked) if s.score < ranked[0].score - CONTEXT_MARGIN), len(ranked))
        near = ranked[:n]
        if len(near) < 2:
            return ranked
        stopwords = self.cues.stopwords
        mention, sentence = _content_stems(key, stopwords), _content_stems(context, stopwords)  # kept, not copied
        if not mention and not sentence:
            return ranked
        overlap = {
            s.index: len(sentence & self._concept_stems(s.index))
            + len(mention & (_content_stems(s.alias, stopwords) | self._concept_stems(s.index)))
            for s in near
        }
        # the same alias names one concept in two vocabularies ("binge drinking": EV:binge_drinking
        # and HP:6000020 at one score; "fever": HP:0001945 and R50.9 "Fever, unspecified" at 0.99)
        # or an ICD-10-CM code and its subdivisions ("meniere's disease": H81.0 and H81.01 "...,
        # right ear"): the sentence cannot tell them apart (one has a longer definition, that is
        # all), the ranking does. A curated alias at another score is a name that holds in some
        # contexts ("scar tissue" for epidural fibrosis, below Scarring): the sentence decides.
        def same(s: Scored, t: Scored) -> bool:
            return s.alias == t.alias and (s.score == t.score or "EV" not in (self._vocabs[s.index], self._vocabs[t.index]))

        overlap = {s.index: max(overlap[t.index] for t in near if same(s, t)) for s in near}
        if len(set(overlap.values())) == 1:
            return ranked
        near.sort(key=lambda s: -overlap[s.index])  # stable: equal overlaps keep their rank
        return near + ranked[len(near) :]

    def _concept_stems(self, index: int) -> set[str]:
        stems = self._stems.get(index)
        if stems is None:
            if self._defs is None:
                self._defs = concept_definitions(self._table, self.kb_dir / DEFINITIONS)
            text = " ".join([self._names[index], self._defs[index] or "", *self._aliases_of()[index]])
            stems = self._stems[index] = content_stems(text, self.cues.stopwords)
        return stems

    def _aliases_of(self) -> Sequence[list[str]]:
        if self._concept_aliases is None:
            self._concept_aliases = concept_aliases(self._table, len(self._ids))
        return self._concept_aliases

    def _candidate(self, s: Scored) -> Candidate:
        i = s.index
        return Candidate(id=self._ids[i], vocabulary=self._vocabs[i], name=self._names[i], score=round(s.score, 4))


@contextmanager
def _gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while the block runs (it makes containers, frees none)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


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
