"""A learned tagger of claim arguments, run beside the rules: recall on pages the rules were not written for.

The rules find what their constructions describe; on a page written by someone else, about
another condition, they miss what is said in other words. Four linear-chain CRFs (CRFsuite, one
per claim type) tag the main argument of each claim type in a sentence: the cause, the symptom,
the intervention, the recommended action. They were trained on the development gold
(``tests/gold/<corpus>/claims``, never a blind corpus) by :mod:`extract.evaluation.trainlearned`,
from features that describe the sentence and not its wording alone: the words and their shapes,
whether a word starts or continues a name of the vocabularies (HPO, ICD-10-CM, the curated
concepts: the linker's exact-alias table) and of which kind, the heading above the sentence and
the lead-in line before it (which claim types their words announce), and the sentence's own
cue classes. The claim finder adds a tagged span as a claim (rule ``learned:<type>``) only when
no rule claimed an overlapping span of that type.

``learned.json`` (validated on load) holds the cue classes, the feature version and, per type,
the model file and its SHA-256, which a load checks: a model that does not match its manifest,
or was trained on other features, is an error, not a silent change of output.

Everything here but :class:`LearnedTagger` is a pure function over plain records.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from collections.abc import Set as AbstractSet
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Callable, NamedTuple, Optional, Sequence

from pydantic import BaseModel, Field, ValidationInfo, field_validator

from extract.claims.grammar import RelationMention
from extract.linking.normalize import compact
from extract.datafiles import load_data_file

#: The features :func:`sentence_features` makes; a model trained on another version is refused.
FEATURE_VERSION = 1
TYPES = ("cause", "symptom", "treatment", "recommendation")
#: The rule name of a tagged claim: ``learned:<type>``.
LEARNED = "learned:"
#: Longest vocabulary name looked up, in words.
MAX_NAME_WORDS = 5
_BULLET = re.compile(r"\s*(?:[-*\u2022\u00b7\u2013]|\d+[.)])")
_WORD_CHAR = re.compile(r"\w")
_CLOSING = re.compile(r"[.;,:]$")
_DIGITS, _UPPER, _LOWER = re.compile(r"\d+"), re.compile(r"[A-Z]+"), re.compile(r"[a-z]+")


class LearnedError(ValueError):
    """The learned tagger's manifest or a model file is missing, invalid or does not match."""


class ModelFile(BaseModel):
    file: str = Field(description="Path of the CRFsuite model, relative to extract/claims/data/.")
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")


