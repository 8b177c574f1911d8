"""Figures: statistics that a text asserts, found in sentences and described.

This stage owns everything between a sentence and a ``statistic`` claim: the cue lists
(``data/figures.json``, validated on load), number and interval parsing, the rules that tell a
figure that is a claim from a number that is not (years, reference markers, scales,
thresholds that define an outcome, phone numbers), the context of a figure (outcome,
population, intervention, time frame, polarity, denominator) and the spaCy component that
wires these pure functions to a ``Doc``.
"""

from extract.figures.cues import FigureCues, load_cues
from extract.figures.finder import FigureMention, find_figures

__all__ = ["FigureCues", "FigureMention", "find_figures", "load_cues"]
