"""The references stage's cues are data, validated on load."""

import json

import pytest

from extract.figures.cues import CueFileError
from extract.references.cues import load_reference_cues, parse_reference_cues


def test_packaged_cues_load_and_are_lower_case():
    cues = load_reference_cues()
    assert "references" in cues.heading_set and "works cited" in cues.heading_set
    assert cues.study_noun_re.search("An October 2021 Study")
    assert cues.anaphora_re.search("The Research Team examined")


def _data() -> dict:
    return json.loads(json.dumps(load_reference_cues().model_dump()))


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"headings": []}, "headings"),
        ({"study_anaphora": ["the study", " "]}, "study_anaphora"),
        ({"intro_window": 0}, "intro_window"),
        ({"unknown_list": ["x"]}, "unknown_list"),
    ],
)
def test_a_bad_cue_file_names_the_field(change, field):
    data = {**_data(), **change}
    with pytest.raises(CueFileError, match=field):
        parse_reference_cues(data, "my_refs.json")


def test_a_users_file_replaces_the_packaged_one(tmp_path):
    data = _data()
    data["headings"] = ["quellen"]
    path = tmp_path / "refs.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    cues = load_reference_cues(str(path))
    assert "quellen" in cues.heading_set and "references" not in cues.heading_set
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(CueFileError, match="broken.json"):
        load_reference_cues(str(broken))
