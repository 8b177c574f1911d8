"""Finding the reference list of a plain-text document."""

import pytest

from extract.references.cues import load_reference_cues
from extract.references.listing import citation_like, find_reference_lists, is_list_heading

CUES = load_reference_cues()

VANCOUVER = (
    "Akkemik U, Onay M, Gulec MS. Effectiveness of interventional procedures for post-laminectomy syndrome: "
    "A retrospective study. Agri. 2021 Oct;33(4):253-60."
)
SECOND = "Bailey JC, Kurklinsky S. Pain rehabilitation after failed spinal cord stimulation. Pain Med. 2018;19(2):385-92."


def lists(text):
    return find_reference_lists(text, CUES)


@pytest.mark.parametrize(
    "heading",
    ["References", "REFERENCES", "## Sources", "Bibliography:", "Works cited", "Literature Cited",
     "Medical references for this article", "**References**"],
)
def test_headings_of_reference_lists(heading):
    assert is_list_heading(heading, CUES)


@pytest.mark.parametrize("line", ["Sources of pain", "Referenced pages", "References to surgery are common here."])
def test_other_lines_are_no_list_headings(line):
    assert not is_list_heading(line, CUES)


@pytest.mark.parametrize("style", ["{n} ", "{n}. ", "[{n}] ", "({n}) ", "{n})\u00a0"])
def test_numbered_entries_in_every_style(style):
    text = "Some page text.\n\nReferences\n" + style.format(n=1) + VANCOUVER + "\n" + style.format(n=2) + SECOND + "\n"
    (found,) = lists(text)
    assert found.heading == "References"
    assert [e.label for e in found.entries] == ["1", "2"]
    assert found.entries[0].text == VANCOUVER
    assert text[found.entries[1].start : found.entries[1].end] == SECOND
    assert text[found.start :].startswith("References") and found.end == len(text.rstrip())


def test_seed_list_with_no_break_spaces_and_page_furniture_after_it():
    text = (
        "An October 2021 study (1) aimed to evaluate pain.\n\nMedical references for this article\n\n"
        f"1\u00a0{VANCOUVER}\u00a0\n\n2\u00a0{SECOND}\n\nDo You Have Questions? Ask Dr. Darrow\n\nMost Popular\n"
    )
    (found,) = lists(text)
    assert [e.label for e in found.entries] == ["1", "2"]
    assert text[found.end - 10 : found.end] == "2):385-92."  # the list ends before the furniture


def test_continuation_lines_belong_to_their_entry():
    text = f"References\n1. {VANCOUVER}\nPMID: 34725800\n\n2. Smith JA, Lee K. A long title that wraps\nonto a second line. JAMA. 2019;321(4):345-350.\n"
    (found,) = lists(text)
    first, second = found.entries
    assert first.text.endswith("PMID: 34725800")
    assert second.text == "Smith JA, Lee K. A long title that wraps onto a second line. JAMA. 2019;321(4):345-350."


def test_the_list_stops_at_prose_and_at_labels_going_back():
    text = f"Sources\n1. {VANCOUVER}\n2. {SECOND}\nCall our clinic today to book an appointment with a specialist.\n"
    (found,) = lists(text)
    assert len(found.entries) == 2 and "Call our clinic" not in text[found.start : found.end]
    again = f"References\n1. {VANCOUVER}\n2. {SECOND}\n1. Rest the joint.\n"
    (found,) = lists(again)
    assert [e.label for e in found.entries] == ["1", "2"] and "Rest" not in again[found.start : found.end]


def test_an_unnumbered_list_is_a_list_without_entries():
    text = (
        "My bottom line: see a physiotherapist.\n\nReferences\n"
        "Konstantinou K, Dunn KM. Sciatica: review of epidemiological studies. Spine. 2008;33(22):2464-2472.\n"
        "Peul WC, van Houwelingen HC, et al. Surgery versus conservative treatment. N Engl J Med. 2007;356(22):2245-2256.\n"
    )
    (found,) = lists(text)
    assert found.entries == () and text[found.start : found.end].endswith("2245-2256.")


def test_a_trailing_run_of_numbered_citations_without_heading():
    text = f"Asthma affects many people.1 Inhalers help (2).\n\n1 {VANCOUVER}\n2 {SECOND}\n\nShare this page\n"
    (found,) = lists(text)
    assert found.heading is None and [e.label for e in found.entries] == ["1", "2"]


def test_numbered_steps_and_runs_followed_by_prose_are_no_list():
    steps = "How to use your inhaler\n1. Shake the inhaler.\n2. Breathe out fully.\n3. Press and breathe in slowly.\n"
    assert lists(steps) == []
    body = " ".join(["Patients should keep moving and see their doctor when the pain lasts longer than six weeks."] * 3)
    not_trailing = f"Intro.\n\n1 {VANCOUVER}\n2 {SECOND}\n\n{body}\n{body}\n"
    assert lists(not_trailing) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (VANCOUVER, True),
        ("Smith, J. A., & Lee, K. (2019). Knee pain. Journal of Knees, 12(3), 45-67.", True),
        ("Mayo Clinic. Carpal tunnel syndrome. https://www.mayoclinic.org/ctr", True),
        ("Alvarado S, et al. Triptans for migraine. Headache Ther Rev. 2021.", True),
        ("In 2019 our clinic treated more patients than ever.", False),
        ("Breathe out fully.", False),
    ],
)
def test_citation_like_lines(line, expected):
    assert citation_like(line) is expected
