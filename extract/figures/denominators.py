"""Denominators: the study sample a proportion is out of, when the document states one.

"The research team examined the files of 107 patients ..." followed by "48.5% of patients had
..." gives the 48.5% a denominator n = 107. Only proportions about the whole sample get it: a
figure about a subgroup ("in patients with radicular pain", "of patients who underwent ...")
is out of an n the text does not give.
"""

from __future__ import annotations

from typing import Optional

from extract import regexcache as re  # re, with compiled patterns cached on disk
from extract.figures.context import FigureContext
from extract.figures.cues import ContextCues
from extract.figures.finder import FigureMention
from extract.records.models import Denominator, StatisticClaim


class SampleTracker:
    """Follows the current study sample through a document, sentence by sentence."""

    def __init__(self, cues: ContextCues) -> None:
        self.research = re.compile(
            r"\b(?:" + "|".join(re.escape(w) for w in cues.research_cues) + r")\b", re.I
        )
        self.people = {w.lower() for w in cues.population_heads}
        self.sample: Optional[Denominator] = None
        self.section: Optional[str] = None
        self._sentence = ""
        self._sample_set_here = False

    def new_sentence(self, sentence: str, section: Optional[str]) -> None:
        """Move to the next sentence; a new section ends the current sample."""
        if section != self.section:
            self.sample = None
            self.section = section
        self._sentence = sentence
        self._sample_set_here = False

    def observe(self, claim: StatisticClaim, mention: FigureMention, ctx: FigureContext) -> StatisticClaim:
        """Record a sample size, or give a whole-sample proportion its denominator."""
        v = claim.value
        if v.unit == "count":
            if (
                not self._sample_set_here
                and v.qualifier == "exact"
                and v.point
                and mention.noun in self.people
                and self.research.search(self._sentence)
            ):
                self.sample = Denominator(
                    n=int(v.point), surface=v.surface, start=v.start, end=v.end, source="study_sample"
                )
                self._sample_set_here = True
            return claim
        if (
            v.unit == "proportion"
            and claim.n is None
            and self.sample is not None
            and v.qualifier in ("exact", "about")
            and v.point is not None
            and ctx.population is not None
            and not ctx.population_restricted
            and v.start > self.sample.end
        ):
            return claim.model_copy(update={"n": self.sample})
        return claim
