"""The project's own assertion rules: cue matching, clauses and scope, as pure functions.

Everything here works on the text of one sentence and offsets into it; nothing needs spaCy.

Matching. Every phrase and pattern of ``data/hedges.json`` is matched case-insensitively on
word edges (a hyphen counts as part of a word: "follow-up to" is not "up to"). Overlapping
matches are resolved longest first ("no evidence that" beats "no", "cannot" beats "can"), then
leftmost; one span can carry several cues of different kinds ("generally" is a frequency hedge
and a generic cue). Pseudo-cues ("not only", "no more than") take part in that resolution and
set nothing.

Clauses. A sentence is cut into clauses at the clause boundaries: sentence punctuation (a
safety net for missed sentence breaks), ";", ":", contrastive conjunctions ("but", "however",
"although" ...), "because", ", and", ", which", ", who", the conditional and temporal
subordinators "if", "unless", "when", "whenever", and a comma with a conjunction of reason or
consequence before a subject ("Do not rub your eyes, as this can make them worse"; "..., so you
will need to"). A subordinator opening the sentence
("Although surgery may help, ...", "When care fails, ...") also ends its clause at the next
comma. A cue never reaches beyond its clause, and a clause never reaches beyond its sentence.

Scope. Within its clause a cue modifies, by its group's direction:

- ``forward``: targets after it (negation: "surgery does not cure arachnoiditis");
- ``backward``: targets before it (postposed cues);
- ``clause``: targets anywhere in the clause (modals, epistemic verbs, frequency adverbs and
  generic markers scope over the whole proposition, its subject included: "Scar tissue may
  give rise to chronic pain");
- ``condition``: as ``clause``, and across the comma that closes a sentence-initial
  subordinate clause: a condition and the clause it conditions are both hypothetical ("If
  conservative care fails, surgery should be considered"; "Surgery is considered if care
  fails");
- ``next``: only a target that begins at the cue or within ``max_gap_words`` words after it
  ("Up to 20%", "patients without diabetes"), never a target that encloses it.
- ``label``: a label at the start of the sentence that files all of it ("Myth: contact lenses
  cause blepharitis"): every target after it, past the label's own colon and every clause.

A target "overlaps" a scope when they share at least one character, so a relation whose span
contains its own cue ("Scar tissue can ... give rise to chronic pain") is modified by it when
the part of the relation on the cue's side lies in the scope.
"""

from __future__ import annotations

from typing import NamedTuple, Optional

from extract import regexcache as re  # re, with compiled patterns cached on disk
from extract.assertion.cues import AssertionCues, CueGroup

Span = tuple[int, int]


class Found(NamedTuple):
    """A cue found in a sentence (offsets relative to the text searched)."""

    kind: str
    category: str
    grade: Optional[str]
    start: int
    end: int
    source: str  # "hedge" (these rules) or "context" (medspaCy ConText)


class Match(NamedTuple):
    """A cue of the project's rules with the group that defines its scope."""

    found: Found
    group: CueGroup


def phrase_regex(phrase: str) -> str:
    """A phrase as a regular expression: words escaped, any whitespace between them, straight
    or curly apostrophes, and word edges where the phrase starts or ends with a word."""
    words = [re.escape(w).replace("'", "['\u2019]") for w in phrase.split()]
    return _edges(r"\s+".join(words), phrase)


def _edges(body: str, sample: str) -> str:
    """Word edges around ``body`` where ``sample`` starts or ends with a word character; a
    phrase ending in punctuation (";", ".") must be followed by whitespace or the end ("1:2"
    and "48.5" are not boundaries)."""
    head = r"(?<![\w-])" if re.match(r"\w", sample) else ""
    tail = r"(?![\w-])" if re.search(r"\w$", sample) else r"(?!\S)"
    return f"{head}(?:{body}){tail}"


def pattern_regex(pattern: str) -> str:
    """A user pattern on word edges."""
    return rf"(?<![\w-])(?:{pattern})(?![\w-])"


