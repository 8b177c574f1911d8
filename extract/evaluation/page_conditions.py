"""Scoring the page's condition (:func:`extract.linking.document.page_condition`) against gold.

Gold: ``tests/gold/page_conditions.json``, ``{"corpora": {corpus: {document: [acceptable concept
ids] or null}}}``, null for a page about no single condition the vocabularies link. A document's
condition is right when its concept is one of the acceptable ids, or names the same condition
(:func:`extract.evaluation.claims.concept_matches`). Precision: right conditions over the
documents given one (a condition given to a null document is wrong: a downstream join on a wrong
condition is silent corruption); recall: right conditions over the documents whose gold names one.

``python -m extract.evaluation.page_conditions [CORPUS ...]`` prints the figures per corpus and in
all, and each document's detected condition with ``--errors`` for the wrong and missed ones.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Sequence

from extract.evaluation.claims import concept_matches
from extract.evaluation.score import Counts

ROOT = Path(__file__).resolve().parents[2]
GOLD_FILE = ROOT / "tests" / "gold" / "page_conditions.json"
CORPORA = ROOT / "corpora"


@dataclass
class PageConditionScore(Counts):
    """Counts of one corpus (or of several, added up): ``gold`` documents whose gold names a
    condition, ``predicted`` documents given one, ``correct`` right ones; ``errors`` the
    documents that went wrong."""

    documents: int = 0


def load_page_conditions(path: Path = GOLD_FILE) -> dict[str, dict[str, Optional[list[str]]]]:
    """The gold: corpus -> document -> acceptable concept ids (None: no single condition)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    corpora = data["corpora"]
    for corpus, docs in corpora.items():
        for doc, ids in docs.items():
            if ids is not None and (not isinstance(ids, list) or not ids or not all(isinstance(i, str) and i for i in ids)):
                raise ValueError(f"{path}: {corpus}/{doc}: a non-empty list of concept ids or null expected, got {ids!r}")
    return corpora


def detected_condition(doc, nlp) -> Optional[tuple[str, str]]:  # noqa: ANN001 - a spaCy Doc run through the pipeline ``nlp``
    """The page's condition found in a processed ``doc`` from its text and claims, as the claims
    stage finds it: (concept id, the title's words that name it), None when none is found."""
    found = nlp.get_pipe("evidence_claims").page_condition_of(doc.text, doc._.claims)
    return (found.concept.id, found.text) if found is not None and found.concept is not None else None


def score_corpus_conditions(corpus: str, gold: dict[str, Optional[list[str]]], nlp, corpora: Path = CORPORA) -> PageConditionScore:  # noqa: ANN001
    """Run ``nlp`` on each gold document of ``corpus`` and score the condition found."""
    from extract.evaluation.claims import gold_documents

    score = PageConditionScore()
    for doc_name, ids, doc in gold_documents(dict(gold), Path(corpora) / corpus, nlp):
        found = detected_condition(doc, nlp)
        score.documents += 1
        score.gold += ids is not None
        if found is None:
            if ids is not None:
                score.errors.append(f"{corpus}/{doc_name}: missed (gold {', '.join(ids)})")
            continue
        score.predicted += 1
        if ids is not None and concept_matches(found[0], ids):
            score.correct += 1
        else:
            score.errors.append(f"{corpus}/{doc_name}: {found[0]} {found[1]!r} (gold {', '.join(ids) if ids else 'null'})")
    return score


def format_scores(scores: dict[str, PageConditionScore], *, errors: bool = False) -> str:
    """A plain-text table: per corpus and in all, documents, detected, right, precision, recall."""
    total = PageConditionScore()
    lines = [f"{'corpus':<12} {'docs':>5} {'gold':>5} {'found':>6} {'right':>6} {'P':>6} {'R':>6}"]
    for name, s in scores.items():
        total.add(s)
        lines.append(f"{name:<12} {s.documents:>5} {s.gold:>5} {s.predicted:>6} {s.correct:>6} {s.precision:>6.2f} {s.recall:>6.2f}")
    lines.append(f"{'all':<12} {total.documents:>5} {total.gold:>5} {total.predicted:>6} {total.correct:>6} "
                 f"{total.precision:>6.3f} {total.recall:>6.3f}")
    if errors:
        lines += ["", *total.errors]
    return "\n".join(lines)


def main(argv: Optional[Sequence[str]] = None) -> int:
    import extract

    parser = argparse.ArgumentParser(prog="python -m extract.evaluation.page_conditions", description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", nargs="*", help="corpora to score (default: every corpus of the gold)")
    parser.add_argument("--gold", type=Path, default=GOLD_FILE)
    parser.add_argument("--errors", action="store_true", help="list the wrong and missed documents")
    args = parser.parse_args(argv)
    gold = load_page_conditions(args.gold)
    unknown = [c for c in args.corpora if c not in gold]
    if unknown:
        parser.error(f"no page-condition gold for {', '.join(unknown)}")
    nlp = extract.load()
    scores = {c: score_corpus_conditions(c, gold[c], nlp) for c in (args.corpora or gold)}
    print(format_scores(scores, errors=args.errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