class LearnedManifest(BaseModel):
    """``extract/claims/data/learned.json``."""

    version: str = Field(pattern=r"^\d+\.\d+\.\d+$")
    feature_version: int
    cue_classes: dict[str, str] = Field(
        description="Class name -> regular expression over lower-cased text: which claim types words announce."
    )
    strength_cues: dict[str, str] = Field(
        description="Strength ('must', 'should', 'may') -> regular expression over the lower-cased words before a "
        "tagged recommendation's action: the last cue found sets the strength ('should' when none)."
    )
    against_cue: str = Field(description="Regular expression over the lower-cased words before a tagged action that "
                             "makes it a recommendation against ('avoid', 'do not').")
    min_confidence: dict[str, float] = Field(
        description="Per claim type, the least marginal probability of a tagged span's first label for it to be a claim."
    )
    require_concept: list[str] = Field(
        default_factory=list,
        description="Claim types whose tagged argument must link to a concept to be claimed (with linking on), of "
        "a type other than those of ``excluded_concept_types``.",
    )
    excluded_concept_types: list[str] = Field(
        default_factory=list,
        description="Concept types a tagged argument of a ``require_concept`` type may not link to ('anatomy': a body "
        "part is what a claim is about, never its cause, symptom, intervention or action).",
    )
    defer_to_other_types: list[str] = Field(
        default_factory=list,
        description="Claim types not tagged in a sentence where the rules found claims of other types only: the "
        "rules' reading explains the sentence ('Stop taking metformin if you are ill' is advice, not a treatment "
        "claim; 'X can cause Y' names a cause, and Y is not a symptom of the page's condition).",
    )
    veto_below: dict[str, float] = Field(
        default_factory=dict,
        description="Per claim type, the least chance the model of that type gives a rule claim's main argument "
        "(the mean over its words of the marginal probability of a label other than O) for the claim to stay: the "
        "tagger as evidence against a rule firing on a construction that means something else. A type not named "
        "is never vetoed.",
    )
    trained_on: list[str] = Field(description="The gold corpora the models were trained on.")
    training: dict[str, float] = Field(description="CRFsuite training parameters (c1, c2, max_iterations).")
    models: dict[str, ModelFile]

    @field_validator("cue_classes", "strength_cues")
    @classmethod
    def _compiles(cls, value: dict[str, str], info: ValidationInfo) -> dict[str, str]:
        if info.field_name == "strength_cues" and set(value) != {"must", "should", "may"}:
            raise ValueError("strength_cues needs exactly 'must', 'should' and 'may'")
        for name, pattern in value.items():
            _compiled(pattern, f"{'cue class' if info.field_name == 'cue_classes' else 'strength cue'} {name!r}")
        return value

    @field_validator("against_cue")
    @classmethod
    def _against_compiles(cls, value: str) -> str:
        return _compiled(value, "against_cue")

    @field_validator("require_concept", "defer_to_other_types")
    @classmethod
    def _types(cls, value: list[str]) -> list[str]:
        unknown = sorted(set(value) - set(TYPES))
        if unknown:
            raise ValueError(f"unknown claim types {unknown} (known: {', '.join(TYPES)})")
        return value

    @field_validator("veto_below")
    @classmethod
    def _thresholds(cls, value: dict[str, float]) -> dict[str, float]:
        unknown = sorted(set(value) - set(TYPES))
        if unknown:
            raise ValueError(f"veto_below: unknown claim types {unknown} (known: {', '.join(TYPES)})")
        wrong = sorted(k for k, v in value.items() if not 0.0 <= v < 1.0)
        if wrong:
            raise ValueError(f"veto_below: the thresholds of {wrong} are not chances in [0, 1)")
        return value

    @field_validator("models")
    @classmethod
    def _every_type(cls, value: dict[str, ModelFile]) -> dict[str, ModelFile]:
        missing = set(TYPES) - set(value)
        if missing:
            raise ValueError(f"no model for {sorted(missing)}")
        return value


def _compiled(pattern: str, what: str) -> str:
    """``pattern`` if it compiles as a regular expression; else a ValueError naming ``what``."""
    try:
        re.compile(pattern)
    except re.error as e:
        raise ValueError(f"{what}: {e}") from e
    return pattern


def load_manifest(path: Optional[str | Path] = None) -> LearnedManifest:
    return load_data_file(LearnedManifest, "extract.claims", "learned.json", path, LearnedError, "learned tagger manifest")


class Token(NamedTuple):
    """A token of a sentence: its text and its offset in the sentence."""

    text: str
    start: int


class SentenceContext(NamedTuple):
    """What surrounds a sentence: the heading above it and the line before it, lower-cased."""

    heading: str
    lead: str


def sentence_context(text: str, start: int, lines_back: int = 12) -> SentenceContext:
    """The nearest heading-like line above ``start`` (at most nine words, no closing punctuation,
    not a bullet) within ``lines_back`` lines, and the whole line before the sentence's line."""
    line_start = text.rfind("\n", 0, start) + 1
    first, end = max(0, line_start - 4000), line_start
    while end > first and text[end - 1] == "\n":
        end -= 1  # text[first:line_start].rstrip("\n"), without copying it
    cut = end
    for _ in range(lines_back):  # where the last ``lines_back`` lines of text[first:end] start
        cut = text.rfind("\n", first, cut)
        if cut < 0:
            break
    before = text[first if cut < 0 else cut + 1 : end].split("\n")
    lead = before[-1].strip() if before else ""
    heading = ""
    for line in reversed(before):
        s = line.strip()
        if s and len(s.split()) <= 9 and not _CLOSING.search(s) and not _BULLET.match(s):
            heading = s
            break
    return SentenceContext(heading.lower(), lead.lower())