class HedgeRules:
    """The compiled rules of one cue file (build once, reuse for every sentence)."""

    def __init__(self, cues: AssertionCues) -> None:
        self.cues = cues
        # one regex per phrase keeps overlapping candidates visible to the longest-first
        # resolution; phrases are indexed by their first word and tried only when the sentence
        # holds that word, patterns always
        self._by_word: dict[str, list[tuple[re.Pattern[str], Optional[CueGroup]]]] = {}
        self._patterns: list[tuple[re.Pattern[str], Optional[CueGroup]]] = []
        for group in [None, *cues.groups]:
            source = cues.pseudo if group is None else group
            for phrase in source.phrases:
                entry = (re.compile(phrase_regex(phrase), re.IGNORECASE), group)
                self._by_word.setdefault(_first_word(phrase), []).append(entry)
            for pattern in source.patterns:
                self._patterns.append((re.compile(pattern_regex(pattern), re.IGNORECASE), group))
        bounds = [phrase_regex(b) for b in cues.clause_boundaries]
        if cues.clause_conjunctions:  # ", as this can ...", ", so you will ...": the comma and the conjunction
            bounds.append(
                r",\s*(?:" + "|".join(re.escape(w) for w in cues.clause_conjunctions) + r")\s+(?=(?:"
                + "|".join(re.escape(w) for w in cues.relative_subject_openers) + r")(?![\w'\u2019-]))"
            )
        if cues.alternative_clause_subjects:  # "..., or you may be left with ...": a second clause, its own subject
            bounds.append(
                r",\s*or\s+(?=(?:" + "|".join(re.escape(w) for w in cues.alternative_clause_subjects) + r")(?![\w'\u2019-]))"
            )
        self._boundary = re.compile("|".join(bounds), re.IGNORECASE)
        self._subordinator = re.compile(
            "|".join(phrase_regex(b) for b in cues.subordinators) or r"(?!x)x", re.IGNORECASE
        )
        # a relative or complement clause opening just before a negation: "chest pain that does not go away", "a
        # feeling that your bladder has not emptied fully"; between the two, nothing or a subject opened by a pronoun or
        # a determiner ("that you can't control"), not a verb ("A rash that itches does not mean ..." is the main
        # clause's negation)
        self.relative_opening = re.compile(
            r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in cues.relative_pronouns) + r")\s+"
            r"(?:(?:" + "|".join(re.escape(w) for w in cues.relative_subject_openers) + r")\s+(?:[\w'\u2019-]+\s+)?)?$",
            re.IGNORECASE,
        )

        #: "and" (past adverbs) before a second verb: a modal or auxiliary, or a word in -s checked by :meth:`joins`
        self._join: Optional[re.Pattern[str]] = None
        joins = cues.verb_joins
        if joins is not None:
            adverbs = "|".join(re.escape(w) for w in joins.adverbs)
            self._join = re.compile(
                r"(?<![\w,-])\s*(?<![\w-])(?:" + "|".join(re.escape(w) for w in joins.conjunctions) + r")\s+"
                r"(?:(?:" + (adverbs + "|" if adverbs else "") + r"[a-z]+ly)\s+)*"
                r"(?P<verb>[a-z]+)(?![\w'\u2019-])(?:\s+(?P<next>[\w'\u2019-]+))?",
                re.IGNORECASE,
            )
            self._finite = frozenset(joins.finite_verbs)
            self._openers = frozenset(joins.object_openers)

        #: a proportion of a group: "About 1 in 4 people ... do not respond to X" denies nothing of X
        self.partial_subject = re.compile("|".join(cues.partial_subjects) or r"(?!x)x", re.IGNORECASE)

    def find(self, text: str) -> tuple[list[Match], list[Span]]:
        """Cues of ``text`` after overlap resolution, and the spans of its pseudo-cues."""
        words = set(_WORD.findall(text.lower().replace("\u2019", "'")))
        entries = [e for w in words & self._by_word.keys() for e in self._by_word[w]] + self._patterns
        by_span: dict[Span, list[Optional[CueGroup]]] = {}
        for rx, group in entries:
            for m in rx.finditer(text):
                if m.end() > m.start():
                    by_span.setdefault((m.start(), m.end()), []).append(group)
        kept = resolve_overlaps(list(by_span))
        matches: list[Match] = []
        pseudo: list[Span] = []
        for span in kept:
            groups = by_span[span]
            if None in groups:
                pseudo.append(span)
                continue
            for g in groups:
                matches.append(Match(Found(g.kind, g.category, g.grade, span[0], span[1], "hedge"), g))
        return matches, pseudo

    def clauses(self, text: str) -> "Clauses":
        """The clause boundaries of ``text`` (see the module docstring)."""
        hard = [(m.start(), m.end()) for m in self._boundary.finditer(text)]
        soft: list[Span] = []
        lead = len(text) - len(text.lstrip(_OPENERS))
        if self._subordinator.match(text, lead):
            comma = text.find(",", lead)
            if comma >= 0:
                soft.append((comma, comma + 1))
        return Clauses(hard, soft, len(text), self.joins(text))

    def joins(self, text: str) -> list[Span]:
        """The spans of "and" with the adverbs after it where it joins a second finite verb ("does not recover and
        continues to", "does not cure gout and can upset"): a modal or auxiliary of ``verb_joins.finite_verbs``, or a
        word in -s whose stem is a verb and that is no noun or is followed by an object opener ("and increases the
        risk"). Offsets relative to ``text``; empty without ``verb_joins``."""
        if self._join is None:
            return []
        out: list[Span] = []
        for m in self._join.finditer(text):
            verb = m.group("verb").lower()
            if verb in self._finite or _present_verb(verb, (m.group("next") or "").lower(), self._openers):
                out.append((m.start() + len(m.group(0)) - len(m.group(0).lstrip()), m.start("verb")))
        return out


