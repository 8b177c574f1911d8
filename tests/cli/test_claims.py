"""``evidence claims``: claim groups of a run, as a table and as JSON lines.

The run is made by :func:`extract.runner.run` with a stand-in pipeline whose claims are built
by hand (what the extractor finds is not the point here); one end-to-end test runs the real
``evidence run`` on ``tests/data/qualitative``.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from jsonschema import Draft202012Validator
from spacy.language import Language

from extract.records import (
    CauseClaim,
    ClaimGroup,
    Conflict,
    RecommendationClaim,
    SymptomClaim,
)
from extract.records.ids import stable_id
from extract.records.models import Assertion, Evidence, Mention
from extract.runner import CLAIM_GROUPS, CONFLICTS, OUTPUT_FILES, iter_jsonl, read_run, run

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = ROOT / "schemas"
QUALITATIVE = ROOT / "tests" / "data" / "qualitative"

#: Four documents about failed back surgery: the cause stated in three (twice in b.txt) and
#: denied in c.txt; opposite orders of surgery and conservative care in a.txt and c.txt.
TOPIC = "Failed back surgery syndrome after lumbar spine surgery.\n"
DOCUMENTS = {
    "a.txt": TOPIC + "Scar tissue causes chronic pain.\nConservative care should be tried before surgery.\n",
    "b.txt": TOPIC + "Scar tissue causes chronic pain.\nIn many patients scar tissue causes chronic pain.\n",
    "c.txt": TOPIC + "Scar tissue does not cause chronic pain.\nSurgery should be performed before conservative care.\n",
    "d.txt": TOPIC + "Scar tissue causes chronic pain.\nLeg pain is a symptom.\n",
}


def _evidence(sentence: str, start: int) -> Evidence:
    return Evidence(quote=sentence, start=start, end=start + len(sentence), sentence_index=0, rule="test", extractor_version="test")


def _mention(text: str, start: int, phrase: str) -> Mention:
    i = text.lower().index(phrase.lower(), start)
    return Mention(text=text[i : i + len(phrase)], start=i, end=i + len(phrase))


def _key(*parts: str) -> str:
    return stable_id("grp_", *(p.lower() for p in parts))


def _claims(text: str, doc_id: str) -> list:
    """The claims of the sentences above, wherever they occur in ``text``."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        sentence, start = m.group(0), m.start()
        common = {"claim_id": stable_id("clm_", doc_id, start), "doc_id": doc_id, "evidence": _evidence(sentence, start)}
        low = sentence.lower()
        if "scar tissue" in low:
            negated = "does not" in low
            out.append(CauseClaim(
                **common, cause=_mention(text, start, "scar tissue"), effect=_mention(text, start, "chronic pain"),
                assertion=Assertion(negated=negated, certainty="counterfact" if negated else "fact"),
                group_key=_key("cause", "scar tissue", "chronic pain"),
            ))
        elif "should be" in low:
            first, second = ("conservative care", "surgery") if low.startswith("conservative") else ("surgery", "conservative care")
            out.append(RecommendationClaim(
                **common, action=_mention(text, start, first), instead_of=_mention(text, start + len(first), second),
                strength="should", cue="should", group_key=_key("recommendation", first, "for"),
            ))
        elif "symptom" in low:
            out.append(SymptomClaim(**common, symptom=_mention(text, start, "leg pain"), group_key=_key("symptom", "leg pain")))
    return out


@Language.component("test_hand_made_claims")
def _hand_made_claims(doc):  # type: ignore[no-untyped-def]
    doc._.claims = _claims(doc.text, doc._.doc_id)
    return doc


