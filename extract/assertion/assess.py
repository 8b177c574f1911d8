"""How the text asserts each claim: :func:`assess` over a ``Doc`` and claim targets.

A claim target is a character span of the document: a figure's surface ("up to 20%"), or a
relation from its first to its last argument ("Scar tissue can ... give rise to chronic pain").
Targets may overlap; each is assessed on its own.

For each target, cues are looked for in the target's own sentence only (the sentence holding
its first character; a target running past that sentence is cut at its end). Two sources:

- medspaCy ConText with its default rules (:mod:`extract.assertion.context`): categories
  NEGATED_EXISTENCE -> negated, POSSIBLE_EXISTENCE -> hedged, HYPOTHETICAL -> hypothetical.
  HISTORICAL and FAMILY cues are left out: they say when or of whom, not whether, and no flag
  of :class:`~extract.records.models.Assertion` stands for them.
- the project's rules for scientific and marketing prose (:mod:`extract.assertion.hedges`,
  ``data/hedges.json``): negations, modal and epistemic hedges, frequency, upper bounds,
  conditionals and generic markers.

Where the two sources read the same words, the project's reading wins when it is the longer
phrase: a ConText cue overlapping a pseudo-cue or a longer project cue is dropped ("cannot be
ruled out" is a hedge, not ConText's negation "not"; "no evidence that" subsumes ConText's
"no evidence"). Then, among the cues that modify one target, overlapping cues of the same kind
are reduced to the longest; at equal length the project's is kept, its category and grade
being finer (ConText files "likely" with "possible"). Cues of different kinds on the same words
are all kept ("unlikely" negates and hedges; "generally" hedges and generalises). The flags are
the kinds of the cues kept; the certainty follows from them
(:func:`extract.assertion.certainty.grade`).

Flags:

- ``negated``: the claim is denied ("Surgery does not cause arachnoiditis"); a recommendation
  against its action is not (:func:`recommended_against`: the claim's ``against`` says it).
- ``hedged``: the claim is qualified as less than certain ("may", "suggests", "often",
  "rarely", "up to 20%").
- ``hypothetical``: the claim holds under a condition ("If conservative care fails, surgery
  should be considered").
- ``generic``: the claim is about a kind or class ("people with diabetes", "in general"),
  not about an observed instance or sample.
"""

from __future__ import annotations

import bisect
from functools import lru_cache
from typing import Any, Optional, Sequence

from extract import regexcache as re
from extract.assertion.certainty import grade
from extract.assertion.context import ContextRunner, overruled
from extract.assertion.cues import AssertionCues, load_cues
from extract.assertion.hedges import outside_relative, Found, HedgeRules, Span, hedge_cues
from extract.pipeline.components import doc_text
from extract.records.models import Assertion, Cue


class AssertionRules:
    """The compiled rules :func:`assess` applies: the project's hedge rules and, unless
    ``use_context`` is false, medspaCy ConText (built on first use, with ``nlp``'s tokenizer
    when given). Build once and reuse."""

    def __init__(
        self, cues: Optional[AssertionCues] = None, *, use_context: bool = True, nlp: Any = None, route: str = "auto"
    ) -> None:
        self.cues = cues if cues is not None else load_cues()
        self.hedges = HedgeRules(self.cues)
        self.context: Optional[ContextRunner] = ContextRunner(self.cues.context, nlp, route) if use_context else None


@lru_cache(maxsize=1)
def default_rules() -> AssertionRules:
    """The packaged cue file with ConText, built once per process."""
    return AssertionRules()


def assess(doc: Any, targets: Sequence[tuple[int, int]], *, rules: Optional[AssertionRules] = None) -> list[Assertion]:
    """One :class:`~extract.records.models.Assertion` per target, in order.

    Args:
        doc: a spaCy ``Doc`` whose sentences are set (``doc.sents``). It is not modified.
        targets: ``(start, end)`` character offsets into ``doc.text``, ``start < end``; they
            may overlap and repeat.
        rules: compiled rules; the packaged defaults with ConText when omitted.

    Every cue's ``text`` is ``doc.text[start:end]``. Raises ``ValueError`` for a target
    outside the text or empty, or a ``Doc`` without sentence boundaries.
    """
    rules = rules or default_rules()
    text = doc_text(doc)
    for start, end in targets:
        if not 0 <= start < end <= len(text):
            raise ValueError(f"target ({start}, {end}) is not a non-empty span of the text (length {len(text)})")
    if targets and not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
        raise ValueError("assess needs a Doc with sentence boundaries (doc.sents): add a sentencizer or parser")
    by_sentence: dict[int, list[int]] = {}
    sentences: dict[int, Any] = {}
    ends = [t.idx + len(t) for t in doc]
    for i, (start, _) in enumerate(targets):
        token = doc[min(bisect.bisect_right(ends, start), len(doc) - 1)]
        sent = token.sent
        sentences[sent.start] = sent
        by_sentence.setdefault(sent.start, []).append(i)
    found: list[list[Found]] = [[] for _ in targets]
    for key, indices in by_sentence.items():
        sent = sentences[key]
        offset = sent.start_char
        local = [(max(targets[i][0], offset) - offset, min(targets[i][1], sent.end_char) - offset) for i in indices]
        for i, cues in zip(indices, _sentence_cues(rules, sent, text[offset : sent.end_char], local)):
            found[i] = [c._replace(start=c.start + offset, end=c.end + offset) for c in cues]
    return [_assertion(cues, text) for cues in found]


