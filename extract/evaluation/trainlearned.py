"""Training the learned claim tagger (:mod:`extract.claims.learned`) from the development gold.

``python -m extract.evaluation.trainlearned [CORPUS ...] [--exclude CORPUS ...] [--out-dir DIR]``
reads every development corpus with claims gold (``tests/gold/<corpus>/claims``; the blind
corpora are refused), segments and tokenizes each document as the claim finder does, labels the
tokens of each gold claim's main argument (BIO, one sequence per claim type), and trains one
CRFsuite model per type. It writes the models and ``learned.json`` (their SHA-256, the corpora
and parameters) to ``extract/claims/data/`` or ``--out-dir``. Training is deterministic: the same
gold and code give the same model bytes.

The features need the knowledge base (vocabulary names): it is built first if missing.

To measure how the tagger does on pages it has not seen, train with ``--exclude`` the corpora to
measure into another folder and score them with those models, which leaves the packaged ones as
they are: ``python -m extract.evaluation.trainlearned --exclude dev21 --out-dir /tmp/m`` then
``evidence score dev21 --learned-models /tmp/m``. :mod:`extract.evaluation.crossval` does this
for every development corpus, fold by fold.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path
from typing import Callable, Iterator, Optional, Sequence

from extract.claims.learned import (
    FEATURE_VERSION, TYPES, LearnedError, LearnedManifest, ModelFile, SentenceContext, Token, labels_for,
    name_tags, sentence_context, sentence_features, tokens_of,
)

#: Corpora whose texts and gold no one developing the extraction reads: never trained on.
BLIND = frozenset({"heldout", "heldout3", "heldout4", "heldout5"})
PARAMS = {"c1": 0.1, "c2": 0.05, "max_iterations": 150}


def sentence_parts(doc) -> Iterator[tuple[int, int]]:  # noqa: ANN001 - spaCy Doc
    """The sentence parts the claim finder reads, as (start, end) offsets of the text."""
    from extract.figures.component import quote_span, split_long
    from extract.pipeline.components import doc_text

    text = doc_text(doc)
    for sent in doc.sents:
        yield from split_long(text, *quote_span(sent, text))


def corpus_sentences(corpus: str, gold_root: Path, corpora_root: Path, nlp) -> list[tuple[list[Token], SentenceContext, dict[str, list[tuple[int, int]]]]]:  # noqa: ANN001
    """Every sentence part of the corpus's gold documents with the gold argument spans in it."""
    from extract.evaluation.claims import gold_documents, load_claims_gold
    from extract.pipeline.components import doc_text

    gold = load_claims_gold(gold_root / corpus / "claims", corpora_root / corpus)
    out = []
    for _, claims, doc in gold_documents(gold, corpora_root / corpus, nlp):
        text = doc_text(doc)
        for start, end in sentence_parts(doc):
            tokens = tokens_of(doc, start, end)
            if not tokens:
                continue
            spans = {
                t: [(c.start - start, c.end - start) for c in claims if c.type == t and c.start < end and c.end > start]
                for t in TYPES
            }
            out.append((tokens, sentence_context(text, start), spans))
    return out


def train(
    sentences: Sequence[tuple[list[Token], SentenceContext, dict[str, list[tuple[int, int]]]]],
    lookup: Callable[[str], frozenset[str]], cue_classes: dict[str, str], out_dir: Path,
) -> dict[str, ModelFile]:
    """Train one model per type into ``out_dir/learned/<type>.crfsuite``."""
    import re

    import pycrfsuite

    classes = tuple((name, re.compile(p)) for name, p in cue_classes.items())
    features = [sentence_features(tokens, name_tags([t.text for t in tokens], lookup), ctx, classes)
                for tokens, ctx, _ in sentences]
    (out_dir / "learned").mkdir(parents=True, exist_ok=True)
    models = {}
    for kind in TYPES:
        trainer = pycrfsuite.Trainer(verbose=False)
        for f, (tokens, _, spans) in zip(features, sentences):
            trainer.append(f, labels_for(tokens, spans[kind]))
        trainer.set_params({**PARAMS, "feature.possible_transitions": True})
        path = out_dir / "learned" / f"{kind}.crfsuite"
        trainer.train(str(path))
        models[kind] = ModelFile(file=f"learned/{kind}.crfsuite", sha256=hashlib.sha256(path.read_bytes()).hexdigest())
    return models


def development_corpora(gold_root: Path) -> list[str]:
    return sorted(p.parent.name for p in gold_root.glob("*/claims") if p.is_dir() and p.parent.name not in BLIND)


def train_corpora(corpora: Sequence[str], gold_root: Path, corpora_root: Path, out_dir: Optional[Path] = None,
                  report: Callable[[str], None] = lambda line: None) -> LearnedManifest:
    """Train the tagger on ``corpora`` (never a blind one) and write its models and manifest to
    ``out_dir`` (default: the package's ``extract/claims/data/``); ``report`` gets a line per
    corpus read. The cue classes, thresholds and version are the packaged manifest's."""
    blind = sorted(set(corpora) & BLIND)
    if blind:
        raise LearnedError(f"{', '.join(blind)} {'is' if len(blind) == 1 else 'are'} blind: never trained on")
    import extract
    from extract.datafiles import read_data_file
    from extract.linking import get_linker
    from extract.linking.kb import ensure_kb

    ensure_kb()
    lookup = get_linker().name_tags
    nlp = extract.load(link=False)
    sentences = []
    for corpus in corpora:
        sentences.extend(corpus_sentences(corpus, gold_root, corpora_root, nlp))
        report(f"{corpus}: {len(sentences)} sentences so far")
    # the cue classes and version of the current manifest (its models are replaced)
    current, _ = read_data_file("extract.claims", "learned.json", None, LearnedError, "learned tagger manifest")
    kept = {k: current[k] for k in ("version", "cue_classes", "strength_cues", "against_cue", "min_confidence", "require_concept", "excluded_concept_types", "defer_to_other_types",
                                  "veto_below")
            if k in current}
    if out_dir is None:
        from importlib import resources

        out_dir = Path(str(resources.files("extract.claims").joinpath("data")))
    models = train(sentences, lookup, kept["cue_classes"], out_dir)
    manifest = LearnedManifest(
        **kept, feature_version=FEATURE_VERSION, trained_on=list(corpora), training=PARAMS, models=models,
    )
    (out_dir / "learned.json").write_text(json.dumps(manifest.model_dump(), indent=2) + "\n", "utf-8")
    report(f"trained on {len(corpora)} corpora, {len(sentences)} sentences; models in {out_dir / 'learned'}")
    return manifest


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m extract.evaluation.trainlearned", description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", nargs="*", help="Gold corpora to train on (default: every development corpus).")
    parser.add_argument("--exclude", nargs="*", default=[], help="Corpora left out (to score them unseen).")
    parser.add_argument("--gold", type=Path, default=Path("tests/gold"))
    parser.add_argument("--corpora-dir", type=Path, default=Path("corpora"))
    parser.add_argument("--out-dir", type=Path, default=None, help="Default: the package's extract/claims/data/.")
    args = parser.parse_args(argv)
    corpora = [c for c in (args.corpora or development_corpora(args.gold)) if c not in set(args.exclude)]
    blind = sorted(set(corpora) & BLIND)
    if blind:
        parser.error(f"{', '.join(blind)} {'is' if len(blind) == 1 else 'are'} blind: never trained on")
    if args.out_dir is not None:
        args.out_dir.mkdir(parents=True, exist_ok=True)
    train_corpora(corpora, args.gold, args.corpora_dir, args.out_dir, report=lambda line: print(line, flush=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
