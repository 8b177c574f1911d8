"""The pipeline is an ordinary spaCy Language built from scispaCy's parts."""

import spacy

import extract
from extract.records import StatisticClaim


def figures(doc):  # noqa: ANN001, ANN201
    """The doc's statistic claims (the figures), in order."""
    return [c for c in doc._.claims if c.type == "statistic"]


def test_load_gives_the_evidence_pipeline(nlp):
    assert nlp.pipe_names == [
        "evidence_sentences",
        "evidence_abbreviations",
        "evidence_references",
        "evidence_figures",
        "evidence_claims",
        "evidence_assertion",
    ]
    assert type(nlp.tokenizer).__module__.startswith("spacy")  # scispaCy builds a spaCy Tokenizer
    # scispaCy's tokenizer keeps "48.5%" apart as number + sign and splits hyphenated ranges
    assert [t.text for t in nlp.tokenizer("48.5% of 10-20 patients")][:2] == ["48.5", "%"]


def test_docs_carry_claims(nlp):
    doc = nlp("Up to 20% of patients have persistent pain after spine surgery.")
    (claim,) = doc._.claims
    assert isinstance(claim, StatisticClaim)
    assert claim.value.surface == "Up to 20%"
    assert doc.text[claim.evidence.start : claim.evidence.end] == claim.evidence.quote


def test_abbreviations_carry_long_forms(nlp):
    doc = nlp(
        "Failed back surgery syndrome (FBSS) is common. Up to 20% of people with FBSS need more care. "
        "Pain was scored on a numerical rating scale (NRS)."
    )
    (claim,) = doc._.claims
    assert claim.abbreviations == {"FBSS": "Failed back surgery syndrome"}
    longs = {a["short_text"]: a["long_text"] for a in doc._.abbreviations}
    assert longs["NRS"] == "numerical rating scale"


def test_bullets_are_sentences(nlp):
    text = "Results\n\n  • With surgery, 48.5% of patients improved.\n  • The success rate was 66.7% in older patients.\n"
    doc = nlp(text)
    quotes = [c.evidence.quote for c in figures(doc)]
    assert quotes == ["With surgery, 48.5% of patients improved.", "The success rate was 66.7% in older patients."]
    assert all(c.evidence.section == "Results" for c in figures(doc))


def test_no_break_space_ends_a_sentence(nlp):
    doc = nlp("Surgery relieves the insult.\u00a0 The problem is that most patients have normal MRIs.")
    (claim,) = figures(doc)
    assert claim.evidence.quote.startswith("The problem")


def test_round_trip_through_disk(nlp, tmp_path):
    nlp.to_disk(tmp_path / "pipe")
    again = spacy.load(tmp_path / "pipe")
    assert again.pipe_names == nlp.pipe_names
    text = "About 15% of adults have knee osteoarthritis; 1 in 5 patients regret surgery."
    a = [c.model_dump() for c in nlp(text)._.claims]
    b = [c.model_dump() for c in again(text)._.claims]
    assert a == b and len([c for c in a if c["type"] == "statistic"]) == 2


def test_unknown_model_is_a_clear_error():
    import pytest

    from extract.pipeline.build import ModelNotFound

    with pytest.raises(ModelNotFound, match="en_core_sci_zz"):
        extract.load("en_core_sci_zz")


def test_text_without_punctuation_is_read_in_bounded_pieces(nlp):
    text = "up to 20% of patients and 1 in 5 adults " * 400  # 16 kB, one "sentence"
    claims = figures(nlp(text))
    assert len(claims) == 800
    for c in claims:
        assert len(c.evidence.quote) <= 600
        assert text[c.evidence.start : c.evidence.end] == c.evidence.quote
        assert text[c.value.start : c.value.end] == c.value.surface


def test_sentence_ending_inside_a_token_still_ends(nlp):
    # scispaCy's own pysbd_sentencizer loses this boundary ("replacement.¹" is one token)
    text = "It doesn't always work. Up to 1 in 3 patients have pain after their replacement.¹ At Bayside we help."
    (claim,) = nlp(text)._.claims
    assert claim.evidence.quote.startswith("Up to 1 in 3")


def test_html_headings_give_sections_and_interventions(nlp, tmp_path):
    from pathlib import Path

    from extract.runner import read_claims, run

    page = Path(__file__).resolve().parents[1] / "data" / "carpal_tunnel_clinic.html"
    run([page], tmp_path, nlp=nlp)
    claims = read_claims(tmp_path).set_index("surface")
    assert claims.loc["up to 85%", "section"] == "Endoscopic release"
    assert claims.loc["up to 85%", "intervention"] == "Endoscopic release"
    assert claims.loc["More than 90%", "intervention"] == "carpal tunnel release"
    assert "(303) 555-0148" not in set(claims.index)
