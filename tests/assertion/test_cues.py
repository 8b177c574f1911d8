"""The cue file: the packaged one loads and every phrase in it matches itself; malformed files
are rejected on load, naming the problem."""

import copy
import json

import pytest

from extract.assertion import CueFileError, load_cues, parse_cues
from extract.assertion.hedges import HedgeRules


@pytest.fixture(scope="module")
def packaged():
    return load_cues().model_dump()


def test_packaged_file_loads():
    cues = load_cues()
    assert cues.version and cues.groups
    assert {g.kind for g in cues.groups} == {"negated", "hedged", "hypothetical", "generic"}
    assert cues.grade_of("RARE") == "doubtful" and cues.grade_of("POSSIBLE_EXISTENCE") == "possible"
    assert cues.grade_of("NEGATION") is None
    assert load_cues() is load_cues()  # cached


def test_every_phrase_matches_itself_in_its_group():
    cues = load_cues()
    rules = HedgeRules(cues)
    for group in cues.groups:
        for phrase in group.phrases:
            text = f"Here {phrase} there."
            matches, _ = rules.find(text)
            hits = [m for m in matches if text[m.found.start : m.found.end].lower() == phrase]
            assert any(m.group.name == group.name for m in hits), (group.name, phrase)


def test_words_inside_other_words_are_not_cues():
    rules = HedgeRules(load_cues())
    for text in ["Notably, the nonsurgical group improved.", "Follow-up to two years.", "Mayo Clinic canned it."]:
        matches, _ = rules.find(text)
        assert not matches, text


def mutate(data, path, value):
    """A copy of ``data`` with the item at ``path`` (keys and indexes) set to ``value``; a
    value of ``DELETE`` removes it."""
    out = copy.deepcopy(data)
    node = out
    for key in path[:-1]:
        node = node[key]
    if value is DELETE:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return out


DELETE = object()


def group_index(data, name):
    return next(i for i, g in enumerate(data["groups"]) if g["name"] == name)


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda d: mutate(d, ["surprise"], 1), "surprise"),
        (lambda d: mutate(d, ["groups", 0, "scope"], "wide"), "scope"),
        (lambda d: mutate(d, ["groups", group_index(d, "modal"), "direction"], "sideways"), "direction"),
        (lambda d: mutate(d, ["groups", group_index(d, "modal"), "grade"], DELETE), "grade is required"),
        (lambda d: mutate(d, ["groups", group_index(d, "negation"), "grade"], "possible"), "grade is required"),
        (lambda d: mutate(d, ["groups", group_index(d, "modal"), "grade"], "certain"), "grade"),
        (lambda d: mutate(d, ["groups", group_index(d, "modal"), "kind"], "uncertain"), "kind"),
        (lambda d: mutate(d, ["groups", group_index(d, "modal"), "phrases"], ["may", " "]), "empty"),
        (lambda d: mutate(d, ["groups", group_index(d, "modal"), "phrases"], ["may", "May"]), "duplicate"),
        (lambda d: mutate(d, ["groups", group_index(d, "modal"), "phrases"], []), "neither phrases nor patterns"),
        (lambda d: mutate(d, ["groups", group_index(d, "modal"), "patterns"], ["(may"]), "does not compile"),
        (lambda d: mutate(d, ["groups", group_index(d, "modal"), "patterns"], ["x*"]), "empty string"),
        (lambda d: mutate(d, ["groups", group_index(d, "modal"), "category"], "modal"), "category"),
        (lambda d: mutate(d, ["groups", group_index(d, "modal"), "name"], "negation"), "unique"),
        (lambda d: mutate(d, ["groups", group_index(d, "upper_bound"), "max_gap_words"], DELETE), "max_gap_words"),
        (lambda d: mutate(d, ["groups", group_index(d, "modal"), "max_gap_words"], 2), "max_gap_words"),
        (lambda d: mutate(d, ["groups", group_index(d, "rare"), "category"], "FREQUENCY"), "two grades"),
        (lambda d: mutate(d, ["groups", group_index(d, "rare"), "phrases"], ["rarely", "unlikely"]), "two groups"),
        (lambda d: mutate(d, ["subordinators"], ["although", "provided"]), "subordinators"),
        (lambda d: mutate(d, ["clause_boundaries"], []), "clause_boundaries"),
        (lambda d: mutate(d, ["context", "categories", "NEGATED"], "negated"), "NEGATED"),
        (lambda d: mutate(d, ["context", "categories", "FAMILY"], "generic"), "FAMILY"),
        (lambda d: mutate(d, ["context", "grades"], {}), "grades"),
        (lambda d: mutate(d, ["pseudo", "phrases"], [""]), "empty"),
    ],
)
def test_malformed_files_are_rejected(packaged, change, message):
    with pytest.raises(CueFileError, match=message):
        parse_cues(change(packaged), "test.json")


def test_errors_name_the_file(tmp_path, packaged):
    bad = tmp_path / "hedges.json"
    bad.write_text(json.dumps(mutate(packaged, ["version"], DELETE)))
    with pytest.raises(CueFileError, match=r"hedges\.json is invalid(.|\n)*version"):
        load_cues(str(bad))
    bad.write_text("{not json")
    with pytest.raises(CueFileError, match="not valid JSON"):
        load_cues(str(bad) + "")  # a new path string: not the cached result
    with pytest.raises(CueFileError, match="cannot read"):
        load_cues(str(tmp_path / "missing.json"))


def test_a_user_file_replaces_the_packaged_one(tmp_path, packaged, nlp):
    from extract.assertion import AssertionRules, assess

    data = mutate(packaged, ["groups", group_index(packaged, "modal"), "phrases"], ["might"])
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(data))
    rules = AssertionRules(load_cues(str(path)), use_context=False)
    text = "Scar tissue may give rise to chronic pain."
    (a,) = assess(nlp(text), [(0, len(text) - 1)], rules=rules)
    assert a.certainty == "fact"


def test_disabled_context_rules_must_exist(packaged):
    import spacy

    from extract.assertion.context import build_context

    cues = parse_cues(mutate(packaged, ["context", "disabled_rules", "no such rule"], "typo"))
    with pytest.raises(CueFileError, match="no such rule"):
        build_context(spacy.blank("en"), cues.context)
