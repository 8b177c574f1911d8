"""How much a tagger that has not seen a page agrees with the rules' claims on it: the learned tagger as evidence against rule claims.

``python -m extract.evaluation.agreement [CORPUS ...] [--folds K] [--models-dir DIR] [--rows FILE]
[--veto TYPE=CHANCE ...]`` splits the development corpora into folds as
:mod:`extract.evaluation.crossval` does, trains the tagger on the other folds (into ``DIR/fold<i>``,
kept and reused when trained on the same corpora), and runs each corpus of the fold through the
pipeline with that tagger and no veto (``veto_below`` emptied). For every claim a RULE made (not the
tagger) it records the tagger's chance that the claim's main argument is an argument of the claim's
type (the mean, and the max, over the argument's words of 1 - P(O) of the type's model), and whether
the scorer matched the claim to a gold one. It prints, per type, how many correct and spurious rule
claims fall in each chance band, and, with ``--veto``, the totals (P and R per type, out of fold)
before and after dropping the rule claims below the thresholds (computed from the recorded claims:
a dropped claim's gold is not re-matched to another claim, which the real run may do).

The rules were written on these corpora, so the rule claims here are the ones in-fold rules make:
the spurious share is smaller than on pages no rule was tuned on. The tagger's view is out of fold.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Callable, NamedTuple, Optional, Sequence

from extract.evaluation.claims import TYPES, TypeScore

#: Upper bounds of the chance bands of the table (the last band is everything above).
BANDS = (0.05, 0.1, 0.2, 0.4)


class RuleClaim(NamedTuple):
    """A rule claim of a held-out corpus as the unseen tagger sees it."""

    corpus: str
    fold: int
    type: str
    rule: str
    text: str
    mean: Optional[float]  # the argument's mean chance (None: no word token)
    top: Optional[float]  # its highest
    concept_type: Optional[str]  # the type of the concept the argument links to
    correct: bool


def band(chance: Optional[float]) -> int:
    """Index of the band of :data:`BANDS` a chance falls in (no chance: the top band)."""
    if chance is None:
        return len(BANDS)
    return next((i for i, bound in enumerate(BANDS) if chance < bound), len(BANDS))


def band_names() -> list[str]:
    bounds = (0.0, *BANDS)
    return [f"{lo:g}-{hi:g}" for lo, hi in zip(bounds, BANDS)] + [f"{BANDS[-1]:g}+"]


def word_chances(tokens: Sequence, chances: Sequence[float], start: int, end: int) -> list[float]:
    """The chances of the word tokens of ``[start, end)`` (offsets in the sentence)."""
    from extract.claims.learned import _WORD_CHAR

    return [c for t, c in zip(tokens, chances) if t.start < end and start < t.start + len(t.text) and _WORD_CHAR.search(t.text)]


def doc_rule_claims(doc, claims: Sequence, tagger, lookup, prefixes) -> list[tuple[Optional[float], Optional[float]]]:  # noqa: ANN001
    """(mean, max) chance of each claim's main argument, read by ``tagger`` in the claim's sentence."""
    from extract.claims.learned import DocTokens, sentence_context
    from extract.consistency.statements import arguments
    from extract.pipeline.components import doc_text

    text = doc_text(doc)
    doc_tokens = DocTokens(doc, text)
    readings: dict[tuple[int, int], tuple] = {}
    out = []
    for c in claims:
        s, e = c.evidence.start, c.evidence.end
        if (s, e) not in readings:
            tokens = doc_tokens.between(s, e)
            readings[(s, e)] = (tokens, tagger.read(tokens, sentence_context(text, s), lookup, compacted=True,
                                                    prefixes=prefixes, chances_of=frozenset(TYPES)))
        tokens, reading = readings[(s, e)]
        arg = arguments(c)[0]
        inside = word_chances(tokens, reading.chances.get(c.type, []), arg.start - s, arg.end - s)
        out.append((sum(inside) / len(inside), max(inside)) if inside else (None, None))
    return out


def scan_corpus(name: str, fold: int, gold_dir: Path, corpus_dir: Path, nlp, tagger) -> tuple[list[RuleClaim], dict[str, TypeScore]]:  # noqa: ANN001
    """The corpus's rule claims with the tagger's chances, and its scores (rules with the tagger)."""
    from extract.claims.learned import LEARNED
    from extract.consistency.statements import arguments
    from extract.evaluation.claims import gold_documents, load_claims_gold, matches, score_document
    from extract.linking import get_linker

    linker = get_linker()
    lookup, prefixes = linker.key_name_tags, linker.key_prefixes()
    gold = load_claims_gold(gold_dir, corpus_dir)
    scores = {t: TypeScore() for t in TYPES}
    rows: list[RuleClaim] = []
    for doc_name, gold_claims, doc in gold_documents(gold, corpus_dir, nlp):
        predicted = [c for c in doc._.claims if c.type in TYPES]
        score_document(doc_name, gold_claims, predicted, scores)
        for t in TYPES:
            p = [c for c in predicted if c.type == t]
            right = {pi for _, pi in matches([g for g in gold_claims if g.type == t], p)}
            ruled = [(i, c) for i, c in enumerate(p) if not c.evidence.rule.startswith(LEARNED)]
            chances = doc_rule_claims(doc, [c for _, c in ruled], tagger, lookup, prefixes)
            for (i, c), (mean, top) in zip(ruled, chances):
                concept = arguments(c)[0].concept
                rows.append(RuleClaim(name, fold, t, c.evidence.rule, arguments(c)[0].text, mean, top,
                                      linker.concept_type(concept.id) if concept else None, i in right))
    return rows, scores


def fold_models(corpora: Sequence[str], held: Sequence[str], i: int, gold_root: Path, corpora_root: Path,
                models_root: Path, report: Callable[[str], None]) -> Path:
    """The folder of the tagger trained on ``corpora`` but ``held``: trained unless already there,
    its ``veto_below`` emptied (the scan reads every rule claim)."""
    from extract.evaluation.trainlearned import train_corpora

    folder = models_root / f"fold{i}"
    train = [c for c in sorted(corpora) if c not in held]
    manifest = folder / "learned.json"
    if not manifest.is_file() or json.loads(manifest.read_text("utf-8")).get("trained_on") != train:
        folder.mkdir(parents=True, exist_ok=True)
        report(f"fold {i + 1}: training on {len(train)} corpora")
        train_corpora(train, gold_root, corpora_root, folder)
    raw = json.loads(manifest.read_text("utf-8"))
    if raw.get("veto_below"):
        raw["veto_below"] = {}
        manifest.write_text(json.dumps(raw, indent=2) + "\n", "utf-8")
    return folder


def scan(corpora: Sequence[str], k: int, gold_root: Path, corpora_root: Path, models_root: Path,
         report: Callable[[str], None] = lambda line: None) -> tuple[list[RuleClaim], dict[str, TypeScore]]:
    """Every rule claim of every corpus with the chances of the tagger of its fold, and the totals."""
    import extract
    from extract.claims.learned import tagger_from
    from extract.evaluation.crossval import folds

    rows: list[RuleClaim] = []
    totals = {t: TypeScore() for t in TYPES}
    for i, held in enumerate(folds(corpora, k)):
        folder = fold_models(corpora, held, i, gold_root, corpora_root, models_root, report)
        tagger_from.cache_clear()  # the manifest may have been rewritten
        nlp = extract.load(learned_models=folder, progress=False)
        tagger = tagger_from(str(folder))
        for name in held:
            got, scores = scan_corpus(name, i, gold_root / name / "claims", corpora_root / name, nlp, tagger)
            rows.extend(got)
            for t in TYPES:
                totals[t].add(scores[t])
            report(f"fold {i + 1}: {name} scanned, {len(got)} rule claims")
    return rows, totals


def band_table(rows: Sequence[RuleClaim], measure: str = "mean") -> str:
    """Per type, correct/spurious rule claims in each chance band of ``measure`` ('mean' or 'top')."""
    names = band_names()
    lines = [f"{'type (' + measure + ')':<22}" + "".join(f"{n:>14}" for n in names), f"{'':<22}" + "".join(f"{'ok/spur':>14}" for _ in names)]
    for t in TYPES:
        counts = [[0, 0] for _ in names]
        for r in rows:
            if r.type == t:
                counts[band(getattr(r, measure))][0 if r.correct else 1] += 1
        lines.append(f"{t:<22}" + "".join(f"{f'{ok}/{bad}':>14}" for ok, bad in counts))
    return "\n".join(lines)


def vetoed(rows: Sequence[RuleClaim], thresholds: dict[str, float], measure: str = "mean") -> list[RuleClaim]:
    """The rule claims a veto at ``thresholds`` (per type) drops."""
    return [r for r in rows if r.type in thresholds and getattr(r, measure) is not None and getattr(r, measure) < thresholds[r.type]]


def after_veto(totals: dict[str, TypeScore], dropped: Sequence[RuleClaim]) -> dict[str, TypeScore]:
    """The totals without the dropped claims (their gold is not matched again)."""
    out = {}
    for t in TYPES:
        right = sum(1 for r in dropped if r.type == t and r.correct)
        wrong = sum(1 for r in dropped if r.type == t and not r.correct)
        s = totals[t]
        out[t] = TypeScore(gold=s.gold, predicted=s.predicted - right - wrong, correct=s.correct - right)
    return out


def format_totals(before: dict[str, TypeScore], after: dict[str, TypeScore]) -> str:
    lines = [f"{'type':<16}{'P':>7}{'R':>7}{'F1':>7}   ->{'P':>7}{'R':>7}{'F1':>7}{'dropped ok/spur':>18}"]
    for t in TYPES:
        b, a = before[t], after[t]
        lines.append(f"{t:<16}{b.precision:>7.3f}{b.recall:>7.3f}{b.f1:>7.3f}   ->{a.precision:>7.3f}{a.recall:>7.3f}{a.f1:>7.3f}"
                     f"{f'{b.correct - a.correct}/{(b.predicted - b.correct) - (a.predicted - a.correct)}':>18}")
    return "\n".join(lines)


def sources(rows: Sequence[RuleClaim], totals: dict[str, TypeScore]) -> str:
    """Per type, P/R/F1 of the rules' claims alone and with the tagger, and how many of the
    tagger's own claims were right."""
    lines = [f"{'type':<16}{'rules P/R/F1':>22}{'+tagger P/R/F1':>22}{'tagger right/claims':>22}"]
    for t in TYPES:
        mine = [r for r in rows if r.type == t]
        rules = TypeScore(gold=totals[t].gold, predicted=len(mine), correct=sum(r.correct for r in mine))
        both = totals[t]
        lines.append(f"{t:<16}{f'{rules.precision:.3f}/{rules.recall:.3f}/{rules.f1:.3f}':>22}"
                     f"{f'{both.precision:.3f}/{both.recall:.3f}/{both.f1:.3f}':>22}"
                     f"{f'{both.correct - rules.correct}/{both.predicted - rules.predicted}':>22}")
    return "\n".join(lines)