def name_tags(words: Sequence[str], lookup: Callable[[str], frozenset[str]], compacted: bool = False,
              prefixes: Optional[tuple[int, AbstractSet[str]]] = None) -> list[tuple[str, ...]]:
    """Per word, the tags of the vocabulary name it is part of: ``B`` or ``I`` (first word or
    not) + the name's vocabulary and concept type ("BHPO:finding", "IEV:intervention"). Names are
    matched longest first, left to right, up to :data:`MAX_NAME_WORDS` words; ``lookup`` maps a
    lower-cased phrase to its tags (empty when no concept has it as a name). With ``compacted``,
    ``lookup`` takes the phrase's compact key instead (:func:`~extract.linking.normalize.compact`:
    :meth:`Linker.key_name_tags <extract.linking.linker.Linker.key_name_tags>`), and each word
    is compacted once, not in every run of words: the compact key of words joined by spaces is
    their compact keys joined. With ``compacted``, ``prefixes`` (``(n, strings)``: the first ``n``
    characters of every key, :meth:`Linker.key_prefixes <extract.linking.linker.Linker.key_prefixes>`)
    rules out without a lookup the runs of ``n`` characters or more that begin no key: the same tags,
    about half the lookups."""
    low = [w.lower() for w in words]
    parts, space = ([compact(w) for w in low], "") if compacted else (low, " ")
    out: list[tuple[str, ...]] = [()] * len(words)
    i = 0
    while i < len(words):
        top = min(MAX_NAME_WORDS, len(words) - i)
        if prefixes is not None and compacted:
            top = _possible_run(parts, i, top, *prefixes)
        for n in range(top, 0, -1):
            tags = lookup(space.join(parts[i : i + n]))
            if tags:
                ordered = sorted(tags)
                out[i] = tuple("B" + t for t in ordered)
                for j in range(i + 1, i + n):
                    out[j] = tuple("I" + t for t in ordered)
                break
        i += 1
    return out


def _possible_run(parts: Sequence[str], i: int, top: int, size: int, starts: AbstractSet[str]) -> int:
    """The most words from ``parts[i]`` on (at most ``top``) whose compact key may be a key: all
    ``top`` when the key of the ``top`` words is shorter than ``size`` or begins as some key does,
    else those whose key is shorter than ``size`` (each longer one begins as that key does)."""
    run = "".join(parts[i : i + top])
    if len(run) < size or run[:size] in starts:
        return top
    n = length = 0
    while n < top and length + len(parts[i + n]) < size:
        length += len(parts[i + n])
        n += 1
    return n


def _classes(text: str, classes: Sequence[tuple[str, re.Pattern[str]]]) -> list[str]:
    return [name for name, pattern in classes if pattern.search(text)]


@lru_cache(maxsize=8192)  # a word's shape, kept for the 8,192 words met last (about 1.5 MB)
def _shape(word: str) -> str:
    return _LOWER.sub("x", _UPPER.sub("X", _DIGITS.sub("d", word)))[:4]


#: The neighbours :func:`sentence_features` describes a token by: offset, word and name feature keys.
_NEIGHBOURS = tuple((d, f"w{d}=", f"lex{d}=") for d in (-2, -1, 1, 2))


def sentence_features(
    tokens: Sequence[Token], names: Sequence[tuple[str, ...]], context: SentenceContext,
    classes: Sequence[tuple[str, re.Pattern[str]]],
) -> list[list[str]]:
    """The CRF features of every token of a sentence (feature version :data:`FEATURE_VERSION`)."""
    if not tokens:
        return []
    words = [t.text for t in tokens]
    low = [w.lower() for w in words]
    shared = ["h:" + c for c in _classes(context.heading, classes)]
    if context.lead.endswith(":"):
        shared += ["lead:"] + ["lead:" + c for c in _classes(context.lead, classes)]
    shared += ["s:" + c for c in _classes(" ".join(low), classes)]
    if words[0] in ("-", "*", "\u2022", "\u00b7", "\u2013"):
        shared.append("bullet")
    if words[-1] == "?":
        shared.append("question")
    if words[-1] == ":":
        shared.append("endcolon")
    if words[-1] not in (".", "!", "?", ":", ";"):
        shared.append("nopunct")
    n = len(words)
    shared.append("len:" + ("s" if n < 8 else "m" if n < 20 else "l"))
    out = []
    for i, w in enumerate(low):
        f = ["b", "shape=" + _shape(words[i]), "suf=" + w[-3:], "w=" + w, *shared]
        if i == 0:
            f.append("first")
        if i == n - 1:
            f.append("last")
        for d, word_key, name_key in _NEIGHBOURS:
            j = i + d
            if 0 <= j < n:
                f.append(word_key + low[j])
                if names[j]:  # most words are in no name: no generator to make
                    f.extend([name_key + t for t in names[j]])
            else:
                f.append(word_key + "<pad>")
        if names[i]:
            f.extend(["lex=" + t for t in names[i]])
        out.append(f)
    return out


