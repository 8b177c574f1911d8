"""Citation markers: tied to the reference list's labels; never years, list numbers, figures."""

import pytest

from extract.references.cues import load_reference_cues
from extract.references.markers import expand_labels, find_markers

CUES = load_reference_cues()
LABELS = [str(n) for n in range(1, 21)]


def markers(text, labels=LABELS):
    return [(m.text, m.labels) for m in find_markers(text, labels, CUES)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An October 2021 study (1) aimed to evaluate pain.", [("(1)", ("1",))]),
        ("Both agree (1, 2).", [("(1, 2)", ("1", "2"))]),
        ("Shown before (1-3).", [("(1-3)", ("1", "2", "3"))]),
        ("Shown [2], then [1,4] and [1–3].", [("[2]", ("2",)), ("[1,4]", ("1", "4")), ("[1–3]", ("1", "2", "3"))]),
        ("It is effective (ref. 4).", [("(ref. 4)", ("4",))]),
        ("The Department of Health1 says so.", [("1", ("1",))]),
        ("Surgery was effective.3 Most plans cover it.", [("3", ("3",))]),
        ("It causes pain,12 and stiffness.", [("12", ("12",))]),
        ("It helps pain1,2 and sleep1-3.", [("1,2", ("1", "2")), ("1-3", ("1", "2", "3"))]),
        ("Relief lasts.\u00b9\u00b2 Next visit.", [("\u00b9\u00b2", ("12",))]),
    ],
)
def test_markers_and_their_labels(text, expected):
    found = find_markers(text, LABELS, CUES)
    assert [(m.text, m.labels) for m in found] == expected
    assert all(text[m.start : m.end] == m.text for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "An October 2021 study found it; in 2018 (2018) others agreed.",  # years
        "People with type 2 diabetes are at risk.",  # a type, not a citation
        "During the COVID-19 pandemic and COVID19 lockdowns, Covid19 care changed.",
        "About 45% (45%) of 107 patients, 12 of them women, improved.",  # figures and percentages
        "Take three steps: (1) rest, (2) ice and (3) elevation.",  # an inline list
        "(1) Department of Anesthesiology, Northgate Hospital",  # an affiliation line
        "Rachel Okafor, MD(1); Liam Brennan, MSc(2)",  # affiliation markers glued to degrees
        "Pain Med Rep. 2023;14(2):88-97.",  # volume and issue
        "FEV1 fell, SGLT2 inhibitors help and HbA1c was 7.5.",  # identifiers
        "See Figure 2 and Table 3, No.3 and Fig.2; stage 3 disease.",
        "BMI above 30 kg/m\u00b2 and a 5 cm\u00b2 wound.",  # units with superscripts
        "Pain scores fell from 7.4 to 4.1 (p < 0.001).",
    ],
)
def test_no_markers_in(text):
    assert markers(text) == []


def test_a_number_is_a_marker_only_when_the_list_has_that_label():
    text = "Pain improved (3) and relief lasted.12 Later [21]."
    assert markers(text, ["1", "2", "3"]) == [("(3)", ("3",))]
    assert markers(text, []) == []  # no reference list: no markers at all
    assert markers("Shown (2, 7).", ["1", "2"]) == []  # every label it names must exist


def test_label_ranges():
    assert expand_labels("1-3, 7") == ("1", "2", "3", "7")
    assert expand_labels("3-1") is None and expand_labels("1-400") is None


def test_hostile_text_is_read_in_one_pass():
    """Text without spaces, endless inline lists and thousands of markers: every search starts at
    a word or bracket and looks back a bounded distance, so these finish and give the right answer."""
    assert markers("a" * 100_000 + "1 end") == [("1", ("1",))]
    assert markers("Steps: (1) rest, (2) ice, " * 2_000) == []
    many = markers("A study (1) found it. " * 5_000)
    assert len(many) == 5_000 and set(many) == {("(1)", ("1",))}
