"""Where a gold quote is placed in its document (session 23, gen16): a short bullet quote ("smoke") that also occurs
inside an earlier line ("tobacco smoke, including secondhand smoke") is placed on the line that is the quote, so the
claim is scored in the right sentence. Texts written for these tests."""

from extract.evaluation.claims import quote_start

PAGE = (
    "Other things can irritate the airways, such as:\n"
    "- tobacco smoke, including secondhand smoke\n"
    "- air pollution\n\n"
    "You are more likely to get it if you:\n"
    "- smoke\n"
    "- are over 65\n"
)


def test_a_bullet_quote_is_placed_on_its_own_line() -> None:
    at = quote_start(PAGE, "smoke")
    assert PAGE[at - 2 : at] == "- " and PAGE[at + len("smoke")] == "\n"


def test_a_sentence_quote_after_another_sentence_is_found() -> None:
    text = "Rest helps. Heat can help too. Heat can help too, some say."
    assert quote_start(text, "Heat can help too.") == text.index("Heat can help too.")


def test_a_quote_without_a_bounded_occurrence_falls_back_to_the_first() -> None:
    text = "tobacco smoke and more smoke"
    assert quote_start(text, "smoke") == text.find("smoke")
    assert quote_start(text, "absent") == -1
