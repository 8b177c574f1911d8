"""The evidence_assertion component: span._.assertion for doc.spans["claim_targets"], and a
pipeline that survives to_disk / spacy.load through the spacy_factories entry point."""

import spacy
from spacy.tokens import Span

import extract.assertion.component  # noqa: F401  (registers the factory)
from extract.assertion.component import register_extensions

from .conftest import span

TEXT = (
    "Up to 20% of patients have pain after surgery. Surgery does not cause arachnoiditis. "
    "If conservative care fails, surgery should be considered."
)
TARGETS = ["Up to 20%", "Surgery does not cause arachnoiditis", "surgery should be considered"]


def pipeline(**config):
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("evidence_assertion", config=config)
    return nlp


def run(nlp, text=TEXT, targets=TARGETS):
    doc = nlp.make_doc(text)
    doc.spans["claim_targets"] = [doc.char_span(*span(text, t)) for t in targets]
    return nlp(doc)


def test_spans_get_their_assertion():
    doc = run(pipeline())
    figure, relation, recommendation = (s._.assertion for s in doc.spans["claim_targets"])
    assert figure.certainty == "possible" and [c.category for c in figure.cues] == ["UPPER_BOUND"]
    assert relation.negated and relation.certainty == "counterfact"
    assert recommendation.hypothetical and recommendation.certainty == "fact"
    for s in doc.spans["claim_targets"]:
        for c in s._.assertion.cues:
            assert doc.text[c.start : c.end] == c.text


def test_overlapping_spans_in_the_group():
    text = "Up to 20% of patients develop arachnoiditis, which does not respond to surgery."
    doc = run(pipeline(), text, ["Up to 20% of patients develop arachnoiditis", "arachnoiditis, which does not respond to surgery"])
    first, second = (s._.assertion for s in doc.spans["claim_targets"])
    assert first.certainty == "possible" and not first.negated
    assert second.certainty == "counterfact"


def test_docs_without_targets_pass_through():
    nlp = pipeline()
    doc = nlp("Surgery does not cause arachnoiditis.")
    assert "claim_targets" not in doc.spans
    assert doc[0:2]._.assertion is None


def test_config_is_honoured():
    text = "The patient denies chest pain."
    with_context, without = run(pipeline(), text, ["chest pain"]), run(pipeline(use_context=False), text, ["chest pain"])
    assert with_context.spans["claim_targets"][0]._.assertion.negated
    assert not without.spans["claim_targets"][0]._.assertion.negated
    nlp = pipeline(span_key="mine")
    doc = nlp.make_doc(text)
    doc.spans["mine"] = [doc.char_span(*span(text, "chest pain"))]
    assert nlp(doc).spans["mine"][0]._.assertion.negated


def test_round_trip_through_disk(tmp_path):
    nlp = pipeline()
    nlp.to_disk(tmp_path / "pipe")
    again = spacy.load(tmp_path / "pipe")
    assert again.pipe_names == ["sentencizer", "evidence_assertion"]
    assert again.get_pipe_meta("evidence_assertion").factory == "evidence_assertion"
    # the docs kept in scope: a SpanGroup holds its Doc weakly, and a temporary Doc may be
    # collected while its spans are read
    first, second = run(nlp), run(again)
    a = [s._.assertion.model_dump() for s in first.spans["claim_targets"]]
    b = [s._.assertion.model_dump() for s in second.spans["claim_targets"]]
    assert a == b and len(a) == 3


def test_entry_point_is_declared():
    from importlib.metadata import entry_points

    names = {ep.name: ep.value for ep in entry_points(group="spacy_factories")}
    assert names["evidence_assertion"] == "extract.assertion.component:make_assertion"


def test_extension_registration_is_idempotent():
    register_extensions()
    register_extensions()
    assert Span.has_extension("assertion")
