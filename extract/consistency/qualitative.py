"""Qualitative claims that oppose each other across documents (conflict kind ``opposing_claims``).

Two oppositions are flagged, always between claims of different documents:

* **affirmed vs negated**: the same claim asserted in one document and denied in another ("X
  helps Y" / "X does not help Y"), and a recommendation for an action against one against it
  (a recommendation against X, "avoid X", "X is not recommended"). Same type, same subject and
  same object; causes, symptoms and treatments must state their object (an unstated one, "X
  helps" or a bullet under "Treatments", is too vague to oppose). A cause denied with a weaker
  or equal relation opposes the affirmed one ("X is not associated with Y" vs "X causes Y");
  one denied with a stronger relation does not ("X does not cause Y" vs "X is a risk factor
  for Y").
* **opposite orders of recommendations**: A over (instead of, before, rather than) B in one
  document and B over A in another; or A first ("first-line", "initially") in one and B over A
  in another ("surgery first" vs "conservative care before surgery").

Two arguments are the same when both are linked to the same concept; otherwise when their
normalized words are the same (lower case, plural "s" dropped). Recommended actions are
compared without leading light words ("try", "undergo", the ``action_light_words`` of the
settings), a leading "avoid" / "stop" / "not" (``negating_action_words``) reverses the
recommendation ("it is important to avoid X" is against X, "never stop taking X" is for X),
and an action whose words contain the other's, with the same last word, is the same action
("surgery" / "spine surgery"). Populations are compared without generic words ("patients",
"most"); an unstated population matches only an unstated one. Recommendations are compared
only between documents about the same topic (``topics``: ``min_topic_overlap`` shared topic
terms): "surgery first" means something else on a carpal tunnel page than on a back pain
page. Hypothetical claims ("if X ...") assert nothing and are not compared.

**Scale.** A group's statements fall into classes the check cannot tell apart but by their
document (same type, polarity, arguments, alternative, "first", relation and claim group): two
classes are compared once, the pairs they stand for are counted by document, and only the
pairs of two opposing classes are looked at one by one. Those are quadratic too (a claim
affirmed by 1,000 documents and denied by 100: 100,000 pairs of documents), so, as for figures
(:mod:`~extract.consistency.sweep`), two opposing classes report every pair of documents while
there are at most ``max(settings.max_pairwise_conflicts, their documents)`` of them; above
that, each document of the side with fewer documents is flagged once, against the firmest
claim of the other side (firm before tentative, then the smallest claim id) it can be compared
with. Coverage counts every comparable pair either way.

Severity, from how firmly each side asserts its claim (a claim is *tentative* when hedged,
'possible' or 'doubtful', or a recommendation of strength 'may'): ``high`` when both are firm,
``medium`` when one is tentative, ``low`` when both are.

Pure functions over claim records.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from itertools import chain, combinations
from typing import NamedTuple, Optional, Protocol

from extract import regexcache as re  # re, with compiled patterns cached on disk
from extract.consistency.groups import polarized_key
from extract.consistency.settings import CheckSettings, load_settings
from extract.consistency.statements import (
    QualitativeClaim,
    arguments,
    display,
    label,
    mention_name,
    polarity,
    qualitative,
    short_quote,
    tentative,
)
from extract.records.ids import stable_id
from extract.records.models import (
    SCHEMA_MAJOR,
    CauseClaim,
    Claim,
    ClaimPolarity,
    Conflict,
    ConflictStatement,
    Mention,
    RecommendationClaim,
    Severity,
)

KIND = "opposing_claims"
SEVERITY_RANK = {"high": 0, "medium": 1, "low": 2}
#: Cause relations from weakest to strongest claim.
RELATION_RANK = {"associated_with": 0, "risk_factor": 1, "causes": 2}


class Argument(NamedTuple):
    """A claim argument as compared: its concept id (when linked) and its normalized words."""

    concept: Optional[str]
    words: tuple[str, ...]
    name: str


class Statement(NamedTuple):
    """A qualitative claim as the check reads it."""

    claim: QualitativeClaim
    polarity: ClaimPolarity
    subject: Optional[Argument]
    object: Optional[Argument]
    instead: Optional[Argument]
    first: bool


class Opposition(NamedTuple):
    """Two statements that oppose each other, in the order the explanation names them."""

    how: str  # denied | against | order | first
    one: Statement
    other: Statement


def check_qualitative(
    claims: Iterable[Claim],
    settings: Optional[CheckSettings] = None,
    labels: Optional[Mapping[str, str]] = None,
    topics: Optional[Mapping[str, Collection[str]]] = None,
) -> tuple[list[Conflict], dict[str, int]]:
    """The ``opposing_claims`` conflicts among the qualitative claims of ``claims``, and coverage.

    Args:
        claims: the claims of a run (statistic claims are ignored).
        labels: doc id -> a name a reviewer recognises (file name), used in explanations.
        topics: doc id -> the document's topic terms; recommendations are compared only
            between documents sharing ``min_topic_overlap`` terms. ``None`` (or a document
            missing from it) compares them all.

    Returns:
        ``(conflicts, coverage)``: conflicts ordered by id; coverage counts the qualitative
        claims examined (``qualitative_claims_examined``), the pairs of claims of different
        documents about the same thing (``qualitative_pairs_compared``) and the claims in at
        least one such pair (``qualitative_claims_compared``).
    """
    settings = settings or load_settings()
    statements = [statement(c, settings) for c in qualitative(claims) if not c.assertion.hypothetical]
    groups: dict[str, list[Statement]] = defaultdict(list)
    for s in statements:
        for key in statement_keys(s)[1]:
            groups[key].append(s)
    opposing = Oppositions(settings, labels, topics)
    for key, members in groups.items():
        opposing.check_group(key, members)
    return opposing.result(len(statements))


class Found(Protocol):
    """Where :class:`Oppositions` keeps its conflicts, one per key (see :func:`_keep`): a dict,
    or a store on disk (:func:`~extract.consistency.files.check_file`)."""

    def get(self, key: tuple) -> Optional[Conflict]: ...

    def __setitem__(self, key: tuple, conflict: Conflict) -> None: ...


class Compared(Protocol):
    """The ids of the claims compared: a set, or a store on disk; only added to and counted."""

    def update(self, claim_ids: Iterable[str]) -> None: ...

    def __len__(self) -> int: ...


class Oppositions:
    """The opposing-claims check fed one statement group at a time (see :func:`statement_keys`):
    conflicts kept across groups (one per pair of documents and claim groups), pairs counted.

    The conflicts and the ids of the claims compared are kept in ``found`` and ``compared``
    (default: a dict and a set in memory; :func:`~extract.consistency.files.check_file` gives
    stores on disk, so that they do not grow memory with the corpus)."""

    def __init__(
        self,
        settings: CheckSettings,
        labels: Optional[Mapping[str, str]] = None,
        topics: Optional[Mapping[str, Collection[str]]] = None,
        found: Optional[Found] = None,
        compared: Optional[Compared] = None,
    ) -> None:
        self.settings, self.labels, self.topics = settings, labels or {}, topics
        self.found: Found = {} if found is None else found
        self.pairs = 0
        self.compared: Compared = set() if compared is None else compared

    def check_group(self, key: str, members: Sequence[Statement]) -> None:
        """Compare the statements of group ``key`` (in input order), each pair in one group only.

        The same as comparing every pair of :func:`group_pairs` (tests hold the two equal),
        class pair by class pair (see :class:`_Class`): pairs and compared claims are counted,
        and only the pairs of two opposing classes are looked at one by one, up to the bound.

        ``members`` is read once in order; past that, only a statement of each class and those
        of the pairs flagged are looked up by position, so that ``members`` may read them
        from disk on demand (:func:`~extract.consistency.files.check_file` does): of each
        statement, the group keeps its document, claim id and firmness (:class:`_Brief`)."""
        classes: dict[tuple, _Class] = {}
        briefs: list[_Brief] = []
        names: dict[str, str] = {}  # one string per document
        for position, s in enumerate(members):
            doc = names.setdefault(s.claim.doc_id, s.claim.doc_id)
            briefs.append(_Brief(doc, s.claim.claim_id, tentative(s.claim)))
            found_class = classes.get(signature := _signature(s))
            if found_class is None:
                found_class = classes[signature] = _Class([], Counter(), s)
            found_class.add(position, doc)
        del names
        found = list(classes.values())
        keys = [statement_keys(c.rep) for c in found]
        for x, one in enumerate(found):
            sub_x, any_x = keys[x]
            for y in range(x, len(found)):
                sub_y, any_y = keys[y]
                shared = (set(any_x) & set(sub_y)) | (set(sub_x) & set(any_y))
                if shared and min(shared) == key:
                    self._class_pair(members, briefs, one, found[y], x == y)

    def _class_pair(self, members: Sequence[Statement], briefs: Sequence[_Brief], a: _Class, b: _Class, itself: bool) -> None:
        """Count the comparable pairs of classes ``a`` and ``b`` (``itself``: one class with
        itself), and flag the opposing ones."""
        ra, rb = a.rep, b.rep
        same_thing, opposition = compare_content(ra, rb, self.settings)
        if not same_thing:
            return
        ok = self._topic_test(ra)
        pairs = _count_pairs(a, b, ok)
        if not pairs:
            return
        self.pairs += pairs // 2 if itself else pairs
        for c, other in ((a, b), (b, a)):
            self.compared.update(briefs[p].claim_id for p in _paired(c, other, ok, briefs))
        if opposition is None:
            return
        docs_a, docs_b = set(a.docs), set(b.docs)
        limit = max(self.settings.max_pairwise_conflicts, len(docs_a | docs_b))
        if len(docs_a) * len(docs_b) - len(docs_a & docs_b) <= limit:
            for i in a.positions:
                for j in b.positions:
                    if (i < j) if itself else (i != j):
                        self._pair(members[min(i, j)], members[max(i, j)])
            return
        # above the bound: each document of the smaller side once, against the other side's
        # firmest claim it can be compared with
        small, large = (a, b) if len(docs_a) <= len(docs_b) else (b, a)
        firmest = sorted(large.positions, key=lambda p: briefs[p].firmness)
        per_doc: dict[str, int] = {}
        for p in small.positions:
            doc = briefs[p].doc_id
            if doc not in per_doc or briefs[p].firmness < briefs[per_doc[doc]].firmness:
                per_doc[doc] = p
        for p in per_doc.values():
            for q in firmest:
                if briefs[q].doc_id != briefs[p].doc_id and ok(briefs[p].doc_id, briefs[q].doc_id):
                    self._pair(members[min(p, q)], members[max(p, q)])
                    break

    def _pair(self, a: Statement, b: Statement) -> None:
        """One pair of statements of two opposing classes (``a`` first in the group)."""
        _, opposition = compare(a, b, self.settings, self.topics)
        if opposition is not None:
            _keep(self.found, opposition, to_conflict(opposition, self.labels))

    def _topic_test(self, s: Statement) -> Callable[[str, str], bool]:
        """Whether two documents' statements of ``s``'s type can be compared (topics matter for
        recommendations only), memoized per pair of topic sets."""
        topics = self.topics
        if s.claim.type != "recommendation" or topics is None:
            return _always
        least = self.settings.min_topic_overlap
        memo: dict[tuple, bool] = {}

        def ok(doc_a: str, doc_b: str) -> bool:
            if doc_a not in topics or doc_b not in topics:
                return True
            key = (tuple(topics[doc_a]), tuple(topics[doc_b]))
            if key not in memo:
                memo[key] = len(set(key[0]) & set(key[1])) >= least
            return memo[key]

        return ok

    def coverage(self, examined: int) -> dict[str, int]:
        """Coverage (``examined``: the statements read)."""
        return {
            "qualitative_claims_examined": examined,
            "qualitative_claims_compared": len(self.compared),
            "qualitative_pairs_compared": self.pairs,
        }

    def result(self, examined: int) -> tuple[list[Conflict], dict[str, int]]:
        """Conflicts ordered by id, and coverage (``examined``: the statements read); with the
        default dict of conflicts (a store on disk is read by its owner)."""
        if not isinstance(self.found, dict):
            raise TypeError("Oppositions.result reads the default dict of conflicts; read a store of your own yourself")
        return sorted(self.found.values(), key=lambda c: c.conflict_id), self.coverage(examined)


def _keep(found: Found, o: Opposition, conflict: Conflict) -> None:
    """One conflict per pair of documents and pair of claim groups: a document stating a claim
    twice is flagged once, with its most firmly asserted claim (then the smallest claim id)."""
    key = (o.how, frozenset((s.claim.doc_id, polarized_key(s.claim)) for s in (o.one, o.other)))
    rank = (SEVERITY_RANK[conflict.severity], sorted(conflict.claim_ids))
    kept = found.get(key)
    if kept is None or rank < (SEVERITY_RANK[kept.severity], sorted(kept.claim_ids)):
        found[key] = conflict


class _Class(NamedTuple):
    """Statements of one group that the check cannot tell apart but by their document: same
    type, polarity, arguments (concept and words), alternative, "first", relation and claim
    group (:func:`_signature`). Two classes are compared once on one statement of each (its
    first, ``rep``); the pairs they stand for are then counted by document, not enumerated."""

    positions: list[int]  # in the group, ascending
    docs: Counter[str]  # statements per document
    rep: Statement

    def add(self, position: int, doc_id: str) -> None:
        self.positions.append(position)
        self.docs[doc_id] += 1


class _Brief(NamedTuple):
    """What a group keeps of each of its statements: its document, claim id and whether it is tentative."""

    doc_id: str
    claim_id: str
    tentative: bool

    @property
    def firmness(self) -> tuple[bool, str]:
        """Firm claims first, then by claim id (as :func:`_keep` ranks conflicts)."""
        return self.tentative, self.claim_id


def _arg_key(arg: Optional[Argument]) -> Optional[tuple]:
    return None if arg is None else (arg.concept, arg.words)


def _signature(s: Statement) -> tuple:
    """What :func:`compare_content` and :func:`_keep` read of a statement, but its document."""
    c = s.claim
    relation = c.relation if isinstance(c, CauseClaim) else None
    return (c.type, s.polarity, _arg_key(s.subject), _arg_key(s.object), _arg_key(s.instead), s.first, relation, polarized_key(c))


def _always(doc_a: str, doc_b: str) -> bool:
    return True


def _count_pairs(a: _Class, b: _Class, ok: Callable[[str, str], bool]) -> int:
    """Ordered pairs (one statement of ``a``, one of ``b``) from two documents that ``ok``
    lets be compared (a class with itself: each unordered pair twice)."""
    if ok is _always:
        return sum(a.docs.values()) * sum(b.docs.values()) - sum(n * b.docs.get(d, 0) for d, n in a.docs.items())
    return sum(n * m for d, n in a.docs.items() for e, m in b.docs.items() if d != e and ok(d, e))


def _paired(c: _Class, other: _Class, ok: Callable[[str, str], bool], briefs: Sequence[_Brief]) -> Iterator[int]:
    """The positions of ``c``'s statements that have a comparable statement in ``other``."""
    if ok is _always:
        docs = list(other.docs)
        if len(docs) > 1:
            yield from c.positions
        elif docs:
            yield from (p for p in c.positions if briefs[p].doc_id != docs[0])
        return
    paired = {d for d in c.docs if any(d != e and ok(d, e) for e in other.docs)}
    yield from (p for p in c.positions if briefs[p].doc_id in paired)


