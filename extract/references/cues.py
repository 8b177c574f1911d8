"""Loading and validating the cues of the references stage (``data/references.json``).

The file is data a user can read and edit; a malformed one fails on load naming the file and
the field (:class:`~extract.figures.cues.CueFileError`, as every cue file of the package).
Phrases are lower-cased on load and compiled once into word-bounded regular expressions.
"""

from __future__ import annotations

from functools import cached_property, lru_cache
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator

from extract import regexcache as re  # re, with compiled patterns cached on disk
from extract.datafiles import load_data_file, validate_data
from extract.figures.cues import CueFileError


def phrase_regex(phrases: list[str]) -> re.Pattern[str]:
    """One case-insensitive regex matching any of ``phrases`` as whole words, longest first."""
    parts = []
    for p in sorted(set(phrases), key=lambda p: (-len(p), p)):  # ties alphabetical: one pattern in every process
        esc = re.escape(p).replace(r"\ ", r"\s+")
        parts.append((r"\b" if p[:1].isalnum() else "") + esc + (r"\b" if p[-1:].isalnum() else ""))
    return re.compile("(?:" + "|".join(parts) + ")", re.I)


class ReferenceCues(BaseModel):
    """Every cue list the references stage uses."""

    model_config = ConfigDict(extra="forbid", frozen=True, ignored_types=(cached_property,))

    version: str
    description: str = ""
    headings: list[str] = Field(
        min_length=1, description="Headings of reference lists ('References', 'Sources'); matched whole, any case."
    )
    heading_suffixes: list[str] = Field(
        default_factory=list, description="Words that may follow a heading ('Medical references for this article')."
    )
    study_nouns: list[str] = Field(
        min_length=1, description="Words that make a sentence with a marker introduce a study ('An October 2021 study (1)')."
    )
    intro_window: int = Field(ge=1, le=30, description="How many words before the marker a study noun may stand.")
    study_anaphora: list[str] = Field(
        min_length=1, description="Words with which a later sentence goes on reporting the study ('The researchers ...')."
    )
    anaphora_window: int = Field(ge=1, le=30, description="Within how many words of the sentence start they must stand.")
    access_cues: list[str] = Field(
        default_factory=list, description="Words before a date that is no publication year ('Accessed June 1, 2023')."
    )
    glued_word_exclusions: list[str] = Field(
        default_factory=list,
        description="Words a number glued to is part of, never a superscript marker ('Covid19', 'Omega3').",
    )

    @field_validator("headings", "heading_suffixes", "study_nouns", "study_anaphora", "access_cues", "glued_word_exclusions")
    @classmethod
    def _clean(cls, value: list[str]) -> list[str]:
        if any(not v.strip() for v in value):
            raise ValueError("cue lists must not contain empty strings")
        return [" ".join(v.lower().split()) for v in value]

    @cached_property
    def heading_set(self) -> frozenset[str]:
        """The headings, and each followed by each suffix ("medical references for this article")."""
        return frozenset(self.headings) | frozenset(f"{h} {s}" for h in self.headings for s in self.heading_suffixes)

    @cached_property
    def study_noun_re(self) -> re.Pattern[str]:
        return phrase_regex(self.study_nouns)

    @cached_property
    def anaphora_re(self) -> re.Pattern[str]:
        return phrase_regex(self.study_anaphora)

    @cached_property
    def access_re(self) -> Optional[re.Pattern[str]]:
        return phrase_regex(self.access_cues) if self.access_cues else None

    @cached_property
    def glued_exclusion_set(self) -> frozenset[str]:
        return frozenset(self.glued_word_exclusions)


def parse_reference_cues(data: dict, where: str = "<dict>") -> ReferenceCues:
    """Validate a cue dictionary; raise :class:`CueFileError` naming the bad fields."""
    return validate_data(ReferenceCues, data, where, CueFileError)


@lru_cache(maxsize=8)
def load_reference_cues(path: Optional[str] = None) -> ReferenceCues:
    """Load the references cues: the packaged defaults, or a user's file at ``path``."""
    return load_data_file(ReferenceCues, "extract.references", "references.json", path, CueFileError)
