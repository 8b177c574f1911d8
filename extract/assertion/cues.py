"""Loading and validating the assertion cue file (``extract/assertion/data/hedges.json``).

The cue lists are data, not code: a user can read and edit them, and a malformed file fails
loudly on load, naming the file and the field. One file holds the project's own rules (groups
of phrases and patterns, clause boundaries, pseudo-cues) and the settings under which medspaCy's
ConText default rules are used (category mapping, grades, rules disabled for this genre).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from extract import regexcache as re  # re, with compiled patterns cached on disk
from extract.datafiles import read_data_file, validate_data
from extract.records.models import CueKind

#: How certain a hedge makes its claim (see :func:`extract.assertion.certainty.grade`).
HedgeGrade = Literal["probable", "possible", "doubtful"]

#: Where a cue looks for the claims it modifies, always within its clause:
#: ``forward`` after it, ``backward`` before it (postposed cues), ``clause`` anywhere in its
#: clause (cues that scope over the whole proposition, its subject included), ``condition``
#: like ``clause`` and also across the comma that closes a sentence-initial subordinate clause
#: ("If X, Y": Y too), ``next`` only a claim that begins at the cue or within
#: ``max_gap_words`` words after it.
Direction = Literal["forward", "backward", "clause", "condition", "next", "label"]


class CueFileError(ValueError):
    """The cue file is missing, not JSON, or does not match its schema."""


def _check_phrases(value: list[str]) -> list[str]:
    if any(not v.strip() for v in value):
        raise ValueError("phrases must not be empty")
    lowered = [" ".join(v.lower().split()) for v in value]
    dupes = sorted({v for v in lowered if lowered.count(v) > 1})
    if dupes:
        raise ValueError(f"duplicate phrases: {dupes}")
    return lowered


def _check_patterns(value: list[str]) -> list[str]:
    for pattern in value:
        try:
            compiled = re.compile(pattern, re.IGNORECASE)
        except re.error as e:
            raise ValueError(f"pattern {pattern!r} does not compile: {e}") from e
        if compiled.match(""):
            raise ValueError(f"pattern {pattern!r} matches the empty string")
    return value


class PhraseList(BaseModel):
    """Phrases (literal, whitespace-flexible) and regular expressions."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    description: str = ""
    phrases: list[str] = Field(default_factory=list)
    patterns: list[str] = Field(default_factory=list)

    @field_validator("phrases")
    @classmethod
    def _valid_phrases(cls, value: list[str]) -> list[str]:
        return _check_phrases(value)

    @field_validator("patterns")
    @classmethod
    def _valid_patterns(cls, value: list[str]) -> list[str]:
        return _check_patterns(value)


class CueGroup(PhraseList):
    """Cues of one kind, category, grade and direction (one entry of ``groups``)."""

    name: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    kind: CueKind
    category: str = Field(pattern=r"^[A-Z][A-Z0-9_]*$", description="Written into every cue it finds.")
    grade: Optional[HedgeGrade] = Field(default=None, description="Required for hedges, forbidden otherwise.")
    direction: Direction
    max_gap_words: Optional[int] = Field(default=None, ge=0, le=6, description="Only for direction 'next'.")

    @model_validator(mode="after")
    def _consistent(self) -> "CueGroup":
        if not self.phrases and not self.patterns:
            raise ValueError(f"group {self.name!r} has neither phrases nor patterns")
        if (self.kind == "hedged") != (self.grade is not None):
            raise ValueError(f"group {self.name!r}: a grade is required for hedges and only for hedges")
        if (self.direction == "next") != (self.max_gap_words is not None):
            raise ValueError(f"group {self.name!r}: max_gap_words goes with direction 'next' and only with it")
        return self


ContextCategory = Literal["NEGATED_EXISTENCE", "POSSIBLE_EXISTENCE", "HYPOTHETICAL", "HISTORICAL", "FAMILY"]


class ContextSettings(BaseModel):
    """How medspaCy ConText's default rules are used."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    description: str = ""
    categories: dict[ContextCategory, Literal["negated", "hedged", "hypothetical"]]
    grades: dict[ContextCategory, HedgeGrade] = Field(default_factory=dict)
    disabled_rules: dict[str, str] = Field(
        default_factory=dict, description="Literal of a default rule -> why it is disabled in this genre."
    )

    @model_validator(mode="after")
    def _grades_for_hedges(self) -> "ContextSettings":
        hedges = {c for c, kind in self.categories.items() if kind == "hedged"}
        if set(self.grades) != hedges:
            raise ValueError(f"grades must be given for exactly the hedge categories {sorted(hedges)}")
        return self


class VerbJoins(BaseModel):
    """Where "and" joins a second finite verb to the first ("The nerve does not recover and continues to cause pain";
    "Ibuprofen does not cure gout and can upset the stomach"): the second verb is a predicate of its own, with its own
    tense, modality and polarity, so a cue of the first does not reach a claim read from the second."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    conjunctions: list[str] = Field(min_length=1, description="The joining words (a comma before one is a clause "
                                    "boundary already).")
    adverbs: list[str] = Field(default_factory=list, description="Adverbs that may stand between the conjunction and "
                               "the verb ('and also raises'); any word ending in -ly is one too.")
    finite_verbs: list[str] = Field(min_length=1, description="Modals and auxiliaries that make a finite verb after "
                                    "the conjunction ('and can', 'and is'). A present-tense verb in -s whose stem the "
                                    "lexicon knows as a verb counts too, when it cannot be a noun or an object opener "
                                    "follows it ('and continues', 'and leads to').")
    object_openers: list[str] = Field(default_factory=list, description="Words after an -s form that make it a verb "
                                      "rather than a plural noun ('and increases the risk', 'and goes on').")

    @field_validator("conjunctions", "adverbs", "finite_verbs", "object_openers")
    @classmethod
    def _valid_words(cls, value: list[str]) -> list[str]:
        bad = [w for w in value if not w or w != w.strip().lower() or " " in w]
        if bad:
            raise ValueError(f"single lower-case words expected, got {bad}")
        return value


