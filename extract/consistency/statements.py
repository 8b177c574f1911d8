"""What a qualitative claim says: its arguments, polarity, certainty and a readable label.

Shared by grouping (:mod:`~extract.consistency.groups`) and the opposing-claims check
(:mod:`~extract.consistency.qualitative`). Every claim type names two arguments, a *subject*
and an *object*:

============== ======================= ==============================
type           subject                 object
============== ======================= ==============================
cause          the cause               the effect
symptom        the symptom             the condition
treatment      the intervention        the condition
recommendation the recommended action  the population (for whom)
============== ======================= ==============================

Pure functions over claim records.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Optional, Union, get_args

from extract import regexcache as re  # re, with compiled patterns cached on disk
from extract.records.models import (
    CauseClaim,
    Certainty,
    Claim,
    ClaimPolarity,
    Mention,
    QualitativeType,
    RecommendationClaim,
    Strength,
    SymptomClaim,
    TreatmentClaim,
)

QualitativeClaim = Union[CauseClaim, SymptomClaim, TreatmentClaim, RecommendationClaim]
#: The claim types that are not figures.
QUALITATIVE_TYPES: tuple[str, ...] = get_args(QualitativeType)
#: Most certain first.
CERTAINTY_ORDER: tuple[Certainty, ...] = get_args(Certainty)
#: Strongest first.
STRENGTH_ORDER: tuple[Strength, ...] = get_args(Strength)
#: Shown for an effect the text leaves implicit (the page's condition, which differs from page
#: to page: such a group may gather claims about different conditions).
UNSTATED = "(unstated)"


def qualitative(claims: Iterable[Claim]) -> list[QualitativeClaim]:
    """The cause, symptom, treatment and recommendation claims among ``claims``, in order."""
    return [c for c in claims if c.type in QUALITATIVE_TYPES]  # type: ignore[misc]


def arguments(claim: QualitativeClaim) -> tuple[Mention, Optional[Mention]]:
    """The claim's subject and object mentions (see the table in the module docstring)."""
    if isinstance(claim, CauseClaim):
        return claim.cause, claim.effect
    if isinstance(claim, SymptomClaim):
        return claim.symptom, claim.condition
    if isinstance(claim, TreatmentClaim):
        return claim.intervention, claim.condition
    return claim.action, claim.population


def polarity(claim: QualitativeClaim) -> ClaimPolarity:
    """'negated' when the text denies the claim (negated, or certainty 'counterfact') and for
    recommendations against the action; 'affirmed' otherwise.

    A recommendation against an action that is also marked negated ("surgery is not
    recommended" may be both) stays 'negated': the flags are or-ed, never cancelled.
    """
    a = claim.assertion
    against = isinstance(claim, RecommendationClaim) and claim.against
    return "negated" if a.negated or a.certainty == "counterfact" or against else "affirmed"


def best_certainty(claims: Iterable[QualitativeClaim]) -> Certainty:
    """The most certain assertion among ``claims`` (fact > probable > possible > doubtful > counterfact)."""
    return min((c.assertion.certainty for c in claims), key=CERTAINTY_ORDER.index)


def tentative(claim: QualitativeClaim) -> bool:
    """Asserted with reservation: hedged or hypothetical, certainty 'possible' or 'doubtful', or a
    recommendation that only offers an option (strength 'may')."""
    a = claim.assertion
    if a.hedged or a.hypothetical or a.certainty in ("possible", "doubtful"):
        return True
    return isinstance(claim, RecommendationClaim) and claim.strength == "may"


def display(text: str) -> str:
    """``text`` as a label shows it: one line, lower case except acronyms ("SCS", "NSAIDs")."""
    return " ".join(w if sum(ch.isupper() for ch in w) >= 2 else w.lower() for w in text.split())


def mention_name(mention: Mention) -> str:
    """What a label calls an argument: its concept's name when linked, else its text."""
    return display(mention.concept.name if mention.concept is not None else mention.text)


def most_common(values: Iterable[str]) -> str:
    """The most frequent value; ties go to the alphabetically first (deterministic)."""
    counts = Counter(values)
    return min(counts, key=lambda v: (-counts[v], v))


def argument_name(mentions: Sequence[Optional[Mention]]) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """``(name, concept id, concept name)`` of one argument stated by several claims.

    The concept most of them link to, or (none linked) the text most of them use; all three
    None when no claim states the argument.
    """
    present = [m for m in mentions if m is not None]
    if not present:
        return None, None, None
    concepts = {m.concept.id: m.concept for m in present if m.concept is not None}
    if concepts:
        concept = concepts[most_common(m.concept.id for m in present if m.concept is not None)]
        return display(concept.name), concept.id, concept.name
    return most_common(mention_name(m) for m in present), None, None


def label(
    type_: str,
    subject: str,
    obj: Optional[str],
    polarity_: ClaimPolarity,
    relation: Optional[str] = None,
) -> str:
    """A readable summary of a claim or group.

    "scar tissue -> chronic pain" (cause; "(risk factor)" or "(associated)" appended for those
    relations), "numbness in carpal tunnel syndrome" (symptom), "physical therapy for knee
    osteoarthritis" (treatment), "spinal cord stimulation for chronic pain" (recommendation).
    Negated claims start with "not: ", recommendations against with "against: ".
    """
    if type_ == "cause":
        text = f"{subject} -> {obj or UNSTATED}"
        if relation == "risk_factor":
            text += " (risk factor)"
        elif relation == "associated_with":
            text += " (associated)"
    elif type_ == "symptom":
        text = f"{subject} in {obj}" if obj else subject
    else:
        text = f"{subject} for {obj}" if obj else subject
    if polarity_ == "negated":
        text = ("against: " if type_ == "recommendation" else "not: ") + text
    return text


def claim_label(claim: QualitativeClaim) -> str:
    """The label of one claim (see :func:`label`)."""
    subject, obj = arguments(claim)
    relation = claim.relation if isinstance(claim, CauseClaim) else None
    return label(claim.type, mention_name(subject), mention_name(obj) if obj else None, polarity(claim), relation)


def short_quote(quote: str, limit: int = 140) -> str:
    """The quote on one line, cut to ``limit`` characters with an ellipsis."""
    text = re.sub(r"\s+", " ", quote).strip()
    return text if len(text) <= limit else text[: limit - 3] + "..."
