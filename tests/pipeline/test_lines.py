"""Line structure of pages: bullet marks and the question lines that head sections."""

import pytest

from extract.claims.grammar import LIST_MARK
from extract.pipeline.lines import BULLET, find_headings, line_starts, list_questions


@pytest.mark.parametrize(
    "line",
    ["\u2022 cough", "- cough", "* cough", "\u2013 cough", "1. cough", "12) cough", "  \u25aa cough",
     "\u2714 cough", "\u2713 cough", "\u27a4 cough", "\u25ba cough", "\u25b8 cough", "\u2192 cough", "\u25e6 cough",
     "\u25cb cough", "\u25a0 cough", "\u25a1 cough", "\u2043 cough", "\u2756 cough"],
)
def test_bullet_marks_of_real_pages_start_a_bullet(line: str) -> None:
    assert BULLET.match(line)
    # one definition: the recommendation rules skip the same marks
    assert line[LIST_MARK.match(line).end() :] == "cough"


@pytest.mark.parametrize("line", ["-1 degree", "1.5 mg twice a day", "\u2014 a quote", "Cough", "2024 results", "*emphasis*"])
def test_text_that_only_looks_like_a_mark_is_no_bullet(line: str) -> None:
    assert not BULLET.match(line)


def test_each_bullet_line_starts_a_sentence() -> None:
    text = "You may notice:\n\u2714 a dry cough\n\u2192 wheezing\n"
    starts = line_starts(text)
    assert text.index("\u2714") in starts and text.index("\u2192") in starts


def test_a_question_standing_on_its_line_heads_a_section() -> None:
    text = (
        "Glaucoma FAQ\n\nWhat causes glaucoma?\nPressure builds up in the eye.\n\n"
        "## Who gets it?\n\nMostly older adults.\n"
        "Is it common? Yes, quite.\n"
        "- Can I drive?\n"
        "Why? Because it is.\n"
    )
    assert [q.text for q in list_questions(text)] == ["What causes glaucoma?", "Who gets it?"]
    q = list_questions(text)[1]
    assert text[q.start : q.end] == "Who gets it?"


def test_questions_are_not_headings_but_headings_stay() -> None:
    text = "Gallstones\n\nWhat causes gallstones?\nBile that holds too much cholesterol.\n\nTreatment\n\nSurgery is common.\n"
    assert [h.text for h in find_headings(text)] == ["Gallstones", "Treatment"]


def test_a_heading_may_end_with_a_bracketed_gloss_but_a_contact_line_is_none() -> None:
    text = ("Hay fever (allergic rhinitis)\n\nIt is common.\n\nMedicines (most people)\n\nMost take a tablet.\n\n"
            "Helpline: 0161 496 0000 (Monday to Friday)\n\nSome people improve (slowly).\n\nWe can help.\n")
    assert [h.text for h in find_headings(text)] == ["Hay fever (allergic rhinitis)", "Medicines (most people)"]