def _sentence_cues(rules: AssertionRules, sent: Any, text: str, targets: list[Span]) -> list[list[Found]]:
    """Cues modifying each target of one sentence (offsets relative to the sentence)."""
    own = hedge_cues(rules.hedges, text, targets)
    if rules.context is None:
        return own.per_target
    context = rules.context.cues(sent, targets, own.clauses.around)
    opening = rules.hedges.relative_opening

    def kept(c: Found, t: Span) -> bool:
        cue = (c.start, c.end)
        if overruled(c, own.pseudo, own.cues) or own.clauses.crossed(cue, t):
            return False
        # ConText's negation inside a relative clause stays in it, as the project's own ("who cannot tell you ... may drool")
        return not (c.kind == "negated" and t[0] > cue[0] and outside_relative(text, cue, own.clauses.around(*cue), t, opening))

    return [h + [c for c in cs if kept(c, t)] for h, cs, t in zip(own.per_target, context, targets)]


def without_negation(assertion: Assertion, rules: AssertionRules, within: Optional[Sequence[tuple[int, int]]] = None) -> Assertion:
    """``assertion`` without its negation cues (those sharing a character with one of the
    ``within`` spans, when given), the flags and certainty read again from the cues left (a hedge left
    grades it: "not usually" without "not" is probable)."""
    drop = [c for c in assertion.cues if c.kind == "negated" and (
        within is None or any(start < c.end and c.start < end for start, end in within))]
    if not drop:
        return assertion
    cues = [c for c in assertion.cues if c not in drop]
    negated = any(c.kind == "negated" for c in cues)
    grades = [g for c in cues if c.kind == "hedged" and (g := rules.cues.grade_of(c.category))]
    return assertion.model_copy(update={"negated": negated, "certainty": grade(negated, grades), "cues": cues})


def recommended_against(assertion: Assertion, rules: AssertionRules) -> Assertion:
    """The assertion of a recommendation against its action ("Do not drive if you feel dizzy",
    "X is not recommended", "You should not take Y"): the negation that makes it advice against
    is the claim's ``against``, not a denial of it, so it is not ``negated``. Its negation cues
    are dropped and the certainty graded from the hedges left ("Antibiotics are not usually
    needed": probable). A recommendation against is denied only where the text says it is not
    needed ("You do not need to avoid dairy"), which the claim finder does not read as advice
    against. Other assertions are returned as they are."""
    return without_negation(assertion, rules)


def named_negation(assertion: Assertion, rules: AssertionRules, arguments: Sequence[tuple[int, int]]) -> Assertion:
    """The assertion of a claim without the negation cues that are (or share words with) a claim
    argument of its sentence ("cannot swallow", "a gallbladder that does not empty properly", "not drinking"):
    they name what the argument is, and deny neither that claim nor another of the sentence
    ("Your child is drooling and cannot swallow": drooling is not denied). ``arguments`` are the
    character spans of the arguments written in the text."""
    return without_negation(assertion, rules, arguments) if arguments else assertion


#: a reason clause after a comma ("..., as this can cause ...", "..., because they can ..."): a clause of its own
_REASON_CLAUSE = re.compile(r",\s*(?:as|because|since)\s", re.IGNORECASE)


def reason_clause_negation(assertion: Assertion, rules: AssertionRules, text: str, claim_start: int) -> Assertion:
    """The assertion of a claim stated in a reason clause without the negation cues of the clause before it ("Do not
    take painkillers every day, as this can cause headaches", "Don't scratch the rash, as broken skin can let germs
    in"): the advice against or the denial of the main clause is its own and denies nothing the reason says.
    ``claim_start`` is where the claim's last-placed argument starts (its effect, written after its verb); a negation
    cue with a reason clause's opening between it and there is dropped."""
    drop = [(c.start, c.end) for c in assertion.cues
            if c.kind == "negated" and c.end <= claim_start and _REASON_CLAUSE.search(text, c.end, claim_start)]
    return without_negation(assertion, rules, drop) if drop else assertion


def merge_cues(cues: list[Found]) -> list[Found]:
    """Of overlapping cues of one kind, the longest (the project's at equal length); sorted."""
    kept: list[Found] = []
    for c in sorted(cues, key=lambda c: (c.start - c.end, c.source != "hedge", c.start)):
        if not any(k.kind == c.kind and k.start < c.end and c.start < k.end for k in kept):
            kept.append(c)
    return sorted(set(kept), key=lambda c: (c.start, c.end, c.kind, c.category))


def _assertion(found: list[Found], text: str) -> Assertion:
    cues = merge_cues(found)
    kinds = {c.kind for c in cues}
    return Assertion(
        negated="negated" in kinds,
        hedged="hedged" in kinds,
        hypothetical="hypothetical" in kinds,
        generic="generic" in kinds,
        certainty=grade("negated" in kinds, [c.grade for c in cues if c.kind == "hedged" and c.grade]),
        cues=[
            Cue(kind=c.kind, text=text[c.start : c.end], start=c.start, end=c.end, source=c.source, category=c.category)
            for c in cues
        ],
    )