class AssertionCues(BaseModel):
    """Everything the assertion stage reads from ``data/hedges.json``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: str
    description: str = ""
    clause_boundaries: list[str] = Field(min_length=1)
    subordinators: list[str] = Field(
        default_factory=list,
        description="Boundaries that, opening a sentence, also end their clause at the next comma.",
    )
    relative_pronouns: list[str] = Field(
        min_length=1,
        description="Words opening a relative or complement clause: a negation inside one ('chest pain that does not "
        "go away') describes the thing named before it and does not deny it.",
    )
    relative_subject_openers: list[str] = Field(
        min_length=1,
        description="Pronouns and determiners that may open the relative clause's own subject before the negation "
        "('a tremor that you can't control').",
    )
    clause_conjunctions: list[str] = Field(
        default_factory=list,
        description="Conjunctions that open a clause of reason or consequence after a comma when a subject opened by "
        "one of relative_subject_openers follows ('Do not rub your eyes, as this can make them worse'; '..., so you "
        "will need to'): a clause boundary there, so the first clause's negation stays in it.",
    )
    alternative_clause_subjects: list[str] = Field(
        default_factory=list,
        description="Pronoun subjects that open a second clause after ', or' ('you may be free of pain, or you may be left "
        "with a dull ache'): a clause boundary there, so the first clause's negation stays in it (a determiner does not: "
        "'no fever, or a rash' lists what is denied).",
    )
    verb_joins: Optional[VerbJoins] = Field(
        default=None, description="A second finite verb joined by 'and': the boundary of the first verb's cues (see "
        "VerbJoins). None: no such boundary.")
    partial_subjects: list[str] = Field(
        default_factory=list,
        description="Patterns of a proportion of a group ('30% of', '1 in 4', 'a third of'): a negation whose clause "
        "opens with one says what that part of the group does not do or have ('About 1 in 4 people with migraine do "
        "not respond to triptans') and denies no claim of the whole.",
    )
    pseudo: PhraseList
    groups: list[CueGroup] = Field(min_length=1)
    context: ContextSettings

    @field_validator("clause_boundaries", "subordinators", "relative_pronouns", "relative_subject_openers", "clause_conjunctions",
                     "alternative_clause_subjects")
    @classmethod
    def _valid_boundaries(cls, value: list[str]) -> list[str]:
        return _check_phrases(value)

    @field_validator("partial_subjects")
    @classmethod
    def _valid_partial_subjects(cls, value: list[str]) -> list[str]:
        return _check_patterns(value)

    @model_validator(mode="after")
    def _consistent(self) -> "AssertionCues":
        names = [g.name for g in self.groups]
        if len(set(names)) != len(names):
            raise ValueError(f"group names must be unique: {names}")
        grades: dict[str, Optional[str]] = {}
        seen: dict[tuple[str, str], str] = {}
        for g in self.groups:
            for phrase in g.phrases:
                other = seen.setdefault((g.kind, phrase), g.name)
                if other != g.name:
                    raise ValueError(f"{phrase!r} is in two groups of kind {g.kind!r}: {other}, {g.name}")
            if grades.setdefault(g.category, g.grade) != g.grade:
                raise ValueError(f"category {g.category!r} has two grades; a category must name one grade")
        unknown = set(self.subordinators) - set(self.clause_boundaries)
        if unknown:
            raise ValueError(f"subordinators must also be clause boundaries: {sorted(unknown)}")
        return self

    def grade_of(self, category: str) -> Optional[str]:
        """The hedge grade a cue category stands for (None for non-hedges)."""
        for g in self.groups:
            if g.category == category:
                return g.grade
        return self.context.grades.get(category)  # type: ignore[call-overload]


def parse_cues(data: dict, where: str = "<dict>") -> AssertionCues:
    """Validate a cue dictionary; raise :class:`CueFileError` naming the bad fields."""
    return validate_data(AssertionCues, data, where, CueFileError)


@lru_cache(maxsize=8)
def load_cues(path: Optional[str] = None) -> AssertionCues:
    """Load the assertion cues: the packaged defaults, or a user's file at ``path``."""
    data, where = read_data_file("extract.assertion", "hedges.json", path, CueFileError)
    return parse_cues(data, where)
