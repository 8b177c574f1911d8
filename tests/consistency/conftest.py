"""Qualitative claim records built by hand: the grouping and the opposing-claims check are
tested on records, not on what the extractor happens to find."""

from __future__ import annotations

import re
from types import SimpleNamespace
from typing import Optional, Union

import pytest

from extract.records.ids import stable_id
from extract.records.models import (
    Assertion,
    CauseClaim,
    Concept,
    Evidence,
    Mention,
    RecommendationClaim,
    SymptomClaim,
    TreatmentClaim,
)

#: An argument: its text, or (text, concept id, concept name) when linked.
Arg = Union[str, tuple[str, str, str], None]


def mention(quote: str, arg: Arg) -> Optional[Mention]:
    """The mention of ``arg`` in ``quote``, found case-insensitively (offsets within the quote,
    which starts at 0)."""
    if arg is None:
        return None
    text, concept = (arg, None) if isinstance(arg, str) else (arg[0], Concept(id=arg[1], vocabulary="EV", name=arg[2], score=1.0))
    start = quote.lower().index(text.lower())
    return Mention(text=quote[start : start + len(text)], start=start, end=start + len(text), concept=concept)


def _key(m: Optional[Mention]) -> str:
    if m is None:
        return "-"
    return m.concept.id if m.concept else " ".join(re.findall(r"[a-z0-9]+", m.text.lower()))


def _common(doc: str, quote: str, kind: str, subject: Mention, assertion: Assertion) -> dict:
    return {
        "claim_id": stable_id("clm_", doc, kind, quote, subject.start),
        "doc_id": doc,
        "evidence": Evidence(quote=quote, start=0, end=len(quote), sentence_index=0, rule="test", extractor_version="test"),
        "assertion": assertion,
    }


def assertion(negated: bool = False, certainty: Optional[str] = None, hedged: bool = False, hypothetical: bool = False) -> Assertion:
    return Assertion(
        negated=negated,
        hedged=hedged,
        hypothetical=hypothetical,
        certainty=certainty or ("counterfact" if negated else "fact"),
    )


def cause(doc: str, quote: str, subject: Arg, obj: Arg, relation: str = "causes", **flags) -> CauseClaim:
    s, o = mention(quote, subject), mention(quote, obj)
    return CauseClaim(
        **_common(doc, quote, "cause", s, assertion(**flags)), cause=s, effect=o, relation=relation,
        group_key=stable_id("grp_", "1", "cause", _key(s), _key(o), relation),
    )


def symptom(doc: str, quote: str, subject: Arg, obj: Arg = None, **flags) -> SymptomClaim:
    s, o = mention(quote, subject), mention(quote, obj)
    return SymptomClaim(
        **_common(doc, quote, "symptom", s, assertion(**flags)), symptom=s, condition=o,
        group_key=stable_id("grp_", "1", "symptom", _key(s), _key(o), ""),
    )


def treatment(doc: str, quote: str, subject: Arg, obj: Arg = None, effect: Optional[str] = None, **flags) -> TreatmentClaim:
    s, o = mention(quote, subject), mention(quote, obj)
    return TreatmentClaim(
        **_common(doc, quote, "treatment", s, assertion(**flags)), intervention=s, condition=o, effect=effect,
        group_key=stable_id("grp_", "1", "treatment", _key(s), _key(o), ""),
    )


def recommendation(
    doc: str,
    quote: str,
    action: Arg,
    population: Arg = None,
    instead_of: Arg = None,
    against: bool = False,
    strength: str = "should",
    **flags,
) -> RecommendationClaim:
    a, p, i = mention(quote, action), mention(quote, population), mention(quote, instead_of)
    return RecommendationClaim(
        **_common(doc, quote, "recommendation", a, assertion(**flags)), action=a, population=p, instead_of=i,
        strength=strength, against=against, cue="should",
        group_key=stable_id("grp_", "1", "recommendation", _key(a), _key(p), "against" if against else "for"),
    )


@pytest.fixture
def build() -> SimpleNamespace:
    """Builders of claim records: ``build.cause(doc, quote, subject, object, negated=True)`` ..."""
    return SimpleNamespace(cause=cause, symptom=symptom, treatment=treatment, recommendation=recommendation)


@pytest.fixture(scope="session")
def linked_nlp(nlp):  # noqa: ANN001, ANN201
    """The pipeline with linking on, over the repository's knowledge base (``.cache/kb``, built
    once if missing or out of date by tests/conftest.py): figures carry their concepts. The
    session's own pipeline (tests/conftest.py ``nlp``), not another one."""
    return nlp


@pytest.fixture(scope="session")
def unlinked_nlp(plain):  # noqa: ANN001, ANN201
    """The pipeline with linking off: figures without concepts (the session's ``plain``)."""
    return plain
