"""Evaluation: scoring extraction and consistency flags against gold annotations.

This stage owns the gold annotation format (``tests/gold/<corpus>/<file>.json`` and
``conflicts.json``), matching predicted figures to gold figures, precision and recall (strict:
the span must overlap and the value, qualifier and unit must agree), the scoring of expected
and forbidden conflict flags, and the pinned floors that CI holds the extraction to.
"""

from extract.evaluation.gold import GoldCorpus, load_gold
from extract.evaluation.score import ConflictScore, CorpusScore, FigureScore, score_corpus

__all__ = ["ConflictScore", "CorpusScore", "FigureScore", "GoldCorpus", "load_gold", "score_corpus"]