def spans_from_labels(labels: Sequence[str]) -> list[tuple[int, int]]:
    """Token spans ``[start, end)`` of a BIO sequence (an ``I`` without a ``B`` opens a span)."""
    spans: list[tuple[int, int]] = []
    start: Optional[int] = None
    for i, label in enumerate([*labels, "O"]):
        if label == "B" or label == "O" or (label == "I" and start is None):
            if start is not None:
                spans.append((start, i))
                start = None
            if label in ("B", "I"):
                start = i
    return spans


def labels_for(tokens: Sequence[Token], spans: Sequence[tuple[int, int]]) -> list[str]:
    """The BIO labels of the tokens for character spans of the sentence (training): a span covers
    the tokens it overlaps; a span overlapping one already labelled is skipped."""
    labels = ["O"] * len(tokens)
    for s, e in spans:
        idx = [i for i, t in enumerate(tokens) if t.start < e and t.start + len(t.text) > s]
        if not idx or any(labels[i] != "O" for i in idx):
            continue
        labels[idx[0]] = "B"
        for i in idx[1:]:
            labels[i] = "I"
    return labels


def tokens_of(doc, start: int, end: int) -> list[Token]:  # noqa: ANN001 - spaCy Doc
    """The tokens of ``doc`` in ``[start, end)``, whitespace dropped, offsets relative to ``start``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    return [Token(t.text, t.idx - start) for t in span if not t.is_space and start <= t.idx < end]


class DocTokens:
    """A document's tokens as plain lists, read once with ``Doc.to_array``: :meth:`between` is
    :func:`tokens_of` for each sentence without making spaCy's token objects again. The tokens of
    :func:`tokens_of`'s expanded character span that it keeps are those that start in
    ``[start, end)`` and are not whitespace, and a token's text is the document's text at its
    offset and length."""

    def __init__(self, doc, text: str) -> None:  # noqa: ANN001 - spaCy Doc; text: doc.text
        from spacy.attrs import IDX, IS_SPACE, LENGTH

        rows = doc.to_array([IDX, LENGTH, IS_SPACE]).tolist() if len(doc) else []
        self.starts = [i for i, _, space in rows if not space]
        self.texts = [text[i : i + n] for i, n, space in rows if not space]
        self.length = len(text)

    def between(self, start: int, end: int) -> list[Token]:
        """``tokens_of(doc, start, end)``: none, as there, for offsets outside the text."""
        if start < 0 or end > self.length:
            return []
        lo, hi = bisect_left(self.starts, start), bisect_left(self.starts, end)
        return [Token(w, i - start) for w, i in zip(self.texts[lo:hi], self.starts[lo:hi])]


def recommendation_strength(before: str, cues: Sequence[tuple[str, re.Pattern[str]]]) -> tuple[str, str]:
    """The strength and cue of a tagged recommendation from the words before its action: the
    last cue of :attr:`LearnedManifest.strength_cues` found; 'should' and no cue for an
    imperative."""
    best: tuple[int, str, str] = (-1, "should", "")
    for strength, pattern in cues:
        for m in pattern.finditer(before):
            if m.start() > best[0]:
                best = (m.start(), strength, m.group(0))
    return best[1], best[2]


def _trim(tokens: Sequence[Token], start: int, end: int) -> Optional[tuple[int, int]]:
    """Character span of tokens ``[start, end)`` without punctuation at either edge."""
    while start < end and not _WORD_CHAR.search(tokens[start].text):
        start += 1
    while end > start and not _WORD_CHAR.search(tokens[end - 1].text):
        end -= 1
    if start >= end:
        return None
    return tokens[start].start, tokens[end - 1].start + len(tokens[end - 1].text)


class Reading(NamedTuple):
    """What the models read in a sentence: the tagged ``(type, start, end)`` spans and, per type
    asked for, each token's chance of being part of an argument of that type (1 - P(O))."""

    spans: list[tuple[str, int, int]]
    chances: dict[str, list[float]]


