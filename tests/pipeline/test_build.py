"""The pipeline's base: spaCy's English with scispaCy's tokenizer built in its place, the same
tokenizer as scispaCy's documented ``nlp.tokenizer = combined_rule_tokenizer(nlp)``."""

import warnings

import pytest
import spacy
from scispacy.custom_tokenizer import combined_rule_tokenizer

from extract.pipeline.build import SCISPACY_TOKENIZER, _base

TEXTS = [
    "48.5% of 10-20 patients (n=35) had IL-6 levels >5 pg/mL, e.g. after L4-L5 fusion.",
    "Failed back surgery syndrome (FBSS) affects up to 40% of patients; p<0.05 vs. placebo.",
    "Dr. Smith's patients received 2.5mg/kg/day i.v. at 37°C.\n\n  • Results: 3×10^9 cells/L",
    "Use of NSAIDs (ibuprofen, naproxen) wasn't linked to CRP>10 mg/L [12,13].",
]


@pytest.fixture(scope="module")
def replaced() -> spacy.language.Language:
    """scispaCy's own recipe: a blank English pipeline whose default tokenizer is replaced."""
    nlp = spacy.blank("en")
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Possible set union", category=FutureWarning)
        nlp.tokenizer = combined_rule_tokenizer(nlp)
    return nlp


def test_base_tokenizer_is_scispacys(replaced: spacy.language.Language) -> None:
    nlp = _base(None)
    assert nlp.config["nlp"]["tokenizer"] == {"@tokenizers": SCISPACY_TOKENIZER}
    # the same rules, special cases and prefix/suffix/infix expressions
    assert nlp.tokenizer.to_bytes(exclude=["vocab"]) == replaced.tokenizer.to_bytes(exclude=["vocab"])
    assert nlp.tokenizer.rules == replaced.tokenizer.rules
    assert nlp.tokenizer.url_match is None and nlp.tokenizer.token_match is None  # as scispaCy leaves them
    for text in TEXTS:
        expected = [(t.text, t.idx, t.whitespace_, t.norm_) for t in replaced(text)]
        assert [(t.text, t.idx, t.whitespace_, t.norm_) for t in nlp(text)] == expected


def test_base_config_rebuilds_the_same_tokenizer() -> None:
    nlp = _base(None)
    again = spacy.blank("en", config={"nlp": {"tokenizer": nlp.config["nlp"]["tokenizer"]}})
    assert again.tokenizer.to_bytes(exclude=["vocab"]) == nlp.tokenizer.to_bytes(exclude=["vocab"])
    assert [t.text for t in again(TEXTS[0])][:2] == ["48.5", "%"]


def test_every_special_case_and_expression_is_scispacys(replaced: spacy.language.Language) -> None:
    """The tokenizer built with the shortcuts of ``_faster_tokenizer_build`` (expressions from
    the regex cache, special cases' attributes read directly) is scispaCy's: the same compiled
    expressions, each special case split and normalized the same; spaCy's modules put back."""
    import re

    import spacy.tokenizer
    import spacy.util
    import spacy.vocab
    from spacy.attrs import intify_attrs

    nlp = _base(None)
    ours, theirs = nlp.tokenizer, replaced.tokenizer
    for attr in ("prefix_search", "suffix_search", "infix_finditer"):
        assert getattr(ours, attr).__self__ == getattr(theirs, attr).__self__  # re.Pattern: same program
    assert len(theirs.rules) > 1000
    for text in sorted(theirs.rules):
        assert [(t.text, t.norm_, t.lower_) for t in ours(text)] == [(t.text, t.norm_, t.lower_) for t in replaced(text)], text
    joined = " ".join(sorted(theirs.rules))
    assert [(t.text, t.norm_, t.idx) for t in ours(joined)] == [(t.text, t.norm_, t.idx) for t in replaced(joined)]
    assert spacy.util.re is re and spacy.tokenizer.intify_attrs is intify_attrs is spacy.vocab.intify_attrs
