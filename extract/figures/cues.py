"""Loading and validating the cue lists that drive figure finding.

Cues are data (``extract/figures/data/*.json``), not code: a user can read and edit them, and
a malformed file fails loudly on load, naming the file and the field.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator

from extract.datafiles import load_data_file, validate_data

QualifierName = Literal["up_to", "more_than", "at_least", "less_than", "about"]


class CueFileError(ValueError):
    """A cue file is missing, not JSON, or does not match its schema."""


class FigureCues(BaseModel):
    """Every cue list the figure finder uses (see ``data/figures.json``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: str
    description: str = ""
    number_words: dict[str, int]
    multipliers: dict[str, int]
    fractions: dict[str, float]
    percent_words: list[str]
    qualifiers: dict[QualifierName, list[str]]
    majority_phrases: dict[str, Literal["more_than", "less_than"]]
    people_nouns: list[str]
    count_nouns: dict[str, int] = Field(description="Counted noun -> smallest count that is a claim.")
    evidence_units: list[str] = Field(
        description="Units of a body of evidence ('studies', 'trials', 'records'): how many of them a review "
        "found or a finding rests on ('Eleven trials were included', 'in two randomised trials') is no statistic "
        "of the condition, and neither is the number of people they pooled ('12 trials (1,420 participants)'), "
        "unless the count gives the size of a cited source (see evidence_source_nouns).",
    )
    evidence_sample_links: list[str] = Field(
        description="Words between a count of evidence units and the people they pooled ('25 trials with 2,511 "
        "women', '2 trials, 170 women' needs none).",
    )
    usual_care_verbs: list[str] = Field(
        description="'Most people are treated with iron tablets', 'Most men start with a PDE5 inhibitor': a vague "
        "'most' of people followed by what care they are given says what is usually done, no figure (CLAIMS_SPEC).",
    )
    care_scope_nouns: list[str] = Field(
        description="'the first-line treatment for most patients', 'a biopsy of the gut for most adults': 'for "
        "most' after a care noun gives the scope of advice, no figure.",
    )
    most_subject_verbs: list[str] = Field(
        description="'most' alone as the subject of a clause ('and most go away on their own', 'Most heal within "
        "a few weeks'): a vague share of the group just named, when one of these verbs follows it.",
    )
    most_group_pronouns: list[str] = Field(
        description="Groups after 'most of' that are people or the cases just named ('most of them', 'most of us', "
        "'most of the rest').",
    )
    evidence_source_nouns: list[str] = Field(
        description="A cited source whose size is a figure of the gold: 'a review of 28 studies', 'a 2015 review "
        "of 20 trials, with 1,162 participants', 'a trial of 234 patients' (right before 'of' and the count).",
    )
    count_modifiers_max: int = Field(ge=0, le=6)
    count_modifier_stopwords: list[str]
    bare_count_verbs: list[str]
    procedure_participles: list[str] = Field(description="'500,000 performed each year' counts procedures.")
    ratio_words: dict[str, int]
    ratio_statistics: list[str] = Field(description="Names of ratio statistics (odds ratio, HR ...).")
    ratio_markers: list[str]
    ratio_followers: list[str]
    ratio_reference_followers: list[str] = Field(
        description="A multiple of a dose or of a normal value is a dose or a diagnostic threshold, no ratio "
        "statistic ('up to four times the usual dose', 'at least three times higher than normal').",
    )
    or_more_followers: list[str]
    criterion_preceders: list[str]
    definition_cues: list[str]
    change_nouns: list[str]
    percent_non_claim_followers: list[str]
    preparation_nouns: list[str] = Field(
        description="Forms a product comes in: a percentage next to one is its strength, no statistic "
        "('5% w/w cream', 'amorolfine 5% medicated nail lacquer', 'menthol cream (1%)', 'hypertonic saline (6% or 7%)').",
    )
    strength_preceders: list[str] = Field(
        description="Words before a strength ('products containing 0.5% permethrin').",
    )
    strength_subject_verbs: list[str] = Field(
        description="Words after a product named with its strength as a subject ('hydrocortisone 1% is safe', "
        "'lidocaine 5% can be used'): a bare name right before the percentage and one of these right after.",
    )
    time_units: list[str]
    months: list[str]

    @field_validator("fractions")
    @classmethod
    def _fractions_in_unit_interval(cls, value: dict[str, float]) -> dict[str, float]:
        bad = [k for k, v in value.items() if not 0 < v < 1]
        if bad:
            raise ValueError(f"fractions must lie strictly between 0 and 1: {bad}")
        return value

    @field_validator(
        "percent_words",
        "people_nouns",
        "evidence_units",
        "evidence_sample_links",
        "evidence_source_nouns",
        "usual_care_verbs",
        "care_scope_nouns",
        "most_subject_verbs",
        "most_group_pronouns",
        "count_modifier_stopwords",
        "ratio_markers",
        "bare_count_verbs",
        "ratio_followers",
        "ratio_reference_followers",
        "or_more_followers",
        "criterion_preceders",
        "definition_cues",
        "change_nouns",
        "percent_non_claim_followers",
        "preparation_nouns",
        "strength_preceders",
        "strength_subject_verbs",
        "time_units",
        "months",
    )
    @classmethod
    def _non_empty_entries(cls, value: list[str]) -> list[str]:
        if any(not v.strip() for v in value):
            raise ValueError("cue lists must not contain empty strings")
        return [v.lower() for v in value]


def parse_cues(data: dict, where: str = "<dict>") -> FigureCues:
    """Validate a cue dictionary; raise :class:`CueFileError` naming the bad fields."""
    return validate_data(FigureCues, data, where, CueFileError)


@lru_cache(maxsize=8)
def load_cues(path: Optional[str] = None) -> FigureCues:
    """Load the figure cues: the packaged defaults, or a user's file at ``path``."""
    return load_data_file(FigureCues, "extract.figures", "figures.json", path, CueFileError)


class OutcomeAxis(BaseModel):
    """Words that put an outcome on an axis, with the polarity they give it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    positive: list[str]
    negative: list[str]
    priority: int = Field(default=1, description="When a clause holds words of several axes, the highest wins.")


class ContextCues(BaseModel):
    """Cue lists for describing a figure (see ``data/context.json``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: str
    description: str = ""
    clause_boundaries: list[str]
    outcome_boundaries: list[str]
    intervention_triggers: list[str]
    intervention_heads: list[str]
    generic_interventions: list[str]
    intervention_hypernyms: dict[str, str]
    anaphors: list[str]
    population_heads: list[str]
    generic_population: list[str]
    geographic_terms: dict[str, str] = Field(description="Place words -> canonical place.")
    event_units: list[str] = Field(
        description="Nouns that make a figure a share of events or body parts rather than of people ('in 60% of "
        "attacks', '8% of knees'): its population gets the term 'per:<stem>'.",
    )
    population_restrictors: list[str]
    outcome_axes: dict[str, OutcomeAxis]
    axis_exceptions: list[str]
    prevalence_verbs: list[str]
    prevalence_subject_verbs: list[str] = Field(
        description="Verbs whose subject is what a figure right after them is the frequency of ('Endometriosis affects "
        "about 1 in 10 women', 'It is thought to complicate 5% of pregnancies'): the figure's outcome is that subject."
    )
    reporting_participles: list[str] = Field(
        description="Participles of a report or estimate between a subject and its verb ('is thought to affect', 'has "
        "been estimated to complicate')."
    )
    subject_connectors: list[str] = Field(
        description="Function words that may join the words of a condition's name in a prevalence verb's subject "
        "('pain after surgery', 'cancer of the cervix'); any other function word ends the subject."
    )
    time_frames: list[str] = Field(description="Regular expressions of time frames.")
    number_words_time: dict[str, int] = Field(description="Number words of time frames ('a year' is 1 year).")
    stopwords: list[str]
    function_words: list[str] = Field(description="Words that end a noun phrase.")
    trailing_participles: list[str] = Field(description="Words dropped from the end of an intervention phrase.")
    stem_map: dict[str, str]
    spelling_variants: dict[str, str] = Field(
        default_factory=dict,
        description="British spellings and their American forms, replaced inside a word before it is stemmed "
        "('apnoea' -> 'apnea', 'anaemia' -> 'anemia', 'randomised' -> 'randomized'): both spellings meet.",
    )
    research_cues: list[str]
    generic_topic_words: list[str]
    part_connectors: list[str]
    partitions: list[list[str]]

    @field_validator("time_frames")
    @classmethod
    def _regexes_compile(cls, value: list[str]) -> list[str]:
        import re

        for pattern in value:
            try:
                re.compile(pattern)
            except re.error as e:
                raise ValueError(f"time frame pattern {pattern!r} does not compile: {e}") from e
        return value

    @field_validator("partitions")
    @classmethod
    def _partitions_have_parts(cls, value: list[list[str]]) -> list[list[str]]:
        if any(len(p) < 2 for p in value):
            raise ValueError("every partition needs at least two parts")
        return value


@lru_cache(maxsize=8)
def load_context_cues(path: Optional[str] = None) -> ContextCues:
    """Load the context cues: the packaged defaults, or a user's file at ``path``."""
    return load_data_file(ContextCues, "extract.figures", "context.json", path, CueFileError)