# -- reading claims ----------------------------------------------------------------------------


def normalize(text: str) -> list[str]:
    """Lower-case words of ``text``, a plural "s" dropped ("injections" -> "injection")."""
    return [_singular(w) for w in re.findall(r"[a-z0-9]+", text.lower())]


def _singular(word: str) -> str:
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def argument(mention: Optional[Mention], drop: Collection[str] = ()) -> Optional[Argument]:
    """The argument of a mention; ``None`` when unstated (or only ``drop`` words, as "patients")."""
    if mention is None:
        return None
    dropped = {_singular(w) for w in drop}
    words = tuple(w for w in normalize(mention.text) if w not in dropped)
    concept = mention.concept.id if mention.concept is not None else None
    if concept is None and not words:
        return None
    return Argument(concept, words, mention_name(mention))


def action(mention: Optional[Mention], settings: CheckSettings) -> tuple[Optional[Argument], bool]:
    """A recommended action (or alternative) without its leading light words, and whether it
    starts with a negating word ("avoid", "stop", "not"), which reverses the recommendation."""
    if mention is None:
        return None, False
    tokens = mention.text.split()
    light = {_singular(w) for w in settings.action_light_words}
    negating = {_singular(w) for w in settings.negating_action_words}
    negated, i = False, 0
    while i < len(tokens):
        words = normalize(tokens[i])
        if words and all(w in light for w in words):
            i += 1
        elif words and words[0] in negating and not negated:
            negated, i = True, i + 1
        else:
            break
    rest = " ".join(tokens[i:])
    words = tuple(normalize(rest))
    if not words and mention.concept is None:
        return None, negated
    concept = mention.concept.id if mention.concept is not None else None
    name = mention_name(mention) if concept is not None else display(rest)
    return Argument(concept, words, name), negated


