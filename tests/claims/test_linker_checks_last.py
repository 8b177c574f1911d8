"""The rules ask their linker-backed tests (``known``, ``finding``, ``condition``) after the tests of the
text that can decide alone (issue 6: speed). The claims found are the same; the linker is asked less.

The sentences are written for these tests (erythromelalgia, hay fever: no page of the corpora).
"""

from __future__ import annotations

from extract.claims.lists import warning_items
from extract.claims.phrases import split_items
from extract.claims.relations import find_relations
from tests.claims.conftest import CUES


class Recorder:
    """A linker-backed test that answers from a set and records what it was asked."""

    def __init__(self, yes: set[str]) -> None:
        self.yes = yes
        self.asked: list[str] = []

    def __call__(self, text: str) -> bool:
        self.asked.append(text)
        return text.lower() in self.yes


def _found(sentence: str, condition: Recorder) -> list[tuple[str, str, str]]:
    mentions, _ = find_relations(sentence, CUES, None, None, condition, None)
    return [(m.kind, sentence[m.subject[0] : m.subject[1]], m.rule) for m in mentions]


def test_a_comma_apposition_still_defines_the_condition() -> None:
    condition = Recorder({"erythromelalgia"})
    sentence = "Erythromelalgia, a condition in which the feet burn and turn red, usually starts in adulthood."
    assert _found(sentence, condition) == [("symptom", "feet burn and turn red", "symptom:apposition")]
    assert "Erythromelalgia" in condition.asked


def test_no_apposition_no_condition_question() -> None:
    condition = Recorder({"erythromelalgia"})
    assert _found("Erythromelalgia usually starts in adulthood and is rare.", condition) == []
    assert condition.asked == []


def test_items_split_by_their_commas_ask_no_linker() -> None:
    known = Recorder(set())
    text = "headaches, nausea and blurred vision"
    assert [text[a:b] for a, b in split_items(text, (0, len(text)), CUES, known)] == ["headaches", "nausea", "blurred vision"]
    assert known.asked == []


def test_two_known_names_are_still_two_items() -> None:
    text = "hay fever or eczema"
    known = Recorder({"hay fever", "eczema"})
    assert [text[a:b] for a, b in split_items(text, (0, len(text)), CUES, known)] == ["hay fever", "eczema"]
    assert [text[a:b] for a, b in split_items(text, (0, len(text)), CUES, Recorder(set()))] == ["hay fever or eczema"]


def test_warning_risk_states_are_dropped_before_the_finding_question() -> None:
    finding = Recorder({"stiff neck", "temperature of 38c or above", "shivering"})
    sentence = "you have a weakened immune system or a stiff neck"
    assert [sentence[m.subject[0] : m.subject[1]] for m in warning_items(sentence, CUES, None, finding)] == ["stiff neck"]
    assert finding.asked == ["stiff neck"]
    sentence = "you have a temperature of 38C or above, or shivering"
    assert [sentence[m.subject[0] : m.subject[1]] for m in warning_items(sentence, CUES, None, finding)] == [
        "temperature of 38C or above", "shivering"]
    no_finding = Recorder(set())
    assert warning_items(sentence, CUES, None, no_finding) == []


def _symptoms(sentence: str, finding: Recorder) -> list[tuple[str, str, str]]:
    mentions, _ = find_relations(sentence, CUES, None, None, None, finding)
    return [(m.kind, sentence[m.subject[0] : m.subject[1]], m.rule) for m in mentions]


def test_reported_findings_are_still_asked_and_kept() -> None:
    finding = Recorder({"itchy eyes", "blocked nose"})
    sentence = "Many patients report itchy eyes and a blocked nose."
    assert _symptoms(sentence, finding) == [("symptom", "itchy eyes", "symptom:report"), ("symptom", "blocked nose", "symptom:report")]
    assert finding.asked == ["itchy eyes", "blocked nose"]


def test_items_the_text_rules_out_ask_no_finding_question() -> None:
    """"get" takes findings only, "describe" a finding or a happening, "have a scan" names a test: the text says so."""
    for sentence in ("Patients often get a letter from the clinic.", "People with erythromelalgia often describe a woman who walks.",
                     "People with the condition may have a scan."):
        finding = Recorder({"letter from the clinic", "woman", "scan"})
        assert _symptoms(sentence, finding) == []
        assert finding.asked == [], sentence
