"""The ICD-10-CM code table answers icd_complication exactly as simple-icd-10-cm's tree does."""

from __future__ import annotations

import gzip
import json
import random
import subprocess
import sys
from importlib import resources

import pytest

from extract.consistency import icdcodes
from extract.consistency.icdcodes import TableError, build_table, complication, validate_table
from extract.consistency.measures import _WITH, icd_complication, tree_complication
from extract.linking.icd import _icd


def _prefixes(code: str) -> list[str]:
    flat = code.replace(".", "")
    return [flat[:3] + ("." + flat[3:end] if end > 3 else "") for end in range(len(flat) - 1, 2, -1)]


@pytest.fixture(scope="module")
def codes() -> list[str]:
    return [c for c in _icd().get_all_codes(with_dots=True) if icdcodes.CODE.match(c)]


def test_the_packaged_table_is_the_installed_simple_icd_10_cm():
    raw = resources.files("extract.consistency").joinpath("data", "icd10cm_codes.json.gz").read_bytes()
    assert json.loads(gzip.decompress(raw)) == build_table()


def test_the_table_answers_as_the_tree_for_every_code_and_each_code_above_it(codes):
    asked = with_ = 0
    for code in codes:
        for ancestor in _prefixes(code) + [code]:
            expected = tree_complication(ancestor, code)
            assert complication(ancestor, code) == expected, (ancestor, code)
            asked += 1
            with_ += expected
    assert asked > 200_000 and with_ > 1_000  # every code, and many complications among them


def test_codes_icd_10_cm_does_not_know_are_no_complications(codes):
    rng = random.Random(0)
    known = set(codes)
    made = 0
    for code in rng.sample(codes, 2000):
        for fake in (code + "9" if len(code) == 3 else code + "Z", code[:3] + ".ZZ", "Q" + code[1:]):
            if icdcodes.CODE.match(fake) and fake not in known:
                for ancestor in _prefixes(fake):
                    assert complication(ancestor, fake) == tree_complication(ancestor, fake) is False
                    made += 1
    assert made > 1000


def test_pairs_the_table_does_not_cover_are_left_to_the_tree():
    assert complication("B02", "M54.5") is None  # not above it
    assert complication("B02", "B02") is False
    assert complication("Pain", "B02.2") is None
    assert icd_complication("B02", "B02.29") is True and icd_complication("M54", "M54.5") is False


@pytest.mark.parametrize(
    "table",
    [
        [],
        {"source": "x", "version": "1", "with": _WITH.pattern},
        {"source": "x", "version": "1", "with": "and", "codes": {}},
        {"source": "x", "version": "1", "with": _WITH.pattern, "codes": {"A0": "-"}},
        {"source": "x", "version": "1", "with": _WITH.pattern, "codes": {"A00": "- 1++"}},
        {"source": "x", "version": "1", "with": _WITH.pattern, "codes": {"A00": "- 1.2"}},
        {"source": "x", "version": "1", "with": _WITH.pattern, "codes": {"A00": 3}},
    ],
)
def test_a_malformed_table_is_refused(table):
    with pytest.raises(TableError):
        validate_table(table)


def test_a_check_comparing_icd_codes_does_not_load_the_whole_tree():
    script = (
        "import sys\n"
        "from extract.consistency.measures import icd_complication\n"
        "print(icd_complication('B02', 'B02.29'), icd_complication('M54', 'M54.50'), 'simple_icd_10_cm' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["True", "False", "False"]
