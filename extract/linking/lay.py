"""Lay names of HPO terms and ICD-10-CM codes (``data/lay_terms.json``): the way patients and
leaflets say common symptoms, signs and conditions ("needing to pee at night" for Nocturia,
"ringing in the ears" for Tinnitus), which the vocabularies' own synonyms often lack.

The file is data a user can read and edit, validated on load (id forms, no lay name given to two
concepts) and, when the knowledge base is built, against the loaded vocabularies: every id must
exist and the name written next to it must be the vocabulary's name for it, so a mistyped id
fails loudly instead of teaching the linker a wrong concept. The lay names enter the knowledge
base as exact synonyms (kind ``layperson``) of their concept.
"""

from __future__ import annotations


from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Optional, Sequence

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from extract.datafiles import read_data_file, validate_data
from extract.linking.normalize import names_of_several, normalize, repeated
from extract.linking.records import Alias, VocabularySource

_ID = r"^(?:HP:\d{7}|[A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?)$"
FILE = "lay_terms.json"


class LayTermsError(ValueError):
    """The lay names file is missing, not JSON, invalid, or names unknown concepts."""


class LayTerm(BaseModel):
    """The lay names of one concept."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=_ID, description="An HPO id (HP:0000017) or an ICD-10-CM code (N39.0).")
    name: str = Field(min_length=2, description="The concept's name in its vocabulary (checked at build time).")
    lay: list[str] = Field(min_length=1, description="What patients and leaflets call it.")

    @field_validator("lay")
    @classmethod
    def _non_empty(cls, value: list[str]) -> list[str]:
        if any(len(normalize(v)) < 2 for v in value):
            raise ValueError("lay names must not be empty")
        return value


class LayTerms(BaseModel):
    """The whole lay names file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: str
    description: str = ""
    terms: list[LayTerm] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> "LayTerms":
        dup = repeated([t.id for t in self.terms])
        if dup:
            raise ValueError(f"concepts listed twice (merge their lay names): {dup}")
        shared = names_of_several([(t.id, t.lay) for t in self.terms])
        if shared:
            raise ValueError(f"lay names given to several concepts (a lay name must mean one concept): {shared}")
        return self


def lay_terms_path() -> Path:
    """The packaged ``lay_terms.json``."""
    return Path(str(resources.files("extract.linking").joinpath("data", FILE)))


@lru_cache(maxsize=8)
def load_lay_terms(path: Optional[str] = None) -> LayTerms:
    """Load and validate the lay names: the packaged file, or a user's at ``path``."""
    data, where = read_data_file("extract.linking", FILE, path, LayTermsError, "lay names file")
    return validate_data(LayTerms, data, where, LayTermsError, "lay names file")


def add_lay_names(sources: Sequence[VocabularySource], lay: LayTerms) -> list[VocabularySource]:
    """The sources with each concept's lay names added to its aliases (exact, kind
    ``layperson``). Raises :class:`LayTermsError` naming every id that is in none of the
    sources, or whose name is not the vocabulary's."""
    by_id = {t.id: t for t in lay.terms}
    names = {t.id: t.name for s in sources for t in s.terms}
    unknown = sorted(i for i in by_id if i not in names)
    wrong = {i: (t.name, names[i]) for i, t in by_id.items() if i in names and t.name != names[i]}
    if unknown or wrong:
        raise LayTermsError(
            f"lay names file: ids in none of the vocabularies: {unknown}; names that are not the vocabulary's "
            f"(written, actual): {wrong}; fix the id or the name (never invent ids)"
        )
    out = []
    for source in sources:
        terms = tuple(
            t._replace(aliases=t.aliases + tuple(Alias(n, "exact", "layperson") for n in by_id[t.id].lay))
            if t.id in by_id else t
            for t in source.terms
        )
        out.append(source._replace(terms=terms))
    return out


def lay_names_of(concept_id: str, lay: LayTerms) -> tuple[str, ...]:
    """The lay names the file gives a concept (empty if none)."""
    return next((tuple(t.lay) for t in lay.terms if t.id == concept_id), ())


