"""A throughput benchmark: figures printed, never asserted.

Runs the pipeline over a corpus built from the repository's corpora (repeated to the asked
size) and reports tokens/s, documents/s, peak memory, and the throughput of scispaCy's parts
alone (tokenizer, sentences, abbreviations) on the same text, as a ratio.
"""

from __future__ import annotations

import resource
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence


@dataclass(frozen=True)
class BenchResult:
    documents: int
    characters: int
    tokens: int
    seconds: float
    baseline_seconds: float
    peak_rss_mb: float

    @property
    def tokens_per_second(self) -> float:
        return self.tokens / self.seconds if self.seconds else 0.0

    @property
    def documents_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0

    @property
    def ratio_to_baseline(self) -> float:
        return self.baseline_seconds / self.seconds if self.seconds else 0.0


def corpus_texts(folders: Sequence[Path], repeat: int) -> list[str]:
    """The texts of every .txt/.md file in ``folders``, ``repeat`` times over."""
    texts = [p.read_text("utf-8") for f in folders for p in sorted(Path(f).iterdir()) if p.suffix in (".txt", ".md")]
    return texts * repeat


def run_bench(texts: Sequence[str], model: str | None = None) -> BenchResult:
    """Time the full pipeline, then the baseline (the pipeline without figure extraction)."""
    from extract.pipeline import load

    nlp = load(model)
    start = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts))
    seconds = time.perf_counter() - start
    with nlp.select_pipes(disable=["evidence_figures"]):
        start = time.perf_counter()
        for _ in nlp.pipe(texts):
            pass
        baseline = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return BenchResult(len(texts), sum(map(len, texts)), tokens, seconds, baseline, peak)


def format_bench(r: BenchResult) -> str:
    """The figures, one per line."""
    return "\n".join(
        [
            f"documents        {r.documents}",
            f"characters       {r.characters:,}",
            f"tokens           {r.tokens:,}",
            f"seconds          {r.seconds:.2f}",
            f"tokens/s         {r.tokens_per_second:,.0f}",
            f"documents/s      {r.documents_per_second:.1f}",
            f"baseline seconds {r.baseline_seconds:.2f}  (scispaCy tokenizer + sentences + abbreviations)",
            f"ratio            {r.ratio_to_baseline:.2f}  (baseline time / full time)",
            f"peak memory MB   {r.peak_rss_mb:.0f}",
        ]
    )