@lru_cache(maxsize=8)
def _first_re(cues: tuple[str, ...]) -> re.Pattern[str]:
    phrases = sorted((re.escape(c).replace(r"\ ", r"\s+") for c in cues), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(phrases) + r")(?![\w-])", re.IGNORECASE)


def statement(claim: QualitativeClaim, settings: CheckSettings) -> Statement:
    """How the check reads ``claim``: polarity, subject, object, and for recommendations the
    alternative it is preferred over and whether it comes first."""
    subject, obj = arguments(claim)
    sign = polarity(claim)
    if not isinstance(claim, RecommendationClaim):
        return Statement(claim, sign, argument(subject), argument(obj), None, False)
    act, flip = action(subject, settings)
    instead, _ = action(claim.instead_of, settings)
    first = bool(settings.first_cues) and _first_re(tuple(settings.first_cues)).search(claim.evidence.quote) is not None
    population = argument(obj, settings.generic_population_words)
    if flip:  # "it is important to avoid X" is against X; "never stop taking X" is for X
        sign = "affirmed" if sign == "negated" else "negated"
    return Statement(claim, sign, act, population, instead, first)


# -- comparing ---------------------------------------------------------------------------------


def same(a: Optional[Argument], b: Optional[Argument], contained: bool = False) -> bool:
    """Whether two arguments name the same thing (both unstated counts as the same).

    Both linked: the same concept. Otherwise the same words; with ``contained``, also one's
    words within the other's when they end in the same word ("surgery" / "spine surgery").
    """
    if a is None or b is None:
        return a is None and b is None
    if a.concept is not None and b.concept is not None:
        return a.concept == b.concept
    if a.words == b.words:
        return bool(a.words)
    if contained and a.words and b.words and a.words[-1] == b.words[-1]:
        wa, wb = set(a.words), set(b.words)
        return wa <= wb or wb <= wa
    return False


