"""What the learned tagger adds on pages it has not seen: cross-validation over the development corpora.

``python -m extract.evaluation.crossval [CORPUS ...] [--folds K] [--errors]`` splits the
development corpora (default: every one with claims gold; blind corpora are refused) into ``K``
folds, round-robin over their sorted names. For each fold it trains the tagger on the other
folds' corpora (:func:`extract.evaluation.trainlearned.train_corpora`, into a temporary folder:
the packaged models are left as they are), then scores each corpus of the fold twice with
linking on: the rules alone and the rules with that fold's tagger. It prints, per corpus and
claim type, precision and recall both ways and the totals over all corpora (micro: summed
counts). ``--min-confidence 0.7 0.8 0.9`` also scores each corpus with its fold's tagger keeping
only the spans tagged with at least that chance (every type) and prints the totals per chance:
the out-of-fold evidence learned.json's ``min_confidence`` is chosen from.

What the figures mean: the tagger has not seen the corpus it is scored on, but the RULES were
written and tuned on these corpora, so the rules' figures are optimistic and the tagger's gain is
measured where the rules already find most claims. On pages no rule was tuned on the rules miss
more and the tagger has more to add. The honest first-sight figure of the whole pipeline is a new
corpus scored before any rule or model has seen it.
"""

from __future__ import annotations

import argparse
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional, Sequence

from extract.evaluation.claims import TYPES, ClaimsScore, TypeScore


def folds(corpora: Sequence[str], k: int) -> list[list[str]]:
    """``k`` folds of the sorted corpus names, round-robin (no fold empty: at most one per corpus)."""
    names = sorted(corpora)
    k = max(1, min(k, len(names)))
    return [names[i::k] for i in range(k)]


@dataclass
class CorpusComparison:
    """One corpus scored with the rules alone and with a tagger that has not seen it."""

    name: str
    fold: int
    trained_on: list[str]  # the corpora of the tagger that scored it
    rules: ClaimsScore
    tagged: ClaimsScore
    #: the corpus scored by the same tagger keeping its spans from each other ``min_confidence`` (``--min-confidence``)
    at_confidence: dict[float, ClaimsScore] = field(default_factory=dict)


