"""A vague 'most' of people followed by the care they are given says what is usually done
(CLAIMS_SPEC: 'Most people are treated with iron tablets' is no figure); a vague share of an
outcome stays a figure."""

import pytest

from extract.figures import load_cues
from extract.figures.cues import CueFileError, parse_cues

from tests.figures.conftest import surfaces


@pytest.mark.parametrize(
    "sentence",
    [
        "Most people with lupus take hydroxychloroquine every day.",
        "Most children with croup are treated with a single dose of dexamethasone.",
        "Most patients with a stress fracture are first offered a walking boot.",
        "Most adults with scoliosis use a brace only for a short time.",
        "Most women start with a low-dose contraceptive pill.",
        "Most patients with hepatitis C should be treated with a pangenotypic regimen.",
        "Metformin remains the first-line treatment for most adults with prediabetes.",
        "An ultrasound scan is the usual test for most women with pelvic pain.",
    ],
)
def test_what_is_usually_done_is_no_figure(cues, sentence):
    assert surfaces(sentence, cues) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Most people with lupus feel better within a few months of treatment.",
        "Most children with croup recover within two days.",
        "Most patients go home the same day after the procedure.",
        "Steroid drops are safe for most people with uveitis.",
        "Most people with a stress fracture can control the pain with rest.",
    ],
)
def test_a_share_of_an_outcome_stays_a_figure(cues, sentence):
    assert surfaces(sentence, cues) == [sentence.split()[0] if sentence.startswith("Most") else "most"]


def test_care_cue_lists_are_validated():
    data = load_cues().model_dump()
    data["usual_care_verbs"] = ["treated", ""]
    with pytest.raises(CueFileError):
        parse_cues(data)