def argument_chance(tokens: Sequence[Token], chances: Sequence[float], start: int, end: int) -> Optional[float]:
    """The mean chance of the word tokens of ``[start, end)`` (character offsets in the sentence)
    to be part of an argument: how much the tagger agrees that a rule's argument is one; None when
    the span covers no word token."""
    inside = [c for t, c in zip(tokens, chances)
              if t.start < end and start < t.start + len(t.text) and _WORD_CHAR.search(t.text)]
    return sum(inside) / len(inside) if inside else None


class LearnedTagger:
    """The four CRF taggers of :data:`TYPES`, loaded once from the manifest's model files."""

    def __init__(self, manifest: Optional[LearnedManifest] = None, data_dir: Optional[Path] = None) -> None:
        self.manifest = manifest or load_manifest()
        if self.manifest.feature_version != FEATURE_VERSION:
            raise LearnedError(
                f"the learned tagger's models use features version {self.manifest.feature_version}, this code makes "
                f"version {FEATURE_VERSION}: retrain them with `python -m extract.evaluation.trainlearned`"
            )
        self.data_dir = Path(data_dir) if data_dir else Path(str(resources.files("extract.claims").joinpath("data")))
        self.classes = tuple((name, re.compile(p)) for name, p in self.manifest.cue_classes.items())
        self.strengths = tuple((name, re.compile(p)) for name, p in self.manifest.strength_cues.items())
        self.against = re.compile(self.manifest.against_cue)

    @cached_property
    def version(self) -> str:
        """The manifest's version and the first 12 hex digits of its four models' SHA-256:
        '1.0.0+3f2a9c0b71de'. Claims the tagger adds carry it in ``evidence.extractor_version``."""
        digest = hashlib.sha256("".join(self.manifest.models[k].sha256 for k in TYPES).encode()).hexdigest()
        return f"{self.manifest.version}+{digest[:12]}"

    @cached_property
    def vetoing(self) -> frozenset[str]:
        """The claim types whose rule claims the tagger may veto (``veto_below``)."""
        return frozenset(self.manifest.veto_below)

    @cached_property
    def taggers(self) -> dict:  # noqa: ANN401 - pycrfsuite.Tagger
        import pycrfsuite

        out = {}
        for kind in TYPES:
            model = self.manifest.models[kind]
            path = self.data_dir / model.file
            try:
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
            except OSError as e:
                raise LearnedError(f"cannot read the learned {kind} model {path}: {e}") from e
            if digest != model.sha256:
                raise LearnedError(
                    f"the learned {kind} model {path} does not match learned.json (sha256 {digest[:12]}, expected "
                    f"{model.sha256[:12]}): retrain with `python -m extract.evaluation.trainlearned`"
                )
            tagger = pycrfsuite.Tagger()
            tagger.open(str(path))
            out[kind] = tagger
        return out

    def tag(self, tokens: Sequence[Token], context: SentenceContext,
            lookup: Callable[[str], frozenset[str]], compacted: bool = False,
            prefixes: Optional[tuple[int, AbstractSet[str]]] = None) -> list[tuple[str, int, int]]:
        """``(type, start, end)`` character spans of the sentence the models tag as claim arguments
        (``lookup``, ``compacted`` and ``prefixes``: see :func:`name_tags`)."""
        return self.read(tokens, context, lookup, compacted, prefixes).spans

    def read(self, tokens: Sequence[Token], context: SentenceContext,
             lookup: Callable[[str], frozenset[str]], compacted: bool = False,
             prefixes: Optional[tuple[int, AbstractSet[str]]] = None, chances_of: AbstractSet[str] = frozenset()) -> Reading:
        """What the models read in a sentence: the spans :meth:`tag` returns and, for the types of
        ``chances_of``, each token's chance of being part of an argument of that type."""
        if not tokens or not any(_WORD_CHAR.search(t.text) for t in tokens):
            return Reading([], {})
        import pycrfsuite

        features = sentence_features(tokens, name_tags([t.text for t in tokens], lookup, compacted, prefixes), context, self.classes)
        items = pycrfsuite.ItemSequence(features)  # converted once for the four models, not by each
        out, chances = [], {}
        for kind in TYPES:
            tagger = self.taggers[kind]
            labels = tagger.tag(items)
            if kind in chances_of:  # the marginals of the sequence just tagged
                chances[kind] = [1.0 - tagger.marginal("O", i) for i in range(len(labels))]
            least = self.manifest.min_confidence.get(kind, 0.0)
            for s, e in spans_from_labels(labels):
                if least and tagger.marginal(labels[s], s) < least:
                    continue
                span = _trim(tokens, s, e)
                if span is not None:
                    out.append((kind, *span))
        return Reading(out, chances)

    def vetoed(self, tokens: Sequence[Token], reading: Reading, found: Sequence[RelationMention]) -> list[RelationMention]:
        """``found`` without the rules' claims the models strongly disagree with: those of a type of
        ``veto_below`` whose argument's chance (:func:`argument_chance`) is below its threshold."""
        veto = self.manifest.veto_below
        if not veto:
            return list(found)  # the shipped setting: nothing is vetoed

        def doubted(m: RelationMention) -> bool:
            if m.kind not in veto or m.kind not in reading.chances or m.rule.startswith(LEARNED):
                return False
            chance = argument_chance(tokens, reading.chances[m.kind], *m.subject)
            return chance is not None and chance < veto[m.kind]

        return [m for m in found if not doubted(m)]

    def kept(self, claim, concept_type: Callable[[str], Optional[str]]) -> bool:  # noqa: ANN001 - a claim record
        """Whether a tagged claim stays: for the types of ``require_concept``, its main argument
        links to a concept whose type (``concept_type`` of its id) is not excluded."""
        from extract.consistency.statements import arguments

        if claim.type not in self.manifest.require_concept:
            return True
        concept = arguments(claim)[0].concept
        return concept is not None and concept_type(concept.id) not in self.manifest.excluded_concept_types

    def mentions(self, sentence: str, tagged: Sequence[tuple[str, int, int]], found: Sequence[RelationMention]) -> list[RelationMention]:
        """Claims of the tagged spans that no mention in ``found`` (the rules') overlaps with the
        same type, and none of a type of ``defer_to_other_types`` when the rules found claims of
        other types only in the sentence: rule ``learned:<type>``, no object (the claim's condition or effect is the
        page's, as for a bulleted item), a recommendation's strength and polarity from the words
        before its action."""
        out = []
        ruled = {m.kind for m in found}
        for kind, s, e in tagged:
            if any(m.kind == kind and m.subject[0] < e and s < m.subject[1] for m in found):
                continue
            if ruled and kind not in ruled and kind in self.manifest.defer_to_other_types:
                continue
            if kind == "recommendation":
                before = sentence[:s].lower()
                strength, cue = recommendation_strength(before, self.strengths)
                against = self.against.search(before) is not None
                out.append(RelationMention(kind, (s, e), None, None, LEARNED + kind, (s, e), strength, against, None, cue or None))
            else:
                out.append(RelationMention(kind, (s, e), None, None, LEARNED + kind, (s, e)))
        return out


@lru_cache(maxsize=1)
def get_tagger() -> LearnedTagger:
    """The packaged tagger, loaded once per process."""
    return LearnedTagger()


@lru_cache(maxsize=8)
def tagger_from(directory: str) -> LearnedTagger:
    """A tagger trained into ``directory`` (``trainlearned --out-dir DIR``: its ``learned.json``
    and ``learned/*.crfsuite``), validated as the packaged one is, loaded once per process."""
    folder = Path(directory)
    manifest = folder / "learned.json"
    if not manifest.is_file():
        raise LearnedError(f"no learned.json in {folder}: train models there with "
                           f"`python -m extract.evaluation.trainlearned --out-dir {folder}`")
    return LearnedTagger(load_manifest(manifest), data_dir=folder)
