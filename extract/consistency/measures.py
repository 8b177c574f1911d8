"""Which figures measure the same thing, and how they relate (same or opposite polarity).

Figures are compared by concept where both are linked (see :mod:`extract.linking.measures`):
one outcome (population, intervention) concept, or one a standard equivalent or ICD-10-CM
ancestor of the other, is one measure whatever the words; two unrelated concepts are two
measures however many words they share. Where a side is unlinked, or one concept may be the
other's ancestor (the knowledge base keeps no is-a hierarchy: "Surgery" and "Spine surgery" by
their names; "nerve ablation" after "genicular nerve ablation" by the phrases' words), the word
rules decide. A threshold stated on one side only parts two figures that only concepts tie.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from typing import Collection, Iterable, Iterator, Literal, NamedTuple, Optional, Sequence

from extract import regexcache as re  # re, with compiled patterns cached on disk
from extract.consistency.settings import CheckSettings
from extract.records.models import MeasureConcept, StatisticClaim

Relation = Literal["same", "broader", "different"]
#: The term the figures stage keeps with an intervention named by its absence ("without surgery").
NEGATION_TERM = "without"
_ICD_CODE = re.compile(r"^[A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?$")


def block_key(c: StatisticClaim) -> tuple:
    """Claims can only be comparable within the same block (unit, outcome axis)."""
    return (c.value.unit, c.measure.axis)


def blocks(claims: Iterable[StatisticClaim]) -> Iterator[list[StatisticClaim]]:
    """Groups of claims sharing a block key, with two or more members."""
    groups: dict[tuple, list[StatisticClaim]] = defaultdict(list)
    for c in claims:
        groups[block_key(c)].append(c)
    for group in groups.values():
        if len(group) > 1:
            yield group


@lru_cache(maxsize=1)
def intervention_head_terms() -> frozenset[str]:
    """Stems that name an intervention: the figures stage's intervention heads, stemmed."""
    from extract.figures.context import stem
    from extract.figures.cues import load_context_cues

    cues = load_context_cues()
    generic = {st for w in cues.generic_interventions for st in stem(w, cues)}
    return frozenset(st for w in cues.intervention_heads for part in w.split() for st in stem(part, cues)) - generic


