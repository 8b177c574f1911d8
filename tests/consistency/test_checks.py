"""Consistency checks, as pure functions and on the seed corpus (issue 2's acceptance)."""

import pytest

from extract.consistency import check_claims
from extract.consistency.arithmetic import granularity_basis
from extract.pipeline import make_doc


def _flag(conflicts, kind, *surfaces):
    for c in conflicts:
        if c.kind == kind and sorted(f.surface for f in c.figures) == sorted(surfaces):
            return c
    return None


def by_surface(claims, surface):
    figures = [c for c in claims if c.type == "statistic"]
    found = [c for c in figures if c.value.surface == surface]
    assert len(found) == 1, (surface, [c.value.surface for c in figures])
    return found[0]


@pytest.fixture(scope="module")
def fbss(fbss_claims):
    allc = [c for cs in fbss_claims.values() for c in cs]
    return fbss_claims, check_claims(allc)


def test_up_to_20_percent_diverges_from_15_percent(fbss):
    claims, result = fbss
    a = by_surface(claims["000_db6859e135ee4841.txt"], "Up to 20 percent")
    b = by_surface(claims["004_cd60e7f0dcc58ff1.txt"], "15%")
    c = _flag(result.conflicts, "divergent", "Up to 20 percent", "15%")
    assert c is not None
    assert set(c.claim_ids) == {a.claim_id, b.claim_id}
    assert "up to 20%" in c.explanation and "15%" in c.explanation


def test_relief_and_persistence_add_up_past_100_percent(fbss):
    claims, result = fbss
    c = _flag(result.conflicts, "complement_sum", "up to 90%", "15%")
    assert c is not None
    assert "105%" in c.explanation
    assert {f.doc_id for f in c.figures} == {claims["004_cd60e7f0dcc58ff1.txt"][0].doc_id}


def test_parts_that_add_up_pass_silently(fbss):
    claims, result = fbss
    assert not [c for c in result.conflicts if c.kind == "parts_whole"]
    assert result.coverage["parts_whole_checked"] == 1


def test_48_5_percent_of_107_only_under_truncation(fbss):
    claims, result = fbss
    c = _flag(result.conflicts, "granularity", "48.5%")
    assert c is not None and c.basis == "truncation" and c.severity == "low"
    assert "52/107" in c.explanation
    assert by_surface(claims["002_9ab3b88d660da943.txt"], "48.5%").n.n == 107


def test_different_interventions_are_never_compared(fbss):
    _, result = fbss
    pairs = [sorted(f.surface for f in c.figures) for c in result.conflicts]
    assert ["28.8%", "44.4%"] not in pairs
    assert ["up to 80%", "up to 90%"] not in pairs


def test_conflict_ids_are_stable(fbss_claims):
    allc = [c for cs in fbss_claims.values() for c in cs]
    assert [c.conflict_id for c in check_claims(allc).conflicts] == [c.conflict_id for c in check_claims(allc[::-1]).conflicts]


@pytest.mark.parametrize(
    "percent, decimals, n, rounding, truncation",
    [
        (485, 1, 107, False, True),   # 52/107 = 48.598%
        (486, 1, 107, True, False),   # 52/107 rounds to 48.6
        (667, 1, 3, True, False),     # 2/3 = 66.67%
        (666, 1, 3, False, True),     # 2/3 truncated
        (618, 1, 143, False, False),  # 88/143 = 61.54%, 89/143 = 62.24%
        (50, 0, 4, True, True),
    ],
)
def test_granularity_basis(percent, decimals, n, rounding, truncation):
    assert granularity_basis(percent, decimals, n) == (rounding, truncation)


def _claims(nlp, *texts):
    """The figures of the texts (the pipeline's other claims are not what these tests check)."""
    out = []
    for i, t in enumerate(texts):
        out += [c for c in nlp(make_doc(nlp, t, f"doc_test{i}"))._.claims if c.type == "statistic"]
    return out


def test_range_containing_a_point_agrees(nlp):
    claims = _claims(
        nlp,
        "Carpal tunnel syndrome pages. Carpal tunnel release is successful in 70% to 90% of patients. Carpal tunnel numbness.",
        "Carpal tunnel syndrome facts. Carpal tunnel release is successful in 80% of patients. Carpal tunnel numbness.",
    )
    assert len(claims) == 2
    assert check_claims(claims).conflicts == []


def test_disjoint_intervals_contradict(nlp):
    claims = _claims(
        nlp,
        "Carpal tunnel syndrome pages. Carpal tunnel release is successful in more than 90% of patients. Carpal tunnel numbness.",
        "Carpal tunnel syndrome facts. Carpal tunnel release is successful in 70% to 80% of patients. Carpal tunnel numbness.",
    )
    (c,) = check_claims(claims).conflicts
    assert (c.kind, c.severity) == ("contradiction", "high")


def test_same_number_different_measures_not_compared(nlp):
    claims = _claims(
        nlp,
        "Knee osteoarthritis guide. About 20% of adults over 45 have knee osteoarthritis. Knee joint cartilage.",
        "Knee osteoarthritis clinic. Symptoms return in 35% of patients after PRP injections. Knee joint cartilage.",
    )
    assert check_claims(claims).conflicts == []


def test_different_conditions_not_compared(nlp):
    claims = _claims(
        nlp,
        "Migraine headache attacks. Surgery is successful in 90% of patients. Migraine aura headache.",
        "Carpal tunnel wrist numbness. Surgery is successful in 70% of patients. Carpal tunnel wrist.",
    )
    assert check_claims(claims).conflicts == []


def test_parts_not_adding_up_are_flagged(nlp):
    claims = _claims(nlp, "We enrolled 248 adults (197 women, 47 men) aged 18 to 65 years.")
    (c,) = check_claims(claims).conflicts
    assert c.kind == "parts_whole" and "244" in c.explanation and "248" in c.explanation