_OPENERS = " \t\r\n\"'(\u201c\u2018\u2022*-"
_WORD = re.compile(r"[\w'-]+")


def _first_word(phrase: str) -> str:
    """The word a phrase starts with, as :data:`_WORD` finds it in a lower-cased sentence."""
    found = _WORD.findall(phrase.lower().replace("\u2019", "'"))
    return found[0] if found else phrase


def resolve_overlaps(spans: list[Span]) -> list[Span]:
    """Non-overlapping spans, longest first, then leftmost (sorted by start)."""
    kept: list[Span] = []
    for s, e in sorted(spans, key=lambda x: (x[0] - x[1], x[0])):
        if all(e <= ks or s >= ke for ks, ke in kept):
            kept.append((s, e))
    return sorted(kept)


def _present_verb(word: str, following: str, openers: frozenset[str]) -> bool:
    """Whether ``word`` is a verb's present tense in -s ("continues", "raises") rather than a plural noun ("cramps"):
    its stem is a verb, and it cannot be a noun or ``following`` opens its object or complement."""
    if len(word) < 4 or not word.endswith("s") or word.endswith("ss"):
        return False
    from extract.lexicon import is_noun, is_present_verb

    return is_present_verb(word) and (not is_noun(word) or following in openers)


class Clauses(NamedTuple):
    """Clause boundaries of a sentence: ``hard`` ones (";", "but" ...), the ``soft`` comma
    that closes a sentence-initial subordinate clause ("If X, Y"), which conditionals cross,
    and the ``joins`` of a second finite verb ("... does not recover and continues to ...")."""

    hard: list[Span]
    soft: list[Span]
    length: int
    joins: list[Span] = []

    def around(self, start: int, end: int, through_soft: bool = False) -> Span:
        """The clause around ``[start, end)``: from the end of the last boundary before it to
        the start of the first boundary after it (or the sentence's edges). A join is a boundary
        too: each verb's cues stay with it."""
        bounds = (self.hard if through_soft else self.hard + self.soft) + self.joins
        left = max((b_end for _, b_end in bounds if b_end <= start), default=0)
        right = min((b_start for b_start, _ in bounds if b_start >= end), default=self.length)
        return left, right

    def crossed(self, cue: Span, target: Span) -> bool:
        """Whether ``target`` is a relation of a later verb than the cue's: it begins before the cue (its subject is
        shared) and runs past a join that ends the cue's clause ("The nerve root does not recover and continues to cause
        pain": "not" belongs to "recover", the claim to "cause"). Such a cue does not modify it."""
        if target[0] >= cue[0]:
            return False
        right = self.around(cue[0], cue[1])[1]
        return any(j_start == right and target[1] > j_end for j_start, j_end in self.joins)


def scope_of(direction: str, cue: Span, clause: Span) -> list[Span]:
    """The stretches of text a cue with this direction reaches ('next' is not a stretch; see
    :func:`modifies`)."""
    (s, e), (left, right) = cue, clause
    if direction == "forward":
        return [(e, right)]
    if direction == "backward":
        return [(left, s)]
    return [(left, s), (e, right)]


def overlaps(a: Span, b: Span) -> bool:
    """True when the spans share at least one character."""
    return max(a[0], b[0]) < min(a[1], b[1])


#: a modal after the verb that follows a relative clause's negation: the main clause's own ("who cannot tell you their
#: throat hurts may drool"); the first word after the cue is the relative clause's verb, never this modal
_MAIN_MODAL = re.compile(r"(?<=\S)\s+\S+\s+(?:[\w'\u2019-]+\s+)*?(?P<modal>may|might|can|could|will|would|should|must)\s", re.IGNORECASE)


