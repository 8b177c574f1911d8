"""Pinned quality floors: the figures CI holds the extraction to, with a fingerprint of the
gold corpus they were measured on (a changed corpus needs its floors reviewed)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Optional, Sequence

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
        failures += _claim_floor_failures(s, f.get("claims"))
    return failures


def _claim_floor_failures(s: CorpusScore, floors: Optional[dict]) -> list[str]:
    """Per-type precision/recall and concept-accuracy floors of the qualitative claims."""
    if not floors:
        return []
    if s.claims is None:
        return [f"{s.name}: claims floors are pinned but the claims were not scored"]
    out = []
    for kind, pr in floors.get("types", {}).items():
        t = s.claims.types[kind]
        for name, value in (("precision", t.precision), ("recall", t.recall)):
            if name in pr and value < pr[name] - 1e-9:
                out.append(f"{s.name}: {kind} {name} {value:.3f} is below its floor {pr[name]}")
    if "concept_accuracy" in floors and s.claims.concept_accuracy < floors["concept_accuracy"] - 1e-9:
        out.append(f"{s.name}: concept accuracy {s.claims.concept_accuracy:.3f} is below its floor {floors['concept_accuracy']}")
    return out

