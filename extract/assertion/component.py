"""The spaCy component that assesses every claim target of a ``Doc``.

A thin wrapper around :func:`extract.assertion.assess.assess`: it reads the spans of
``doc.spans["claim_targets"]`` (put there by the claim components) and stores each one's
:class:`~extract.records.models.Assertion` as ``span._.assertion`` and on the claim it belongs
to; a recommendation against its action is not negated by the words that make it one
(:func:`~extract.assertion.assess.recommended_against`).

Its only state is its config (a cue file path, whether to use ConText, the span key), so a saved
pipeline rebuilds it through the ``spacy_factories`` entry point. ConText is built on the first
document, with the pipeline's own tokenizer (after ``from_disk`` has restored it).
"""


from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.assertion.assess import AssertionRules, assess, named_negation, reason_clause_negation, recommended_against
from extract.assertion.cues import load_cues
from extract.records.models import CauseClaim, Mention, RecommendationClaim

SPAN_KEY = "claim_targets"


#: ``doc.user_data`` key: the claim id of each span of ``doc.spans[span_key]``, in order.
TARGET_OWNERS = "evidence_claim_target_owners"


def register_extensions() -> None:
    """``span._.assertion``: the Assertion of a claim target (None until assessed). Idempotent."""
    if not Span.has_extension("assertion"):
        Span.set_extension("assertion", default=None)


def argument_spans(claims) -> list[tuple[int, int]]:  # noqa: ANN001 - records of doc._.claims
    """The character spans of every claim argument written in the text (not taken from a heading)."""
    return sorted({(m.start, m.end) for c in claims if c.type != "statistic"
                   for m in (getattr(c, f) for f in type(c).model_fields) if isinstance(m, Mention) and not m.implicit})


class AssertionTagger:
    """Assess the spans of ``doc.spans[span_key]`` and set ``span._.assertion``."""

    def __init__(self, nlp: Language, name: str, hedges: Optional[str], use_context: bool, span_key: str) -> None:
        self.name = name
        self.span_key = span_key
        self.rules = AssertionRules(load_cues(hedges), use_context=use_context, nlp=nlp)
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        if self.span_key not in doc.spans or not len(doc.spans[self.span_key]):
            return doc
        spans = list(doc.spans[self.span_key])
        results = assess(doc, [(s.start_char, s.end_char) for s in spans], rules=self.rules)
        # the claim components list, in span order, the claim each target belongs to
        owners = doc.user_data.get(TARGET_OWNERS)
        if owners and doc._.claims and len(owners) == len(results):
            by_id = {c.claim_id: c for c in doc._.claims}
            named = argument_spans(doc._.claims)
            for i, claim_id in enumerate(owners):
                claim = by_id.get(claim_id)
                if claim is None:
                    continue
                if isinstance(claim, RecommendationClaim) and claim.against:
                    results[i] = recommended_against(results[i], self.rules)
                elif results[i].negated:
                    results[i] = named_negation(results[i], self.rules, named)
                    if isinstance(claim, CauseClaim) and results[i].negated:
                        # "Do not X, as this can cause Y": the advice's negation denies nothing of the reason
                        written = [m.start for m in (claim.cause, claim.effect) if m is not None and not m.implicit]
                        if written:
                            results[i] = reason_clause_negation(results[i], self.rules, doc.text, max(written))
                claim.assertion = results[i]
        for span, assertion in zip(spans, results):
            span._.assertion = assertion
        return doc


@Language.factory(
    "evidence_assertion",
    default_config={"hedges": None, "use_context": True, "span_key": SPAN_KEY},
    assigns=["span._.assertion"],
    requires=["token.is_sent_start"],
)
def make_assertion(nlp: Language, name: str, hedges: Optional[str], use_context: bool, span_key: str) -> AssertionTagger:
    return AssertionTagger(nlp, name, hedges, use_context, span_key)
