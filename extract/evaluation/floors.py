"""Pinned quality floors: the figures CI holds the extraction to, with a fingerprint of the
gold corpus they were measured on (a changed corpus needs its floors reviewed)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Sequence

from extract.evaluation.score import CorpusScore


def corpus_fingerprint(gold_dir: Path, corpus_dir: Path) -> str:
    """SHA-256 over the gold files and the documents they annotate (names and bytes)."""
    h = hashlib.sha256()
    for path in sorted(Path(gold_dir).glob("*.json")):
        if path.name == "floors.json":
            continue
        h.update(path.name.encode() + b"\0" + path.read_bytes())
        if path.name != "conflicts.json":
            doc = json.loads(path.read_text("utf-8"))["doc"]
            h.update(doc.encode() + b"\0" + (Path(corpus_dir) / doc).read_bytes())
    return h.hexdigest()


def load_floors(path: Path) -> dict[str, dict]:
    """The floors file: {"corpora": {name: {"precision": .., "recall": .., ...}}}."""
    return json.loads(Path(path).read_text("utf-8"))["corpora"]


def check_floors(scores: Sequence[CorpusScore], floors: dict[str, dict]) -> list[str]:
    """Every floor a score falls below, as readable lines (empty when all hold)."""
    failures = []
    for s in scores:
        f = floors.get(s.name)
        if not f:
            continue
        for name, value in (
            ("precision", s.figures.precision),
            ("recall", s.figures.recall),
            ("flags_found", s.conflicts.found),
        ):
            if name in f and value < f[name] - 1e-9:
                failures.append(f"{s.name}: {name} {value:.3f} is below its floor {f[name]}")
        if "forbidden_flags_max" in f and s.conflicts.violated > f["forbidden_flags_max"]:
            failures.append(
                f"{s.name}: {s.conflicts.violated} flags on pairs that must not be flagged (max {f['forbidden_flags_max']})"
            )
    return failures