def _heads(arg: Optional[Argument]) -> list[str]:
    """Index keys of an argument: its concept and its last word."""
    if arg is None:
        return []
    return [k for k in (arg.concept and "c:" + arg.concept, arg.words and "w:" + arg.words[-1]) if k]


def statement_keys(s: Statement) -> tuple[list[str], list[str]]:
    """The statement's group keys: as a subject (its type and the concept or last word of its
    subject), and as a subject or alternative (those, and the same of its alternative).

    Two statements are compared when one's subject key is the other's subject or alternative
    key: each group is the statements with that key as a subject or alternative."""
    subject = [f"{s.claim.type}\x1f{h}" for h in _heads(s.subject)]
    either = subject + [f"{s.claim.type}\x1f{h}" for h in chain(_heads(s.subject), _heads(s.instead))]
    return list(dict.fromkeys(subject)), list(dict.fromkeys(either))


def group_pairs(key: str, members: Sequence[Statement]) -> Iterator[tuple[Statement, Statement]]:
    """The pairs of group ``key`` (``members`` in input order) from different documents whose
    smallest shared key is ``key``, so that a pair in several groups is compared once: what
    :meth:`Oppositions.check_group` compares, by classes (the definition its tests hold it to)."""
    keys = [statement_keys(s) for s in members]
    for i, j in combinations(range(len(members)), 2):
        if members[i].claim.doc_id == members[j].claim.doc_id:
            continue
        (sub_i, any_i), (sub_j, any_j) = keys[i], keys[j]
        shared = (set(any_i) & set(sub_j)) | (set(sub_i) & set(any_j))
        if shared and min(shared) == key:
            yield members[i], members[j]


