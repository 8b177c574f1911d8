"""The project's own vocabulary (``data/curated.json``): concepts HPO and ICD-10-CM lack.

Interventions (procedures, drugs, therapies, devices), risk factors and behaviors, a few
conditions with the names patients and clinics use ("failed back surgery syndrome", "FBSS"),
and anatomy. The file is data a user can read and edit; it is validated on load (ids, types,
one-sentence definitions, no alias shared by two concepts) and, at build time, against the
loaded vocabularies: every ``related`` id must exist in HPO or ICD-10-CM.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from extract import regexcache as re  # re, with compiled patterns cached on disk
from extract.datafiles import read_data_file, validate_data
from extract.linking.normalize import names_of_several, normalize, repeated
from extract.linking.records import Alias, ConceptType, Term, VocabularySource

_ID = r"^EV:[a-z0-9]+(?:_[a-z0-9]+)*$"
_HPO_ID = re.compile(r"^HP:\d{7}$")
_ICD_CODE = re.compile(r"^[A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?$")


class CuratedVocabularyError(ValueError):
    """The curated vocabulary is missing, not JSON, invalid, or refers to unknown ids."""


class CuratedConcept(BaseModel):
    """A concept of the project's vocabulary."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=_ID, description="EV:<snake_case_slug>, e.g. EV:spinal_cord_stimulation.")
    name: str = Field(min_length=2)
    type: ConceptType
    definition: str = Field(description="One sentence saying what the concept is.")
    synonyms: list[str] = Field(default_factory=list, description="Other names, in any context (abbreviations too).")
    related_synonyms: list[str] = Field(
        default_factory=list,
        description="Names used for the concept only in some contexts ('scar tissue' for epidural fibrosis): "
        "they rank below exact names, and the sentence context decides between concepts sharing them.",
    )
    related: list[str] = Field(
        default_factory=list, description="HPO ids and ICD-10-CM codes the concept corresponds to."
    )

    @field_validator("definition")
    @classmethod
    def _one_sentence(cls, value: str) -> str:
        value = value.strip()
        if not value.endswith(".") or re.search(r"[.!?]\s+[A-Z]", value) or len(value) < 15:
            raise ValueError("the definition must be one sentence ending with a full stop")
        return value

    @field_validator("synonyms", "related_synonyms")
    @classmethod
    def _non_empty(cls, value: list[str]) -> list[str]:
        if any(not normalize(v) for v in value):
            raise ValueError("synonyms must not be empty")
        return value

    @field_validator("related")
    @classmethod
    def _known_id_forms(cls, value: list[str]) -> list[str]:
        bad = [v for v in value if not (_HPO_ID.match(v) or _ICD_CODE.match(v))]
        if bad:
            raise ValueError(f"related ids must be HPO ids (HP:0000000) or ICD-10-CM codes (M96.1): {bad}")
        return value

    def aliases(self) -> tuple[Alias, ...]:
        """Name and synonyms as aliases (related synonyms with scope ``contextual``)."""
        out = [Alias(self.name, "name")] + [Alias(s, "exact") for s in self.synonyms]
        return tuple(out + [Alias(s, "contextual") for s in self.related_synonyms])


class CuratedVocabulary(BaseModel):
    """The whole curated file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: str
    description: str = ""
    concepts: list[CuratedConcept] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> "CuratedVocabulary":
        dup = repeated([c.id for c in self.concepts])
        if dup:
            raise ValueError(f"duplicate concept ids: {dup}")
        shared = names_of_several([(c.id, [a.text for a in c.aliases()]) for c in self.concepts])
        if shared:
            raise ValueError(f"aliases shared by several curated concepts (make each name mean one concept): {shared}")
        return self


def curated_path() -> Path:
    """The packaged ``curated.json``."""
    return Path(str(resources.files("extract.linking").joinpath("data", "curated.json")))


def file_sha256(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def parse_curated(data: dict, where: str = "<dict>") -> CuratedVocabulary:
    """Validate a curated vocabulary; raise :class:`CuratedVocabularyError` naming the bad fields."""
    return validate_data(CuratedVocabulary, data, where, CuratedVocabularyError, "curated vocabulary")


@lru_cache(maxsize=8)
def load_curated(path: Optional[str] = None) -> CuratedVocabulary:
    """Load and validate the curated vocabulary: the packaged file, or a user's at ``path``."""
    data, where = read_data_file("extract.linking", "curated.json", path, CuratedVocabularyError, "curated vocabulary")
    return parse_curated(data, where)


def check_related(curated: CuratedVocabulary, known_ids: Iterable[str] | set[str]) -> None:
    """Fail loudly, listing them, if ``related`` ids are not in the loaded vocabularies."""
    known = known_ids if isinstance(known_ids, (set, frozenset)) else set(known_ids)
    unknown = {c.id: [r for r in c.related if r not in known] for c in curated.concepts}
    unknown = {k: v for k, v in unknown.items() if v}
    if unknown:
        raise CuratedVocabularyError(
            f"curated concepts relate to ids that are in none of the loaded vocabularies: {unknown}; "
            "fix or remove them in the curated file (never invent ids)"
        )


def curated_source(curated: CuratedVocabulary, version: str) -> VocabularySource:
    """The curated concepts as plain records."""
    terms = tuple(
        Term(c.id, "EV", c.name, c.type, c.aliases(), c.definition, tuple(c.related)) for c in curated.concepts
    )
    return VocabularySource("EV", version, terms)
