"""grade(): the certainty of a claim from its negation and hedge grades, by explicit precedence."""

import pytest

from extract.assertion import grade


@pytest.mark.parametrize(
    "negated, grades, expected",
    [
        (False, [], "fact"),
        (False, ["probable"], "probable"),
        (False, ["possible"], "possible"),
        (False, ["doubtful"], "doubtful"),
        (True, [], "counterfact"),
        # negated and hedged: "may not", "is unlikely to", "does not usually"
        (True, ["possible"], "doubtful"),
        (True, ["probable"], "doubtful"),
        (True, ["doubtful"], "doubtful"),
        # the weakest hedge wins
        (False, ["probable", "possible"], "possible"),
        (False, ["possible", "doubtful", "probable"], "doubtful"),
        (False, ("probable", "probable"), "probable"),
    ],
)
def test_precedence(negated, grades, expected):
    assert grade(negated, grades) == expected


def test_unknown_grade_is_an_error():
    with pytest.raises(ValueError, match="certain"):
        grade(False, ["certain"])