def rule_table(rows: Sequence[RuleClaim], below: float, measure: str = "mean", top: int = 8) -> str:
    """Per type, the rules with the most claims below ``below``: correct/spurious."""
    from collections import Counter

    lines = []
    for t in TYPES:
        low = [r for r in rows if r.type == t and getattr(r, measure) is not None and getattr(r, measure) < below]
        ok, bad = Counter(r.rule for r in low if r.correct), Counter(r.rule for r in low if not r.correct)
        ranked = sorted(set(ok) | set(bad), key=lambda rule: -(ok[rule] + bad[rule]))[:top]
        lines.append(f"{t} below {below:g}: " + ", ".join(f"{rule} {ok[rule]}/{bad[rule]}" for rule in ranked))
    return "\n".join(lines)


def _thresholds(values: Sequence[str]) -> dict[str, float]:
    out = {}
    for v in values:
        kind, _, chance = v.partition("=")
        if kind not in TYPES:
            raise argparse.ArgumentTypeError(f"--veto {v}: unknown claim type {kind!r}")
        out[kind] = float(chance)
    return out


def main(argv: Optional[Sequence[str]] = None) -> int:
    from extract.evaluation.trainlearned import BLIND, development_corpora

    parser = argparse.ArgumentParser(prog="python -m extract.evaluation.agreement", description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", nargs="*", help="Development corpora (default: every one with claims gold).")
    parser.add_argument("--folds", type=int, default=4)
    parser.add_argument("--gold", type=Path, default=Path("tests/gold"))
    parser.add_argument("--corpora-dir", type=Path, default=Path("corpora"))
    parser.add_argument("--models-dir", type=Path, required=True, help="Where the folds' models are trained (and reused).")
    parser.add_argument("--rows", type=Path, help="Write the rule claims as JSON lines here; read them instead of scanning when it exists.")
    parser.add_argument("--veto", nargs="*", default=[], help="TYPE=CHANCE: the totals before and after dropping the rule claims below.")
    parser.add_argument("--measure", choices=("mean", "top"), default="mean")
    args = parser.parse_args(argv)
    corpora = args.corpora or development_corpora(args.gold)
    blind = sorted(set(corpora) & BLIND)
    if blind:
        parser.error(f"{', '.join(blind)} {'is' if len(blind) == 1 else 'are'} blind: never trained or tuned on")
    if args.rows and args.rows.is_file():
        saved = json.loads(args.rows.read_text("utf-8"))
        rows = [RuleClaim(**r) for r in saved["rows"]]
        totals = {t: TypeScore(**s) for t, s in saved["totals"].items()}
    else:
        rows, totals = scan(corpora, args.folds, args.gold, args.corpora_dir, args.models_dir, report=lambda line: print(line, flush=True))
        if args.rows:
            args.rows.write_text(json.dumps({"rows": [r._asdict() for r in rows], "totals": {
                t: {"gold": s.gold, "predicted": s.predicted, "correct": s.correct} for t, s in totals.items()}}), "utf-8")
    print(band_table(rows, "mean"))
    print(band_table(rows, "top"))
    print(sources(rows, totals))
    print(rule_table(rows, BANDS[1], args.measure))
    if args.veto:
        print(format_totals(totals, after_veto(totals, vetoed(rows, _thresholds(args.veto), args.measure))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
