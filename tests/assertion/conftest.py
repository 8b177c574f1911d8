"""Fixtures of the assertion tests: small pipelines with sentences, and targets by substring."""

import pytest
import spacy

from extract.assertion import AssertionRules, assess


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


@pytest.fixture(scope="module")
def sci_nlp():
    """scispaCy's biomedical tokenizer, as in the evidence pipeline ("cannot" -> "can", "not")."""
    import warnings

    from scispacy.custom_tokenizer import combined_rule_tokenizer

    nlp = spacy.blank("en")
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=FutureWarning)
        nlp.tokenizer = combined_rule_tokenizer(nlp)
    nlp.add_pipe("sentencizer")
    return nlp


def span(text: str, sub: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the ``nth`` occurrence of ``sub`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return start, start + len(sub)


@pytest.fixture(scope="module")
def judge(nlp):
    """``judge(text, *substrings, rules=None)``: the Assertion of each substring as a target."""

    def run(text, *subs, rules=None, pipeline=None):
        doc = (pipeline or nlp)(text)
        return assess(doc, [span(text, s) for s in subs], rules=rules)

    return run


@pytest.fixture(scope="module")
def hedges_only():
    return AssertionRules(use_context=False)