def same_topic(a: Statement, b: Statement, settings: CheckSettings, topics: Optional[Mapping[str, Collection[str]]]) -> bool:
    """Whether the two documents are about the same topic (true when topics are not known)."""
    if topics is None or a.claim.doc_id not in topics or b.claim.doc_id not in topics:
        return True
    shared = set(topics[a.claim.doc_id]) & set(topics[b.claim.doc_id])
    return len(shared) >= settings.min_topic_overlap


def compare(
    a: Statement, b: Statement, settings: CheckSettings, topics: Optional[Mapping[str, Collection[str]]]
) -> tuple[bool, Optional[Opposition]]:
    """Whether ``a`` and ``b`` are about the same thing, and how they oppose each other, if they do."""
    if a.claim.type != b.claim.type or a.claim.doc_id == b.claim.doc_id:
        return False, None
    if a.claim.type == "recommendation" and not same_topic(a, b, settings, topics):
        return False, None
    return compare_content(a, b, settings)


def compare_content(a: Statement, b: Statement, settings: CheckSettings) -> tuple[bool, Optional[Opposition]]:
    """:func:`compare` but for the documents: what the statements say, wherever they are."""
    if a.claim.type != b.claim.type:
        return False, None
    if a.claim.type == "recommendation":
        return _compare_recommendations(a, b, settings)
    if a.object is None or not (same(a.subject, b.subject) and same(a.object, b.object)):
        return False, None  # an unstated object ("X helps", a bullet under "Treatments") is too vague to oppose
    if a.polarity == b.polarity:
        return True, None
    yes, no = (a, b) if a.polarity == "affirmed" else (b, a)
    if isinstance(yes.claim, CauseClaim) and isinstance(no.claim, CauseClaim):
        if RELATION_RANK[no.claim.relation] > RELATION_RANK[yes.claim.relation]:
            return True, None  # "X does not cause Y" leaves "X is a risk factor for Y" standing
    return True, Opposition("denied", yes, no)


