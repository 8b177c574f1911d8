"""Drug classes from drug-name stems (``data/drug_stems.json``), validated on load.

No vocabulary lists every drug a page may name, but drug names are not arbitrary: the WHO's
International Nonproprietary Names (INN) and the USAN system build a name from a stem that
states the class ("amoxi*cillin*", "atorva*statin*" by "-vastatin", "adalimu*mab*"). A page's
"flucloxacillin" or "temazepam" is in none of the shipped vocabularies, but its stem says it is
an antibiotic or a benzodiazepine. The linker uses :func:`stem_concept` as its last exact-like
match, for a one-word mention (after leading modifiers are dropped) that no alias names.

Each stem names one curated class concept, applies to words of at least ``min_length`` letters
("April" is no ACE inhibitor) and not to the endings listed in ``exclude_endings`` ("cholesterol"
is no "-terol" bronchodilator); its ``examples`` are checked on load: each must take its own stem
and no longer stem of another class, so that the file documents what it does and cannot
contradict itself. The longest matching stem wins ("-vastatin" over any shorter one).
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple, Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from extract.datafiles import load_data_file


class DrugStemError(ValueError):
    """The drug stem file is missing, not JSON, or invalid."""


class Stem(BaseModel):
    """One stem and the class it names."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    ending: Optional[str] = Field(default=None, description="The stem, at the end of a name ('cillin').")
    beginning: Optional[str] = Field(default=None, description="The stem, at the start of a name ('cef').")
    concept: str = Field(description="The curated class concept the stem names ('EV:antibiotics').")
    min_length: int = Field(default=7, ge=4, description="The shortest word the stem applies to.")
    exclude_endings: tuple[str, ...] = Field(default=(), description="Endings of words the stem does not take.")
    examples: tuple[str, ...] = Field(min_length=1, description="Names the stem must take (checked on load).")
    note: str = ""

    @field_validator("ending", "beginning", "exclude_endings", "examples")
    @classmethod
    def _lowercase_letters(cls, value):  # noqa: ANN001, ANN206 - a str, None or a tuple of str
        for word in (value,) if isinstance(value, str) else value or ():
            if not word.isascii() or not word.isalpha() or word != word.lower():
                raise ValueError(f"{word!r}: stems, exclusions and examples are lowercase ASCII letters")
        return value

    @model_validator(mode="after")
    def _one_place(self) -> "Stem":
        if (self.ending is None) == (self.beginning is None):
            raise ValueError(f"a stem has an 'ending' or a 'beginning', exactly one (concept {self.concept})")
        if not self.concept.startswith("EV:"):
            raise ValueError(f"{self.concept!r}: a stem names a curated class concept (an 'EV:' id)")
        return self

    @property
    def label(self) -> str:
        """How the stem is written: "-cillin", "cef-"."""
        return f"-{self.ending}" if self.ending is not None else f"{self.beginning}-"

    def takes(self, word: str) -> bool:
        """Whether ``word`` (lowercase) is a name of this stem."""
        if len(word) < self.min_length or word.endswith(self.exclude_endings):
            return False
        return word.endswith(self.ending) if self.ending is not None else word.startswith(self.beginning or "")


class StemMatch(NamedTuple):
    concept: str  #: the class concept id
    label: str  #: the stem as written ("-cillin")


class DrugStems(BaseModel):
    """The stem file (see ``data/drug_stems.json``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: str
    description: str = ""
    stems: tuple[Stem, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _examples_take_their_stem(self) -> "DrugStems":
        for stem in self.stems:
            for example in stem.examples:
                found = match(example, self)
                if found is None or found.concept != stem.concept:
                    got = f"{found.label} ({found.concept})" if found else "no stem"
                    raise ValueError(f"example {example!r} of {stem.label} ({stem.concept}) takes {got}")
        return self

    def concepts(self) -> set[str]:
        return {s.concept for s in self.stems}


def match(word: str, stems: DrugStems) -> Optional[StemMatch]:
    """The class concept of the longest stem that takes ``word`` (a single lowercase word), or None.
    A hyphenated combination is read by its last part ("romosozumab-alendronate": "-dronate")."""
    if "-" in word:
        word = word.rsplit("-", 1)[1]
    if not word.isalpha():
        return None
    best: Optional[Stem] = None
    for stem in _candidates(word, stems):
        if stem.takes(word) and (best is None or len(stem.ending or stem.beginning or "") > len(best.ending or best.beginning or "")):
            best = stem
    return StemMatch(best.concept, best.label) if best is not None else None


class _StemIndex(NamedTuple):
    """The stems of a file by their ending and by their beginning, with their place in the file."""

    stems: DrugStems  #: the file indexed (an index is kept per file object)
    endings: dict[str, tuple[tuple[int, Stem], ...]]
    beginnings: dict[str, tuple[tuple[int, Stem], ...]]
    lengths: tuple[int, ...]  #: the lengths of the endings and beginnings, each once


#: The index of the stem files met, by object id (the packaged file is loaded once per process).
_indexes: dict[int, _StemIndex] = {}


def _candidates(word: str, stems: DrugStems) -> list[Stem]:
    """The stems of ``stems`` whose ending ends ``word`` or whose beginning begins it, in the
    file's order: the only ones that may take it (:meth:`Stem.takes`), found by a few dictionary
    lookups instead of a test of every stem (the linker asks this of every one-word mention)."""
    index = _indexes.get(id(stems))
    if index is None or index.stems is not stems:
        endings: dict[str, list[tuple[int, Stem]]] = {}
        beginnings: dict[str, list[tuple[int, Stem]]] = {}
        for n, stem in enumerate(stems.stems):
            if stem.ending is not None:
                endings.setdefault(stem.ending, []).append((n, stem))
            else:
                beginnings.setdefault(stem.beginning or "", []).append((n, stem))
        lengths = tuple(sorted({len(k) for k in endings} | {len(k) for k in beginnings}))
        index = _indexes[id(stems)] = _StemIndex(stems, {k: tuple(v) for k, v in endings.items()},
                                                 {k: tuple(v) for k, v in beginnings.items()}, lengths)
    found: list[tuple[int, Stem]] = []
    for n in index.lengths:
        if n > len(word):
            break
        found += index.endings.get(word[len(word) - n :], ())
        found += index.beginnings.get(word[:n], ())
    found.sort(key=lambda pair: pair[0])
    return [stem for _, stem in found]


@lru_cache(maxsize=4)
def load_drug_stems(path: Optional[str] = None) -> DrugStems:
    """The packaged stem file, or a user's file at ``path``, validated."""
    return load_data_file(DrugStems, "extract.linking", "drug_stems.json", path, DrugStemError, "drug stem file")


@lru_cache(maxsize=1 << 14)
def stem_concept(word: str) -> Optional[StemMatch]:
    """:func:`match` against the packaged stems (answers kept: the same words come back)."""
    return match(word, load_drug_stems())