def with_min_confidence(models: Path, threshold: float, out: Path) -> Path:
    """A variant of the tagger trained into ``models`` that keeps its tagged spans from ``threshold`` for every claim
    type (learned.json ``min_confidence``): ``out`` gets the same models (linked) and the manifest so changed."""
    import json

    out.mkdir(parents=True, exist_ok=True)
    (out / "learned").symlink_to((models / "learned").resolve(), target_is_directory=True)
    manifest = json.loads((models / "learned.json").read_text(encoding="utf-8"))
    manifest["min_confidence"] = {t: threshold for t in manifest["min_confidence"]}
    (out / "learned.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return out


def cross_validate(
    corpora: Sequence[str], k: int, gold_root: Path, corpora_root: Path,
    report: Callable[[str], None] = lambda line: None, work_dir: Optional[Path] = None,
    thresholds: Sequence[float] = (),
) -> list[CorpusComparison]:
    """Score every corpus with the rules alone and with the tagger trained on the other folds (and, for each of
    ``thresholds``, with that tagger keeping its spans from that chance: :func:`with_min_confidence`)."""
    import extract
    from extract.evaluation.claims import score_claims_corpus
    from extract.evaluation.trainlearned import train_corpora

    splits = folds(corpora, k)
    rules = extract.load(learned=False, progress=False)
    out: list[CorpusComparison] = []
    with tempfile.TemporaryDirectory(prefix="crossval-", dir=work_dir) as tmp:
        for i, held in enumerate(splits):
            models = Path(tmp) / f"fold{i}"
            models.mkdir()
            train = [c for c in sorted(corpora) if c not in held]
            report(f"fold {i + 1}/{len(splits)}: training on {len(train)} corpora, scoring {', '.join(held)}")
            train_corpora(train, gold_root, corpora_root, models)
            tagged = extract.load(learned_models=models, progress=False)
            variants = {t: extract.load(learned_models=with_min_confidence(models, t, Path(tmp) / f"fold{i}-{t:g}"), progress=False)
                        for t in thresholds}
            for name in held:
                gold, corpus = gold_root / name / "claims", corpora_root / name
                out.append(CorpusComparison(name, i, train, score_claims_corpus(name, gold, corpus, rules),
                                            score_claims_corpus(name, gold, corpus, tagged),
                                            {t: score_claims_corpus(name, gold, corpus, nlp) for t, nlp in variants.items()}))
    return out


def totals(results: Sequence[CorpusComparison]) -> tuple[dict[str, TypeScore], dict[str, TypeScore]]:
    """Summed counts per type over every corpus: (rules alone, rules with the tagger)."""
    def add(scores: Sequence[ClaimsScore]) -> dict[str, TypeScore]:
        out = {t: TypeScore() for t in TYPES}
        for s in scores:
            for t in TYPES:
                out[t].add(s.types[t])
        return out

    return add([r.rules for r in results]), add([r.tagged for r in results])


def confidence_totals(results: Sequence[CorpusComparison]) -> dict[float, dict[str, TypeScore]]:
    """Summed counts per type over every corpus for each ``min_confidence`` the corpora were scored at."""
    out: dict[float, dict[str, TypeScore]] = {}
    for r in results:
        for threshold, score in r.at_confidence.items():
            sums = out.setdefault(threshold, {t: TypeScore() for t in TYPES})
            for t in TYPES:
                sums[t].add(score.types[t])
    return dict(sorted(out.items()))


def format_confidence(results: Sequence[CorpusComparison]) -> str:
    """Per ``min_confidence`` (and the rules alone), each type's P/R and F1 summed over every corpus, out of fold."""
    rules, _ = totals(results)
    rows = [("rules alone", rules)] + [(f"{t:g}", sums) for t, sums in confidence_totals(results).items()]
    lines = [f"{'min_confidence':<16}" + "".join(f"{t:<26}" for t in TYPES)]
    for label, sums in rows:
        lines.append(f"{label:<16}" + "".join(
            f"{f'{sums[t].precision:.3f}/{sums[t].recall:.3f} F1 {sums[t].f1:.3f}':<26}" for t in TYPES))
    return "\n".join(lines)


def format_comparison(results: Sequence[CorpusComparison], errors: bool = False) -> str:
    """The table: per corpus and type, P/R with the rules alone -> with the unseen tagger; then totals."""
    def cell(s: TypeScore) -> str:
        return f"{s.precision:.2f}/{s.recall:.2f}"

    head = f"{'corpus':<12}{'fold':>5}  " + "  ".join(f"{t:<22}" for t in TYPES)
    lines = [head, f"{'':<19}" + "  ".join(f"{'rules -> +tagger':<22}" for _ in TYPES)]
    for r in results:
        lines.append(f"{r.name:<12}{r.fold + 1:>5}  " + "  ".join(
            f"{cell(r.rules.types[t]) + ' -> ' + cell(r.tagged.types[t]):<22}" for t in TYPES))
    rules, tagged = totals(results)
    lines.append(f"{'all (micro)':<12}{'':>5}  " + "  ".join(f"{cell(rules[t]) + ' -> ' + cell(tagged[t]):<22}" for t in TYPES))
    lines.append(f"{'F1':<12}{'':>5}  " + "  ".join(f"{rules[t].f1:.3f} -> {tagged[t].f1:.3f}{'':<8}" for t in TYPES))
    if errors:  # what the tagger changed: the misses it found, the spurious claims it added
        for r in results:
            for t in TYPES:
                before, after = set(r.rules.types[t].errors), set(r.tagged.types[t].errors)
                lines.extend(f"    {r.name} found by the tagger: {e.split(': missed ', 1)[1]}"
                             for e in sorted(before - after) if ": missed " in e)
                lines.extend(f"    {r.name} added by the tagger: {e.split(': spurious ', 1)[1]}"
                             for e in sorted(after - before) if ": spurious " in e)
    return "\n".join(lines)


def main(argv: Optional[Sequence[str]] = None) -> int:
    from extract.evaluation.trainlearned import BLIND, development_corpora

    parser = argparse.ArgumentParser(prog="python -m extract.evaluation.crossval", description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", nargs="*", help="Development corpora (default: every one with claims gold).")
    parser.add_argument("--folds", type=int, default=4, help="Number of folds (default 4).")
    parser.add_argument("--gold", type=Path, default=Path("tests/gold"))
    parser.add_argument("--corpora-dir", type=Path, default=Path("corpora"))
    parser.add_argument("--errors", action="store_true", help="List the misses the tagger finds and the spurious claims it adds.")
    parser.add_argument("--min-confidence", type=float, nargs="+", default=[], metavar="CHANCE",
                        help="Also score with each fold's tagger keeping its spans from each CHANCE (every type), and print "
                             "the totals per CHANCE: how learned.json's min_confidence is chosen out of fold.")
    args = parser.parse_args(argv)
    wrong = [t for t in args.min_confidence if not 0.0 <= t < 1.0]
    if wrong:
        parser.error(f"--min-confidence takes chances in [0, 1), not {', '.join(map(str, wrong))}")
    corpora = args.corpora or development_corpora(args.gold)
    blind = sorted(set(corpora) & BLIND)
    if blind:
        parser.error(f"{', '.join(blind)} {'is' if len(blind) == 1 else 'are'} blind: never trained or tuned on")
    if len(corpora) < 2:
        parser.error("cross-validation needs at least two corpora")
    missing = [c for c in corpora if not (args.gold / c / "claims").is_dir()]
    if missing:
        parser.error(f"no claims gold for {', '.join(missing)} under {args.gold}")
    results = cross_validate(corpora, args.folds, args.gold, args.corpora_dir, report=lambda line: print(line, flush=True),
                             thresholds=args.min_confidence)
    print(format_comparison(results, errors=args.errors))
    if args.min_confidence:
        print()
        print(format_confidence(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
