"""The linker's word lists (``data/linking.json``), validated on load.

Stopwords, nouns too generic to name a concept on their own, and the determiners dropped from
the start of a mention. They are data a user can read and edit; a malformed file fails loudly,
naming the file and the field.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from extract.datafiles import load_data_file


class LinkerCueError(ValueError):
    """The linker's word lists are missing, not JSON, or invalid."""


def single_words(value: frozenset[str]) -> frozenset[str]:
    """``value`` when every entry is one lowercase word, else a ValueError naming the others."""
    bad = [w for w in value if not w or w != w.strip().lower() or " " in w]
    if bad:
        raise ValueError(f"entries must be single lowercase words: {sorted(bad)}")
    return value


class HelpSeeking(BaseModel):
    """Advice to seek care, read from a mention's words: a verb of contact ("see", "call", "ask",
    "book") first, then who is seen or a word of emergency."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    verbs: frozenset[str] = Field(description="Verbs of contact, in every form a mention may start with ('see', 'booking').")
    clinicians: frozenset[str] = Field(description="Words for who gives care or advice ('gp', 'pharmacist', 'helpline').")
    clinician_endings: tuple[str, ...] = Field(default=(), description="Endings of such words ('ologist': 'rheumatologist').")
    emergency: frozenset[str] = Field(description="Words of an emergency ('999', 'a&e', 'ambulance', 'urgent').")
    consultation: str = Field(description="The concept of advice to see a clinician.")
    emergency_care: str = Field(description="The concept of advice to get emergency care.")

    @field_validator("verbs", "clinicians", "emergency")
    @classmethod
    def _words(cls, value: frozenset[str]) -> frozenset[str]:
        return single_words(value)


class OlderAge(BaseModel):
    """Older age written as a threshold ("over 65", "after age 60", "being older than 50", "people
    aged 45 or over"): the concept of ageing, a risk factor."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    people: frozenset[str] = Field(description="Words that may come before the threshold ('being', 'adults', 'age').")
    comparatives: tuple[str, ...] = Field(description="What makes the number a lower bound ('over', 'older than').")
    min_age: int = Field(ge=1, le=120, description="The least age that counts as older age ('over 18' is none).")
    concept: str = Field(description="The concept of ageing.")

    @field_validator("people")
    @classmethod
    def _words(cls, value: frozenset[str]) -> frozenset[str]:
        return single_words(value)

    @field_validator("comparatives")
    @classmethod
    def _phrases(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        bad = [p for p in value if not p or p != " ".join(p.split()).lower() or not all(w.isalpha() for w in p.split())]
        if bad:
            raise ValueError(f"entries must be lowercase words separated by single spaces: {bad}")
        return value


class Spelling(BaseModel):
    """A British spelling and its American form, as a regular expression over lowercase text and its
    replacement ("haemorrhage" -> "hemorrhage"), with examples checked on load."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    pattern: str = Field(description="A regular expression over lowercase text.")
    replacement: str = Field(description="Its replacement (re.sub syntax: \\1 for a group).")
    examples: tuple[tuple[str, str], ...] = Field(description="[british, american] pairs the rule must turn one into the other.")
    unchanged: tuple[str, ...] = Field(default=(), description="Words the rule must leave as they are.")

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as e:
            raise ValueError(f"{value!r} is no regular expression: {e}") from e
        return value

    @model_validator(mode="after")
    def _examples_hold(self) -> "Spelling":
        if not self.examples:
            raise ValueError(f"{self.pattern!r}: needs at least one example")
        program = re.compile(self.pattern)
        wrong = [(gb, program.sub(self.replacement, gb), us) for gb, us in self.examples if program.sub(self.replacement, gb) != us]
        wrong += [(w, program.sub(self.replacement, w), w) for w in self.unchanged if program.sub(self.replacement, w) != w]
        if wrong:
            raise ValueError(f"{self.pattern!r} gives {', '.join(f'{a!r} -> {b!r} (expected {c!r})' for a, b, c in wrong)}")
        return self


class LinkerCues(BaseModel):
    """Word lists the linker uses (see ``data/linking.json``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: str
    description: str = ""
    stopwords: frozenset[str]
    generic_words: frozenset[str]
    leading_words: frozenset[str]
    dosage_forms: frozenset[str] = Field(
        default_factory=frozenset,
        description="Words for the form a drug is given in ('tablets', 'cream'), dropped from the end of a mention "
        "that is no exact name ('antiviral tablets' -> 'antiviral').",
    )
    drug_heads: frozenset[str] = Field(
        default_factory=frozenset,
        description="Head nouns a class of drugs is named with interchangeably ('medicines', 'medications', "
        "'drugs', 'painkillers'): a mention ending in one that is no exact name links to the same words with another "
        "('anti-sickness medicines' -> 'anti-sickness medication' when that is a drug's name).",
    )
    taking_verbs: frozenset[str] = Field(
        default_factory=frozenset,
        description="Verbs of taking or using a treatment, and their particles ('take', 'keep', 'taking', "
        "'apply', 'carry', 'on', 'with'): up to three of them may start a mention that refers back to an intervention.",
    )
    intervention_pronouns: frozenset[str] = Field(
        default_factory=frozenset,
        description="Pronouns that stand for an intervention named before ('it', 'them', 'one').",
    )
    anaphoric_determiners: frozenset[str] = Field(
        default_factory=frozenset,
        description="Determiners that, before a bare dosage form, point back to a drug named before ('these "
        "tablets', 'the cream', 'your spray').",
    )
    episode_words: frozenset[str] = Field(
        default_factory=frozenset,
        description="Nouns for one occurrence of a condition ('attacks', 'flare-ups'), dropped from the end of a "
        "mention that is no exact name when the rest names a disorder or finding ('migraine attacks' -> 'migraine').",
    )
    polar_words: frozenset[str] = Field(
        default_factory=frozenset,
        description="Direction words ('low', 'raised', 'loss'): a near alias that adds one the mention lacks is "
        "discounted ('blood pressure' is no 'low blood pressure').",
    )
    adjective_endings: tuple[str, ...] = Field(
        default=(),
        description="Word endings that mark an adjective ('-ic', '-al', '-ive'): a one-word first conjunct with one "
        "('chronic and persistent back pain') is a modifier of the shared head, not a name of its own.",
    )
    course_words: frozenset[str] = Field(
        default_factory=frozenset,
        description="Words for the course of a condition ('chronic', 'acute', 'recurrent'): a mention made of them "
        "and a one-word head that is no exact name and no near one falls back on the head when it names a disorder "
        "or finding ('chronic insomnia' -> 'insomnia'); 'chronic pain', an exact name, stays whole.",
    )
    complement_verbs: frozenset[str] = Field(
        default_factory=frozenset,
        description="Verbs that take an adjective for the state of the subject ('feel', 'become', 'look'): dropped "
        "from the start of a two-word mention before its adjective is nominalized ('feel nauseous' -> 'nausea').",
    )
    nominal_endings: tuple[tuple[str, str], ...] = Field(
        default=(),
        description="[adjective ending, noun ending] pairs, tried in order: a one-word mention that is no exact name, "
        "made a noun this way, names the finding the noun names ('dizzy' -> 'dizziness', 'numb' -> 'numbness', "
        "'painful' -> 'pain', 'nauseous' -> 'nausea', 'bloated' -> 'bloating', 'obese' -> 'obesity').",
    )
    direction_synonyms: tuple[tuple[str, ...], ...] = Field(
        default=(),
        description="Groups of words that give a measure the same direction ('high', 'raised', 'increased', "
        "'elevated'): a mention that starts with one and is no exact name links to the name written with another "
        "('high triglycerides' -> 'increased triglycerides').",
    )
    help_seeking: Optional["HelpSeeking"] = Field(
        default=None,
        description="Advice to seek care ('see your GP', 'call 999'): the verbs, the words for who is seen and for an "
        "emergency, and the two concepts they name.",
    )
    older_age: Optional["OlderAge"] = Field(
        default=None,
        description="Older age written as a threshold ('over 65', 'after age 60'): the words around it and the "
        "concept it names.",
    )
    condition_references: frozenset[str] = Field(
        default_factory=frozenset,
        description="Words that refer back to the condition a page is about ('it', 'they', 'the condition', 'this "
        "disease'): a condition mention made only of them (after leading words) and episode words ('attacks', 'a "
        "flare') that links to nothing takes the condition the document's claims name most often.",
    )
    name_extenders: frozenset[str] = Field(
        default_factory=frozenset,
        description="Words after a condition's name in a page's title that make it the name of another condition "
        "('Pain After Failed Back Surgery', 'Osteoarthritis of the Knee'): the words before them are no name of the "
        "page's condition.",
    )
    naming_words: frozenset[str] = Field(
        default_factory=frozenset,
        description="Words that introduce a name ('the chest pain called pleurisy', 'a condition known as ...' has its "
        "stopword 'as'): a condition's name in a page's title after one is a whole name, as after a function word.",
    )
    general_concepts: dict[str, frozenset[str]] = Field(
        default_factory=dict,
        description="General concept id -> the head words a mention of it and its specific concepts' names share.",
    )
    spellings: tuple[Spelling, ...] = Field(
        default=(),
        description="British spellings and their American forms ('haemorrhage' -> 'hemorrhage', 'generalised' -> "
        "'generalized'): a mention that links to no exact name as written is also looked up in American spelling, "
        "the spelling of most of the vocabularies' names.",
    )

    @field_validator("general_concepts")
    @classmethod
    def _general(cls, value: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
        for cid, heads in value.items():
            if ":" not in cid or not heads:
                raise ValueError(f"{cid!r}: needs a vocabulary-prefixed id and at least one head word")
            bad = [w for w in heads if not w or w != w.strip().lower() or " " in w]
            if bad:
                raise ValueError(f"{cid}: head words must be single lowercase words: {sorted(bad)}")
        return value

    @field_validator("direction_synonyms")
    @classmethod
    def _directions(cls, value: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
        words = [w for group in value for w in group]
        bad = [g for g in value if len(g) < 2 or any(not w.isalpha() or w != w.lower() for w in g)]
        if bad or len(words) != len(set(words)):
            raise ValueError(f"direction synonyms are groups of two lowercase words or more, each word in one group: {bad or words}")
        return value

    @field_validator("nominal_endings")
    @classmethod
    def _endings(cls, value: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
        bad = [pair for pair in value if any(e and (e != e.lower() or not e.isalpha()) for e in pair) or pair[0] == pair[1]]
        if bad:
            raise ValueError(f"endings must be lowercase letters (or empty), the two different: {bad}")
        return value

    @field_validator("stopwords", "generic_words", "leading_words", "dosage_forms", "drug_heads", "course_words", "episode_words", "polar_words", "adjective_endings",
                     "complement_verbs", "condition_references", "name_extenders", "naming_words", "taking_verbs", "intervention_pronouns",
                     "anaphoric_determiners")
    @classmethod
    def _lowercase_words(cls, value: frozenset[str]) -> frozenset[str]:
        return single_words(value)


def american_spelling(text: str, spellings: tuple[Spelling, ...]) -> str:
    """``text`` (lowercased) in American spelling by the ``spellings`` rules, applied in order."""
    out = text.lower()
    anywhere = _any_rule(tuple(rule.pattern for rule in spellings))
    if anywhere is not None and anywhere.search(out) is None:
        return out  # no rule matches the text, so none changes it: each rule sees the text as written
    for rule in spellings:
        out = _compiled(rule.pattern).sub(rule.replacement, out)
    return out


#: What a pattern may hold that an alternation of the patterns would read otherwise: a group
#: referred back to by number or name (the numbers shift), a flag of its own ("(?i)").
_NOT_ALTERNABLE = re.compile(r"\\[1-9]|\(\?P=|\(\?[aiLmsux]+\)")


@lru_cache(maxsize=8)
def _any_rule(patterns: tuple[str, ...]) -> Optional[re.Pattern]:
    """One pattern matching wherever one of ``patterns`` matches (their alternation, each in a
    group of its own), or None when one of them cannot be put in an alternation unchanged: most
    mentions hold no British spelling, and one scan tells so instead of a substitution per rule."""
    if not patterns or any(_NOT_ALTERNABLE.search(p) for p in patterns):
        return None
    return re.compile("|".join(f"(?:{p})" for p in patterns))


@lru_cache(maxsize=64)
def _compiled(pattern: str) -> re.Pattern:
    return re.compile(pattern)


@lru_cache(maxsize=8)
def load_linker_cues(path: Optional[str] = None) -> LinkerCues:
    """Load the linker's word lists: the packaged defaults, or a user's file at ``path``."""
    return load_data_file(LinkerCues, "extract.linking", "linking.json", path, LinkerCueError, "word list")