def _compare_recommendations(a: Statement, b: Statement, settings: CheckSettings) -> tuple[bool, Optional[Opposition]]:
    """For vs against the same action; or opposite orders of two actions."""
    if not same(a.object, b.object):
        return False, None
    if same(a.subject, b.subject, contained=True):
        if a.polarity == b.polarity:
            return True, None
        yes, no = (a, b) if a.polarity == "affirmed" else (b, a)
        return True, Opposition("against", yes, no)
    if a.polarity != "affirmed" or b.polarity != "affirmed":
        return False, None
    a_over_b = a.instead is not None and same(a.instead, b.subject, contained=True)
    b_over_a = b.instead is not None and same(b.instead, a.subject, contained=True)
    if a_over_b and b_over_a:
        return True, Opposition("order", a, b)
    if b_over_a and a.first:
        return True, Opposition("first", a, b)
    if a_over_b and b.first:
        return True, Opposition("first", b, a)
    return a_over_b or b_over_a, None


# -- the record --------------------------------------------------------------------------------


def severity(a: QualitativeClaim, b: QualitativeClaim) -> Severity:
    """high: both claims firm; medium: one tentative; low: both tentative."""
    return ("high", "medium", "low")[tentative(a) + tentative(b)]  # type: ignore[return-value]


def statement_label(s: Statement) -> str:
    """What a statement says, as its ConflictStatement shows it."""
    relation = s.claim.relation if isinstance(s.claim, CauseClaim) else None
    subject = s.subject.name if s.subject else mention_name(arguments(s.claim)[0])
    obj = arguments(s.claim)[1]
    text = label(s.claim.type, subject, mention_name(obj) if obj else None, s.polarity, relation)
    if s.instead is not None:
        text += f" over {s.instead.name}"
    return text


