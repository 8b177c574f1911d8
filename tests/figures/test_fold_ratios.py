"""Multipliers written as one word ('fourfold'), as a range ('two to three times', 'three- to
five-fold') or ending the clause after the risk they multiply ('raises the risk about six-fold')."""

import pytest

from extract.figures import find_figures, load_cues


@pytest.fixture(scope="module")
def cues():
    return load_cues()


def found(sentence, cues):
    return [(m.surface, m.qualifier, m.lower, m.upper) for m in find_figures(sentence, cues) if m.role == "claim"]


@pytest.mark.parametrize(
    "sentence, want",
    [
        ("Heavy drinking was linked to a fivefold higher risk of gout flares.", [("fivefold", "exact", 5.0, 5.0)]),
        ("Obesity raised the risk of gallstones more than threefold in women.", [("more than threefold", "more_than", 3.0, None)]),
        ("A sibling with coeliac disease raises your risk about ten-fold.", [("about ten-fold", "about", 10.0, 10.0)]),
        ("Long flights increase the risk of clots two- to fourfold [4].", [("two- to fourfold", "range", 2.0, 4.0)]),
        ("Men are 3 to 4 times more likely than women to develop gout.", [("3 to 4 times", "range", 3.0, 4.0)]),
        # a restated odds ratio: only the statistic
        ("Smoking was associated with a twofold increase in psoriasis (OR 1.94, 95% CI 1.6-2.3).", [("1.94", "exact", 1.94, 1.94)]),
        # frequencies and doses are no ratio
        ("Use the drops 2 to 3 times a day.", []),
        ("Apply the cream three times a day for a week.", []),
        ("The manifold causes of anaemia are reviewed.", []),
    ],
)
def test_fold_ratios(cues, sentence, want):
    got = found(sentence, cues)
    assert [g[:2] for g in got] == [w[:2] for w in want]
    for g, w in zip(got, want):
        assert g[2] == pytest.approx(w[2]) and (g[3] is None) == (w[3] is None)
        if w[3] is not None:
            assert g[3] == pytest.approx(w[3])
