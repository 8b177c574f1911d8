"""Re-measure the gold corpora and re-pin their claim floors in ``tests/gold/floors.json``.

    python -m extract.evaluation.pin [CORPUS ...] [--gold tests/gold] [--corpora corpora]
                                     [--scores FILE] [--dry-run]

Scores every named corpus (default: every corpus in the floors file) with linking on and off,
then writes, per corpus:

* ``claims.types.<type>.precision|recall``: the lower of the two runs, less :data:`MARGIN`;
* ``claims.concept_accuracy``: linking on, less :data:`MARGIN`;
* ``fingerprint``: of the gold and documents as they are now.

Figure floors (``precision``, ``recall``, ``flags_found``, ``forbidden_flags_max``) are never
raised or lowered here: a corpus whose figures fall below them is reported and the file is left
unchanged, since a figure regression is a defect to fix, not a floor to move. ``--scores`` writes
every measured figure (both runs) as JSON, for a note or a comparison with an earlier run.

Pinning assumes the knowledge base is deterministic (it is built single-threaded, see
:class:`extract.linking.kb.BuildSettings`): floors measured on one machine then hold on another.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Optional, Sequence

#: How far below the measured figure a claim floor is pinned (rounded down to two decimals).
MARGIN = 0.02


def floor_of(measured: float, margin: float = MARGIN) -> float:
    """``measured - margin`` rounded down to two decimals, never below 0."""
    return max(0.0, math.floor(round((measured - margin) * 100, 6)) / 100)


def measure(names: Sequence[str], gold: Path, corpora: Path) -> dict[str, dict]:
    """Figure and claim scores of each corpus, linking on and off."""
    from extract.evaluation import load_gold, score_corpus
    from extract.evaluation.claims import load_claims_gold
    from extract.pipeline import load

    out: dict[str, dict] = {name: {} for name in names}
    for link in (True, False):
        nlp = load(link=link, progress=False)
        for name in names:
            claims_dir = gold / name / "claims"
            claims_gold = load_claims_gold(claims_dir, corpora / name) if claims_dir.is_dir() else None
            s = score_corpus(load_gold(gold / name, corpora / name), nlp, claims_gold)
            run = {
                "figures": {"precision": s.figures.precision, "recall": s.figures.recall},
                "flags_found": s.conflicts.found,
                "flags_forbidden": s.conflicts.violated,
            }
            if s.claims is not None:
                run["claims"] = {k: {"precision": t.precision, "recall": t.recall} for k, t in s.claims.types.items()}
                run["concept_accuracy"] = s.claims.concept_accuracy
            out[name]["link" if link else "no_link"] = run
    return out


def pinned(floors: dict, scores: dict, fingerprint: str) -> tuple[dict, list[str]]:
    """The corpus's floors re-pinned from its ``scores`` (see the module docstring), and the
    figure floors its scores fall below (when any, the floors are returned unchanged)."""
    on = scores["link"]
    below = []
    for key in ("precision", "recall"):
        for run in scores.values():
            if key in floors and run["figures"][key] < floors[key] - 1e-9:
                below.append(f"figure {key} {run['figures'][key]:.3f} < {floors[key]}")
    if "flags_found" in floors and on["flags_found"] < floors["flags_found"]:
        below.append(f"flags found {on['flags_found']} < {floors['flags_found']}")
    if "forbidden_flags_max" in floors and on["flags_forbidden"] > floors["forbidden_flags_max"]:
        below.append(f"forbidden flags {on['flags_forbidden']} > {floors['forbidden_flags_max']}")
    if below:
        return floors, below
    new = dict(floors, fingerprint=fingerprint)
    if "claims" in on:
        types = {
            kind: {
                key: floor_of(min(run["claims"][kind][key] for run in scores.values()))
                for key in ("precision", "recall")
            }
            for kind in on["claims"]
        }
        new["claims"] = {"types": types, "concept_accuracy": floor_of(on["concept_accuracy"])}
    return new, []


def format_table(scores: dict) -> str:
    """Precision/recall per claim type (the lower of the two runs) and concept accuracy."""
    kinds = ("cause", "symptom", "treatment", "recommendation")
    lines = [f"{'corpus':<11}" + "".join(f"{k:>16}" for k in kinds) + f"{'concepts':>10}"]
    for name, runs in scores.items():
        if "claims" not in runs["link"]:
            continue
        cells = []
        for kind in kinds:
            p = min(r["claims"][kind]["precision"] for r in runs.values())
            r_ = min(r["claims"][kind]["recall"] for r in runs.values())
            cells.append(f"{p:>10.2f}/{r_:.2f}")
        lines.append(f"{name:<11}" + "".join(cells) + f"{runs['link']['concept_accuracy']:>10.3f}")
    return "\n".join(lines)


def main(argv: Optional[Sequence[str]] = None) -> int:
    from extract.evaluation.floors import corpus_fingerprint

    parser = argparse.ArgumentParser(prog="python -m extract.evaluation.pin", description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora_names", nargs="*", metavar="CORPUS", help="Default: every corpus in the floors file.")
    parser.add_argument("--gold", type=Path, default=Path("tests/gold"), help="Folder of gold corpora and floors.json.")
    parser.add_argument("--corpora", type=Path, default=Path("corpora"), help="Folder of the documents' corpora.")
    parser.add_argument("--scores", type=Path, help="Also write every measured figure here as JSON.")
    parser.add_argument("--dry-run", action="store_true", help="Measure and print; leave floors.json as it is.")
    args = parser.parse_args(argv)

    path = args.gold / "floors.json"
    if not path.is_file():
        print(f"Error: {path}: no such file (run from the repository root or pass --gold)", file=sys.stderr)
        return 2
    document = json.loads(path.read_text("utf-8"))
    floors = document["corpora"]
    names = args.corpora_names or list(floors)
    unknown = [n for n in names if n not in floors]
    if unknown:
        print(f"Error: no floors for {', '.join(unknown)} in {path}; add the corpus there first", file=sys.stderr)
        return 2
    scores = measure(names, args.gold, args.corpora)
    print(format_table(scores))
    if args.scores:
        args.scores.write_text(json.dumps(scores, indent=2) + "\n", "utf-8")
    failed = False
    for name in names:
        new, below = pinned(floors[name], scores[name], corpus_fingerprint(args.gold / name, args.corpora / name))
        if below:
            failed = True
            print(f"NOT PINNED {name}: " + "; ".join(below), file=sys.stderr)
        floors[name] = new
    if not args.dry_run:
        path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", "utf-8")
        print(f"wrote {path}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
