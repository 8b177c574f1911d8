"""A finding named by an adjective ("dizzy", "feel nauseous") links to the finding its noun names
(``nominal_endings`` and ``complement_verbs`` of ``data/linking.json``), not to the nearest alias
that adds a body site ("itchy foot")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.linking.cues import LinkerCueError, load_linker_cues
from extract.linking.linker import CONDITION_TYPES, NOMINAL_FACTOR, Linker


@pytest.mark.parametrize(
    ("mention", "concept"),
    [
        ("itchy", "HP:0000989"),  # Pruritus, by "itchiness" (y -> iness)
        ("numb", "HP:0033748"),  # Hypoesthesia, by "numbness"
        ("painful", "HP:0012531"),  # Pain (ful -> nothing)
        ("nauseous", "HP:0002018"),  # Nausea (ous -> a)
        ("feel nauseous", "HP:0002018"),  # after a verb of state
        ("breathless", "HP:0002094"),  # Dyspnea, by "breathlessness"
        ("constipated", "HP:0002019"),  # Constipation (ed -> ion)
        ("lethargic", "HP:0001254"),  # Lethargy (ic -> y)
    ],
)
def test_an_adjective_links_to_the_finding_its_noun_names(linker: Linker, mention: str, concept: str) -> None:
    found = linker.link(mention, CONDITION_TYPES)
    assert found is not None and found.id == concept, (mention, found)
    assert found.score <= NOMINAL_FACTOR  # below the noun itself: the adjective is not a listed name


def test_no_site_is_added_to_a_bare_adjective(linker: Linker) -> None:
    """Without the noun, the nearest aliases of "itchy" and "numb" name a site ("itchy foot")."""
    for mention in ("itchy", "numb", "stiff"):
        found = linker.link(mention, CONDITION_TYPES)
        assert not any(site in found.alias for site in ("foot", "toe", "lip", "eye", "hand")), (mention, found.alias)


def test_only_a_disorder_or_finding_named_by_the_noun_counts(linker: Linker) -> None:
    """"relaxed" makes "relaxation", a therapy: no finding; a phrase of several words is no
    adjective; a word whose stem would be under three letters is not nominalized."""
    assert linker._nominal_matches("relaxed") == []
    assert linker._nominal_matches("very itchy skin") == []
    assert linker._nominal_matches("red") == []


def test_the_nominal_endings_are_validated_on_load(tmp_path: Path) -> None:
    data = json.loads((Path(__file__).resolve().parents[2] / "extract" / "linking" / "data" / "linking.json").read_text("utf-8"))
    data["nominal_endings"] = [["y", "y"]]
    bad = tmp_path / "linking.json"
    bad.write_text(json.dumps(data), "utf-8")
    with pytest.raises(LinkerCueError, match="the two different"):
        load_linker_cues(str(bad))


def test_a_lone_adjective_links_with_the_verb_of_state_before_it(nlp) -> None:  # noqa: ANN001
    """The claim finder's symptom is the adjective ("sick" of "many people also feel sick"); alone
    it names nothing, with its verb ("feel sick") it is nausea."""
    from extract.pipeline import make_doc

    text = "Symptoms\n\nWith a migraine many people also feel sick and find light hard to bear.\n"
    symptoms = {c.symptom.text: c.symptom.concept for c in nlp(make_doc(nlp, text, "doc_sick"))._.claims if c.type == "symptom"}
    assert symptoms["sick"] is not None and symptoms["sick"].id == "HP:0002018"  # Nausea
