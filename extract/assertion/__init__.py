"""Assertion: how the text asserts each claim (negated, hedged, hypothetical, generic), the cue
spans that say so, and a graded certainty (fact, probable, possible, doubtful, counterfact).

- :func:`assess` (pure): one :class:`~extract.records.models.Assertion` per claim target of a
  ``Doc`` with sentences; cues from medspaCy ConText's default rules and from the project's
  hedge rules (``data/hedges.json``, validated on load by :mod:`extract.assertion.cues`).
- :func:`grade`: the certainty from the flags and hedge grades (precedence documented there).
- the ``evidence_assertion`` spaCy factory (:mod:`extract.assertion.component`): assesses the
  spans of ``doc.spans["claim_targets"]`` into ``span._.assertion``.

Importing this package imports neither medspaCy nor spaCy's pipeline machinery; ConText is
loaded on first use (see :mod:`extract.assertion.context` for how, and what it costs).
"""

from extract.assertion.assess import AssertionRules, assess, default_rules
from extract.assertion.certainty import grade
from extract.assertion.cues import AssertionCues, CueFileError, load_cues, parse_cues

__all__ = [
    "AssertionCues",
    "AssertionRules",
    "CueFileError",
    "assess",
    "default_rules",
    "grade",
    "load_cues",
    "parse_cues",
]