def evidence(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """Run ``python -m extract.cli ARGS`` with a wide terminal (table rows on one line)."""
    env = {**os.environ, "NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "200"}
    command = [sys.executable, "-m", "extract.cli", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)


def validator(name: str) -> Draft202012Validator:
    return Draft202012Validator(json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A run over DOCUMENTS with the hand-made claims."""
    from extract.pipeline.extensions import register_extensions

    register_extensions()
    inputs, out = tmp_path_factory.mktemp("inputs"), tmp_path_factory.mktemp("out")
    for name, text in DOCUMENTS.items():
        (inputs / name).write_text(text, encoding="utf-8")
    nlp = spacy.blank("en")
    nlp.add_pipe("test_hand_made_claims")
    run([inputs], out, nlp=nlp)
    return out


def rows(stdout: str) -> list[list[str]]:
    """The cells of each table row (the header is not a row)."""
    return [[c.strip() for c in line.split("\u2502")] for line in stdout.splitlines() if "\u2502" in line]


def test_the_run_writes_claim_groups_and_opposing_claims(out: Path) -> None:
    assert sorted(p.name for p in out.iterdir()) == sorted(OUTPUT_FILES)
    groups = list(iter_jsonl(out / CLAIM_GROUPS, ClaimGroup))
    counts = read_run(out).counts
    assert counts["claim_groups"] == len(groups) == 5
    assert counts["qualitative_claims"] == counts["qualitative_claims_examined"] == 8
    opposing = [c for c in iter_jsonl(out / CONFLICTS, Conflict) if c.kind == "opposing_claims"]
    assert counts["conflicts_opposing_claims"] == len(opposing) == 4  # a, b, d deny c; a vs c on order
    assert all(len(c.claim_ids) == 2 and "c.txt" in c.explanation for c in opposing)


def test_claims_prints_a_table_of_groups(out: Path) -> None:
    result = evidence("claims", out, "--type", "cause")
    assert result.returncode == 0, result.stderr
    assert "Cause claims: 2 groups" in result.stdout
    # claim, sources, mentions, certainty, flags (opposing claims the group's claims are in)
    assert rows(result.stdout) == [
        ["scar tissue -> chronic pain", "3", "4", "fact", "3"],
        ["not: scar tissue -> chronic pain", "1", "1", "counterfact", "3"],
    ]


def test_claims_of_every_type_and_filters(out: Path) -> None:
    everything = [row[:3] for row in rows(evidence("claims", out).stdout)]
    assert everything == [
        ["cause", "scar tissue -> chronic pain", "3"],
        ["recommendation", "conservative care", "1"],
        ["symptom", "leg pain", "1"],
        ["cause", "not: scar tissue -> chronic pain", "1"],
        ["recommendation", "surgery", "1"],
    ]
    assert [row[:3] for row in rows(evidence("claims", out, "--min-sources", "2").stdout)] == [everything[0]]
    doc_c = evidence("claims", out, "--doc", "c.txt", "--type", "recommendation")
    assert rows(doc_c.stdout) == [["surgery", "1", "1", "fact", "1"]]


def test_claims_json_lines_validate_against_the_schema(out: Path) -> None:
    result = evidence("claims", out, "--format", "json")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    for line in lines:
        validator("claim_group").validate(line)
    assert [(g["label"], g["n_sources"], g["n_mentions"]) for g in lines][0] == ("scar tissue -> chronic pain", 3, 4)
    assert lines == [json.loads(g.model_dump_json()) for g in iter_jsonl(out / CLAIM_GROUPS, ClaimGroup)]


def test_claims_without_run_outputs_says_to_run_first(tmp_path: Path) -> None:
    result = evidence("claims", tmp_path)
    assert result.returncode == 1
    assert "run `evidence run" in result.stderr and "Traceback" not in result.stderr


def test_claims_names_an_unknown_document(out: Path) -> None:
    result = evidence("claims", out, "--doc", "nosuch.txt")
    assert result.returncode == 1 and "nosuch.txt" in result.stderr


def test_claims_help_explains_the_options() -> None:
    result = evidence("claims", "--help")
    assert result.returncode == 0
    for word in ("--type", "--doc", "--min-sources", "--format", "cause", "statistic", "evidence run", "ClaimGroup"):
        assert word in result.stdout, word


def test_claims_statistic_lists_figures(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Up to 20% of patients have persistent pain after lumbar spine surgery.\n")
    assert evidence("run", tmp_path / "in", "--out", tmp_path / "out", "--quiet").returncode == 0
    table = evidence("claims", tmp_path / "out", "--type", "statistic")
    assert "Up to 20%" in table.stdout
    lines = evidence("claims", tmp_path / "out", "--type", "statistic", "--format", "json").stdout.splitlines()
    assert [json.loads(line)["value"]["surface"] for line in lines] == ["Up to 20%"]
    for line in lines:
        validator("claim").validate(json.loads(line))


def test_end_to_end_run_then_claims(tmp_path: Path) -> None:
    """The real pipeline on two short pages: the cause both state is one group of two sources."""
    result = evidence("run", QUALITATIVE, "--out", tmp_path, "--quiet")
    assert result.returncode == 0, result.stderr
    groups = [json.loads(line) for line in evidence("claims", tmp_path, "--format", "json").stdout.splitlines()]
    for group in groups:
        validator("claim_group").validate(group)
    assert read_run(tmp_path).counts["claim_groups"] == len(groups)
    # linking is on: both pages' "scar tissue" (around the nerve roots) is epidural fibrosis
    scar = [g for g in groups if g["label"] == "epidural fibrosis -> chronic pain"]
    assert scar and scar[0]["n_sources"] == 2
    for line in (tmp_path / CONFLICTS).read_text(encoding="utf-8").splitlines():
        validator("conflict").validate(json.loads(line))