def _name(s: Statement) -> str:
    return s.subject.name if s.subject else mention_name(arguments(s.claim)[0])


def explain(o: Opposition, labels: Mapping[str, str]) -> str:
    """One or two sentences naming both documents, both claims and both quotes."""
    a, b = o.one, o.other
    doc_a, doc_b = (labels.get(s.claim.doc_id, s.claim.doc_id) for s in (a, b))
    qa, qb = (short_quote(s.claim.evidence.quote) for s in (a, b))
    if o.how == "denied":
        return f'{doc_a} states {statement_label(a)} ("{qa}"); {doc_b} denies it ("{qb}").'
    if o.how == "against":
        note = f" over {a.instead.name}" if a.instead else (" first" if a.first else "")
        return f'{doc_a} recommends {_name(a)}{note} ("{qa}"); {doc_b} recommends against {_name(b)} ("{qb}").'
    b_over = b.instead.name if b.instead else "?"
    if o.how == "order":
        a_over = a.instead.name if a.instead else "?"
        return (
            f'{doc_a} recommends {_name(a)} over {a_over} ("{qa}"); '
            f'{doc_b} recommends the opposite order, {_name(b)} over {b_over} ("{qb}").'
        )
    return f'{doc_a} recommends {_name(a)} first ("{qa}"); {doc_b} recommends {_name(b)} over {b_over} ("{qb}").'


def to_conflict(o: Opposition, labels: Mapping[str, str]) -> Conflict:
    """The record of an opposition, with a stable id from the kind and the sorted claim ids."""
    claims = [o.one.claim, o.other.claim]
    ids = [c.claim_id for c in claims]
    measure = statement_label(o.one) if o.how in ("denied", "against") else f"order of {_name(o.one)} and {_name(o.other)}"
    return Conflict(
        conflict_id=stable_id("cfl_", SCHEMA_MAJOR, KIND, *sorted(ids)),
        kind=KIND,
        severity=severity(*claims),
        claim_ids=ids,
        explanation=explain(o, labels),
        measure=measure,
        statements=[
            ConflictStatement(
                claim_id=s.claim.claim_id,
                doc_id=s.claim.doc_id,
                type=s.claim.type,
                label=statement_label(s),
                polarity=s.polarity,
                quote=s.claim.evidence.quote,
            )
            for s in (o.one, o.other)
        ],
    )