def outside_relative(text: str, cue: Span, clause: Span, target: Span, opening: re.Pattern[str]) -> bool:
    """Whether a negation at ``cue`` inside a relative or complement clause without a comma before it cannot reach
    ``target``: the target begins before the clause (the thing it describes: "chest pain that does not go away"), after
    the clause's comma ("For hay fever that does not respond to X, we offer Y") or after the modal that opens the main
    clause's verb ("Children who cannot tell you their throat hurts may drool"). ``opening`` finds the clause's opening
    ending where the cue starts (:attr:`HedgeRules.relative_opening`)."""
    found = opening.search(text, 0, cue[0])
    if found is None or text[: found.start()].rstrip().endswith(","):
        return False  # (", which do not improve symptoms" after a treatment says what it does: the claim's own)
    if target[0] < found.start():
        return True
    comma = text.find(",", cue[1], clause[1])
    if comma >= 0 and target[0] > comma:
        return True
    main = _MAIN_MODAL.search(text, cue[1], clause[1])
    return main is not None and target[0] >= main.end()


def modifies(text: str, group: CueGroup, cue: Span, clauses: Clauses, target: Span, opening: re.Pattern[str],
             partial: Optional[re.Pattern[str]] = None) -> bool:
    """Whether a cue of ``group`` at ``cue`` in the sentence ``text`` modifies ``target``.

    A negation inside a relative or complement clause ("chest pain that does not go away")
    negates that clause, which describes a thing named before it: it does not modify a target
    that begins before the clause (the finding is asserted, its description is negative). A
    clause set off by a comma ("decongestants, which do not improve symptoms") says what the
    thing does, and its negation stays the claim's. A relative clause without a comma before it
    ends at the next comma: a target after that comma is the main clause's ("For hay fever that
    does not respond to antihistamines, we offer immunotherapy": immunotherapy is offered). Likewise a negation in a fronted subordinate
    clause ("If two NSAIDs haven't controlled your symptoms, ...") stays in it: a target running
    on into the main clause (a recommendation from its situation to its action) is not denied.

    A negation whose clause opens with a proportion of a group (``partial``, matched between the
    clause's start and the cue: "About 1 in 4 people with migraine do not respond to triptans",
    "30% of patients had no improvement") says what that part does not do or have: it denies no
    claim of the whole (triptans still treat migraine; the figure carries the proportion).

    ``opening`` finds, ending where the cue starts, the opening of a relative or complement clause
    (:meth:`HedgeRules.relative_opening`)."""
    if group.direction == "label":
        return target[0] >= cue[1]
    clause = clauses.around(cue[0], cue[1], through_soft=group.direction == "condition")
    if group.kind == "negated" and group.direction == "forward":
        if partial is not None and partial.search(text, clause[0], cue[0]):
            return False  # "About 1 in 4 people ... do not respond to triptans": a part of the group, no denial
        if outside_relative(text, cue, clause, target, opening):
            return False
        if target[1] > clause[1] and any(b == clause[1] for b, _ in clauses.soft):
            return False  # "If two NSAIDs haven't helped, your doctor may suggest X": the fronted clause's own negation
    if group.direction == "next":
        t_start = target[0]
        if t_start < cue[0] or t_start >= clause[1]:
            return False  # begins before the cue (encloses it) or outside its clause
        if t_start < cue[1]:
            # begins at the cue: "Up to 20%"; but a noun phrase opened by its own negation names a thing ("lack of
            # physical activity" as a risk factor, "without surgery" as the course taken), and is not denied
            return group.kind != "negated"
        return len(text[cue[1] : t_start].split()) <= (group.max_gap_words or 0)
    return any(overlaps(target, part) for part in scope_of(group.direction, cue, clause))


class SentenceCues(NamedTuple):
    """The project's cues of one sentence: those modifying each target, plus what ConText's
    cues are checked against (pseudo-cues, the spans of all cues found, the clauses)."""

    per_target: list[list[Found]]
    pseudo: list[Span]
    cues: list[Span]
    clauses: Clauses


def hedge_cues(rules: HedgeRules, text: str, targets: list[Span]) -> SentenceCues:
    """For each target (offsets into ``text``, one sentence), the project's cues that modify it."""
    matches, pseudo = rules.find(text)
    clauses = rules.clauses(text)
    out: list[list[Found]] = [[] for _ in targets]
    for match in matches:
        cue = (match.found.start, match.found.end)
        for i, target in enumerate(targets):
            if match.group.direction != "label" and clauses.crossed(cue, target):
                continue  # a cue of the first of two joined verbs, a claim of the second
            if modifies(text, match.group, cue, clauses, target, rules.relative_opening, rules.partial_subject):
                out[i].append(match.found)
    return SentenceCues(out, pseudo, sorted({(m.found.start, m.found.end) for m in matches}), clauses)
