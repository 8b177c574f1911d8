"""How the rules read a sentence (relations.rules_view): a closing attribution (", doctors say.", ", patients report,
although ...", ", Dr Shah explains.") is no item of the sentence's lists and no argument, as news features and quoting
pages end claims with who said them; an abbreviated genus ("H. pylori") is one name. Sentences written for these tests,
about conditions no corpus covers."""

from __future__ import annotations

import pytest

from extract.claims.relations import find_relations, without_attribution

from tests.claims.conftest import CUES


def _subjects(sentence: str, kind: str) -> list[str]:
    found, _ = find_relations(without_attribution(sentence, CUES), CUES)
    return [sentence[m.subject[0] : m.subject[1]] for m in found if m.kind == kind]


@pytest.mark.parametrize(
    ("sentence", "kind", "expected"),
    [
        ("Flares of chilblains are often set off by cold, damp or draughts, patients report, although few studies exist.",
         "cause", ["cold", "damp", "draughts"]),
        ("Episodes of cluster seizures can be triggered by fever, missed doses or alcohol, neurologists say.",
         "cause", ["fever", "missed doses", "alcohol"]),
        ("Typical signs of pityriasis rosea include a herald patch, itching and a rash on the trunk, dermatologists explain.",
         "symptom", ["herald patch", "itching", "rash on the trunk"]),
    ],
)
def test_an_attribution_is_no_list_item(sentence: str, kind: str, expected: list[str]) -> None:
    got = _subjects(sentence, kind)
    assert not any(w in " ".join(got).lower() for w in ("report", "say", "explain")), got
    assert all(any(e in g for g in got) for e in expected), got


@pytest.mark.parametrize(
    "sentence",
    ["Warm baths can ease the itching, says Dr Amara Okafor.", "Most children recover within a week, the authors concluded.",
     "The rash fades by itself, she explains, although it may itch."],
)
def test_the_attribution_is_blanked_with_offsets_kept(sentence: str) -> None:
    blanked = without_attribution(sentence, CUES)
    assert len(blanked) == len(sentence) and blanked != sentence
    assert not any(w in blanked for w in ("Okafor", "authors", "explains"))
    assert blanked.split()[0] == sentence.split()[0]


@pytest.mark.parametrize(
    "sentence",
    ["Doctors say the rash fades within weeks.", "Patients report tiredness, headaches and itching.",
     "Symptoms include fever, aches and a cough."],
)
def test_a_sentence_without_a_closing_attribution_is_unchanged(sentence: str) -> None:
    assert without_attribution(sentence, CUES) == sentence


# -- an abbreviated genus ("H. pylori") is one name --------------------------------------------

from extract.claims.relations import rules_view  # noqa: E402


@pytest.mark.parametrize(
    ("sentence", "kind", "expected"),
    [
        ("E. coli can cause cystitis in older women.", "cause", "E. coli"),
        ("Most cases of impetigo are caused by S. aureus or S. pyogenes.", "cause", "S. aureus"),
        ("Infection with H. pylori is the main cause of gastric ulcers.", "cause", "H. pylori"),
    ],
)
def test_an_abbreviated_genus_is_one_name(sentence: str, kind: str, expected: str) -> None:
    found, _ = find_relations(rules_view(sentence, CUES), CUES)
    got = [sentence[m.subject[0] : m.subject[1]] for m in found if m.kind == kind]
    assert any(expected in g for g in got) and not any(g in ("E", "S", "H", "coli", "pylori", "aureus") for g in got), got


def test_the_view_keeps_offsets_and_leaves_sentence_ends_alone() -> None:
    s = "Offer H. pylori eradication therapy to adults who test positive. It works."
    view = rules_view(s, CUES)
    assert len(view) == len(s) and view.startswith("Offer H' pylori") and view.endswith("positive. It works.")
    assert rules_view("Take vitamin D. Rest well.", CUES) == "Take vitamin D. Rest well."