_DAYS = {"day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25}


def times_compatible(ta: Sequence[str], tb: Sequence[str]) -> bool:
    """Time frames agree: one missing, the same words, or the same duration within 15%
    ('1 year' and '12 months'; '24 weeks' and '6 months')."""
    if not ta or not tb or list(ta) == list(tb):
        return True
    da, db = _duration(ta), _duration(tb)
    return da is not None and db is not None and max(da, db) <= 1.15 * min(da, db)


def _duration(t: Sequence[str]) -> Optional[float]:
    if len(t) == 2 and t[1] in _DAYS:
        try:
            return float(t[0]) * _DAYS[t[1]]
        except ValueError:
            return None
    return None


def interventions_compatible(a: StatisticClaim, b: StatisticClaim, settings: CheckSettings) -> bool:
    """Both without an intervention; or one intervention's terms within the other's; or, for
    different wordings ("spinal cord stimulation", "a stimulator"), half the specific terms of
    the shorter shared, including the name of the intervention itself (not only "permanent").
    An intervention named by its absence ("recover without surgery") is a figure of no
    intervention: it meets figures that name none, or the same absence, never the intervention."""
    ia, ib = set(a.measure.intervention_terms), set(b.measure.intervention_terms)
    na, nb = NEGATION_TERM in ia, NEGATION_TERM in ib
    if na != nb:
        return not (ib if na else ia)
    if not ia or not ib:
        return not ia and not ib
    if ia <= ib or ib <= ia:
        return True
    generic = set(settings.generic_intervention_terms)
    sa, sb = ia - generic, ib - generic
    shared = sa & sb
    if not sa or not sb or not shared & intervention_head_terms():
        return False
    return len(shared) / min(len(sa), len(sb)) >= 0.5


def populations_compatible(a: StatisticClaim, b: StatisticClaim, subgroups: Collection[str] = frozenset()) -> bool:
    """Same population terms, or one side unspecified and the other a single term that is not a
    demographic subgroup (``subgroups``: "women", "children"); a place on one side only is
    compatible (US vs unspecified), two different places are not (US vs worldwide); a share of
    events or body parts ("of attacks") only meets one of the same."""
    pa, pb = set(a.measure.population_terms), set(b.measure.population_terms)
    if {t for t in pa if t.startswith("per:")} != {t for t in pb if t.startswith("per:")}:
        return False  # a share of attacks (knees, operations) is not a share of people
    ra, rb = {t for t in pa if not t.startswith(("geo:", "per:"))}, {t for t in pb if not t.startswith(("geo:", "per:"))}
    # an unspecified population is compatible with a one-word one ("chronic migraine patients" on a
    # migraine page), not with a description of a subgroup
    if ra != rb and not (not ra and len(rb) == 1 and rb.isdisjoint(subgroups) or not rb and len(ra) == 1 and ra.isdisjoint(subgroups)):
        return False
    # within one section of a page a figure for a named subgroup stands against the overall
    # figure next to it ("79% overall ... 65% among immunocompromised adults")
    if ra != rb and a.doc_id == b.doc_id and a.evidence.section == b.evidence.section:
        return False
    return places_compatible(a, b)


def places_compatible(a: StatisticClaim, b: StatisticClaim) -> bool:
    """A place on one side only, or the same places (US vs unspecified; not US vs worldwide)."""
    ga = {t for t in a.measure.population_terms if t.startswith("geo:")}
    gb = {t for t in b.measure.population_terms if t.startswith("geo:")}
    return not ga or not gb or ga == gb


def outcome_compatible(a: StatisticClaim, b: StatisticClaim) -> bool:
    """Outcome terms agree enough for the two figures to be of one measure.

    With a shared intervention and outcome axis ("success of carpal tunnel release"), only
    disjoint outcome terms on both sides veto; without one, the terms must overlap.
    """
    ta, tb = set(a.measure.outcome_terms), set(b.measure.outcome_terms)
    if a.value.unit == "count":
        return bool(ta) and ta == tb
    if a.measure.axis is not None and a.measure.intervention_terms:
        return not (ta and tb) or bool(ta & tb)
    if not ta or not tb:
        return a.measure.axis is not None
    return len(ta & tb) / min(len(ta), len(tb)) >= 0.5


def icd_ancestor(a: str, b: str) -> bool:
    """Whether ICD-10-CM code ``a`` is ``b`` or above it ("M54" above "M54.5" above "M54.50")."""
    return bool(_ICD_CODE.match(a) and _ICD_CODE.match(b)) and b.replace(".", "").startswith(a.replace(".", ""))


#: An ICD-10-CM description of a combination code: a condition "with" another one ("Zoster with
#: other nervous system involvement", "Type 2 diabetes mellitus with ophthalmic complications").
_WITH = re.compile(r"\bwith\b", re.IGNORECASE)


@lru_cache(maxsize=4096)
def icd_complication(ancestor: str, code: str) -> bool:
    """Whether ICD-10-CM ``code``, under ``ancestor``, is a complication or combination code of
    it: a code on the way down from ``ancestor`` (``code`` included) is described as the
    condition "with" something the ancestor's description does not say (B02.2 "Zoster with other
    nervous system involvement" above B02.29 "Other postherpetic nervous system involvement"). A
    complication is a narrower condition that is measured apart (the rate of postherpetic
    neuralgia is no rate of shingles); a site or a kind ("Low back pain" under "Dorsalgia") is
    the same measure. Codes ICD-10-CM does not know are no complications. Answered from a small
    table of the codes (:mod:`~extract.consistency.icdcodes`), not simple-icd-10-cm's whole tree
    (about 170 MB), which is read only where the table does not apply.

    >>> icd_complication("B02", "B02.29"), icd_complication("M54", "M54.5")
    (True, False)
    """
    from extract.consistency.icdcodes import complication

    known = complication(ancestor, code)  # from a small table of the codes (see there), where it applies
    return known if known is not None else tree_complication(ancestor, code)


def tree_complication(ancestor: str, code: str) -> bool:
    """:func:`icd_complication` read from simple-icd-10-cm's whole tree (about 170 MB once
    loaded): for the codes the table does not cover, and the reference the table is tested
    against."""
    from extract.linking.icd import _icd

    cm = _icd()
    if code == ancestor or not cm.is_valid_item(code) or not cm.is_valid_item(ancestor):
        return False
    if _WITH.search(cm.get_description(ancestor)):
        return False
    while code != ancestor and cm.is_valid_item(code):
        if _WITH.search(cm.get_description(code)):
            return True
        parent = cm.get_parent(code)
        if not parent or parent == code:
            return False
        code = parent
    return False


@lru_cache(maxsize=4096)
def name_terms(name: str) -> frozenset[str]:
    """Stems of a concept's name, as the figures' terms are stemmed."""
    from extract.figures.context import terms
    from extract.figures.cues import load_context_cues

    return frozenset(terms(name, load_context_cues()))


def concept_relation(a: MeasureConcept, b: MeasureConcept, generic: Iterable[str] = ()) -> Relation:
    """How two linked concepts relate.

    ``"same"``: one concept, or sharing a standard id (a curated concept and the HPO id or
    ICD-10-CM code it corresponds to), or one ICD-10-CM code under the other ("Low back pain"
    under "Dorsalgia").
    ``"broader"``: one ICD-10-CM code a complication of the other (:func:`icd_complication`:
    postherpetic neuralgia under zoster), or one name's words, ``generic`` words left out, within
    the other's ("Pain" and "Lower limb pain", "Injection therapy" and "Epidural steroid
    injection"): possibly an ancestor, which the knowledge base cannot tell.
    ``"different"``: neither.
    """
    ids_a, ids_b = {a.id, *a.related}, {b.id, *b.related}
    if ids_a & ids_b:
        return "same"
    under = [(x, y) for x in ids_a for y in ids_b if icd_ancestor(x, y)] + [
        (y, x) for x in ids_a for y in ids_b if icd_ancestor(y, x)
    ]
    if any(not icd_complication(top, code) for top, code in under):
        return "same"
    if under:
        return "broader"  # "Postherpetic neuralgia" (B02.29) is a complication of zoster (B02), not zoster
    drop = set(generic)
    ta, tb = name_terms(a.name) - drop, name_terms(b.name) - drop
    return "broader" if ta <= tb or tb <= ta else "different"


def concepts_agree(
    a: Optional[MeasureConcept],
    b: Optional[MeasureConcept],
    words_a: Collection[str],
    words_b: Collection[str],
    settings: CheckSettings,
) -> Optional[bool]:
    """True for one concept, False for unrelated ones, None when the words must decide: a side
    unlinked, concepts switched off in the settings, or one concept possibly the other's
    ancestor, by its name or because one phrase's words (``words_a``, ``words_b``: stems) are
    within the other's ("nerve ablation", linked to Radiofrequency ablation, after "genicular
    nerve ablation")."""
    if a is None or b is None or not settings.compare_concepts:
        return None
    relation = concept_relation(a, b, settings.generic_concept_terms)
    wa, wb = set(words_a), set(words_b)
    if relation == "different" and wa and wb and (wa <= wb or wb <= wa):
        relation = "broader"
    return None if relation == "broader" else relation == "same"


_ROLES = ("intervention", "population", "outcome")


@lru_cache(maxsize=8192)
def _phrase_stems(text: Optional[str]) -> frozenset[str]:
    from extract.figures.context import terms
    from extract.figures.cues import load_context_cues
    from extract.linking.measures import light_stems

    cues = load_context_cues()
    return frozenset(terms(text or "", cues)) - light_stems(cues)


def phrase_stems(c: StatisticClaim, role: str) -> frozenset[str]:
    """Stems of the figure's phrase for ``role`` as it was linked, verbs and function words left out."""
    return _role_stems(role, getattr(c, role), c.intervention if role == "population" else None)


class _Phrases(NamedTuple):
    outcome: Optional[str]
    population: Optional[str]
    intervention: Optional[str]


@lru_cache(maxsize=8192)
def _role_stems(role: str, text: Optional[str], intervention: Optional[str]) -> frozenset[str]:
    """phrase_stems by the phrases themselves (cached: the check asks for the same phrases often)."""
    from extract.linking.measures import role_text

    phrases = _Phrases(**{"outcome": None, "population": None, "intervention": intervention, role: text})
    return _phrase_stems(role_text(phrases, role))  # type: ignore[arg-type]


def role_reason(a: StatisticClaim, b: StatisticClaim, role: str, settings: CheckSettings) -> tuple[Optional[str], bool]:
    """Why two figures differ in ``role`` (None if they do not), and whether only their concepts
    make them agree (the words alone would keep them apart)."""
    concept_a, concept_b = getattr(a.measure, f"{role}_concept"), getattr(b.measure, f"{role}_concept")
    same = concepts_agree(concept_a, concept_b, phrase_stems(a, role), phrase_stems(b, role), settings)
    if same is False:
        return f"different {role} concepts", False
    if role == "intervention":
        words = interventions_compatible(a, b, settings)
    elif role == "population":
        if not places_compatible(a, b):
            return "different populations", False
        words = populations_compatible(a, b, settings.subgroup_population_terms)
    else:
        words = outcome_compatible(a, b)
    # a count is of one thing named alike ("spine operations"): its concept only vetoes
    if same is None or (role == "outcome" and a.value.unit == "count"):
        return (None if words else f"different {role}s"), False
    return None, not words


def incomparable_reason(a: StatisticClaim, b: StatisticClaim, settings: CheckSettings) -> Optional[str]:
    """Why two claims of one block do not measure the same thing, or None if they do."""
    if a.doc_id == b.doc_id and a.evidence.sentence_index == b.evidence.sentence_index:
        return "same sentence"
    by_concept = False
    for role in _ROLES:
        reason, widened = role_reason(a, b, role, settings)
        if reason:
            return reason
        by_concept |= widened
    ha, hb = a.measure.threshold, b.measure.threshold
    # one side stating none is compatible, as for time frames; not when only concepts tie the figures
    if ha != hb and (ha and hb or by_concept):
        return "different thresholds"
    if not times_compatible(a.measure.time_terms, b.measure.time_terms):
        return "different time frames"
    if a.doc_id != b.doc_id:
        shared = set(a.measure.topic_terms) & set(b.measure.topic_terms)
        if len(shared) < settings.min_topic_overlap:
            return "documents about different topics"
    if a.measure.axis is None and (a.polarity or b.polarity):
        return "no outcome axis"
    return None


def complementary(a: StatisticClaim, b: StatisticClaim, settings: CheckSettings) -> bool:
    """Whether the two figures are on one axis with opposite polarity (relief vs persistence)."""
    return (
        a.measure.axis in settings.complementable_axes
        and a.polarity is not None
        and b.polarity is not None
        and a.polarity != b.polarity
        and a.value.unit == "proportion"
    )
