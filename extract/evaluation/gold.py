"""Reading gold annotations (format: ``tests/gold/README.md``)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional


class GoldError(ValueError):
    """A gold file is missing or malformed."""


@dataclass(frozen=True)
class GoldFigure:
    doc: str
    surface: str
    start: int
    end: int
    point: Optional[float]
    lower: Optional[float]
    upper: Optional[float]
    qualifier: str
    unit: str
    quote: str
    outcome: Optional[str] = None
    polarity: Optional[str] = None


@dataclass(frozen=True)
class GoldConflict:
    kind: Optional[str]
    refs: tuple[tuple[str, int], ...]
    why: str


@dataclass
class GoldCorpus:
    name: str
    corpus_dir: Path
    figures: dict[str, list[GoldFigure]] = field(default_factory=dict)
    non_claims: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)
    expected: list[GoldConflict] = field(default_factory=list)
    must_not_flag: list[GoldConflict] = field(default_factory=list)


_FIG_FIELDS = ("surface", "start", "end", "point", "lower", "upper", "qualifier", "unit", "quote")


def _figure(doc: str, raw: dict, where: str) -> GoldFigure:
    missing = [k for k in _FIG_FIELDS if k not in raw]
    if missing:
        raise GoldError(f"{where}: figure {raw.get('surface')!r} lacks {missing}")
    return GoldFigure(
        doc=doc,
        **{k: raw[k] for k in _FIG_FIELDS},
        outcome=raw.get("outcome"),
        polarity=raw.get("polarity"),
    )


def _conflicts(raw: list, kind_required: bool, where: str) -> list[GoldConflict]:
    out = []
    for i, e in enumerate(raw):
        refs = tuple((str(f), int(s)) for f, s in e["figures"])
        if kind_required and "kind" not in e:
            raise GoldError(f"{where}[{i}]: expected conflict without 'kind'")
        out.append(GoldConflict(e.get("kind"), refs, e.get("why", "")))
    return out


def load_gold(gold_dir: Path, corpus_dir: Path) -> GoldCorpus:
    """Load every ``<file>.json`` of ``gold_dir`` and its ``conflicts.json``."""
    gold_dir, corpus_dir = Path(gold_dir), Path(corpus_dir)
    if not gold_dir.is_dir():
        raise GoldError(f"no gold folder at {gold_dir}")
    corpus = GoldCorpus(name=gold_dir.name, corpus_dir=corpus_dir)
    for path in sorted(gold_dir.glob("*.json")):
        if path.name in ("conflicts.json", "floors.json"):
            continue
        try:
            data = json.loads(path.read_text("utf-8"))
        except (OSError, json.JSONDecodeError) as e:
            raise GoldError(f"cannot read gold file {path}: {e}") from e
        doc = data.get("doc") if isinstance(data, dict) else None
        if not isinstance(doc, str):
            raise GoldError(f"{path}: not a figure gold file (no \"doc\" naming its document); move other files out of {gold_dir}")
        if not (corpus_dir / doc).is_file():
            raise GoldError(f"{path}: document {doc} not found in {corpus_dir}")
        corpus.figures[doc] = [_figure(doc, f, str(path)) for f in data.get("figures", [])]
        corpus.non_claims[doc] = [(n["start"], n["end"], n.get("why", "")) for n in data.get("non_claims", [])]
    conflicts = gold_dir / "conflicts.json"
    if conflicts.is_file():
        data = json.loads(conflicts.read_text("utf-8"))
        corpus.expected = _conflicts(data.get("expected", []), True, f"{conflicts}:expected")
        corpus.must_not_flag = _conflicts(data.get("must_not_flag", []), False, f"{conflicts}:must_not_flag")
    if not corpus.figures:
        raise GoldError(f"{gold_dir} holds no gold files")
    return corpus
