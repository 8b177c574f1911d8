"""Plain records shared by the vocabulary readers, the knowledge-base builder and the linker."""

from __future__ import annotations

from typing import Literal, NamedTuple, Optional, get_args

#: The closed set of semantic types a concept can have.
ConceptType = Literal["disorder", "finding", "procedure", "drug", "therapy", "device", "behavior", "anatomy"]
CONCEPT_TYPES: tuple[str, ...] = get_args(ConceptType)

#: What an alias is to its concept, from the source vocabulary: its preferred name, a synonym of
#: OBO scope exact/related/broad/narrow, an ICD-10-CM inclusion term, a variant we derived (a
#: description without "unspecified"/"not elsewhere classified"), or a curated name that holds
#: only in some contexts ("scar tissue" for epidural fibrosis).
AliasScope = Literal["name", "exact", "related", "broad", "narrow", "inclusion", "variant", "contextual"]

#: How much a match on an alias of each scope is worth, relative to a match on the name. A
#: related synonym ("scar tissue" for Scarring) counts less than an exact one, so an exact alias
#: of another concept wins. A contextual curated name counts a little less than a related
#: synonym of a standard vocabulary: without a sentence the standard concept wins, and within
#: the context margin of the linker the sentence decides.
SCOPE_WEIGHTS: dict[str, float] = {
    "name": 1.0,
    "exact": 1.0,
    "variant": 0.99,
    "inclusion": 0.97,
    "related": 0.95,
    "contextual": 0.93,
    "narrow": 0.93,
    "broad": 0.9,
}

#: Vocabularies, in the order that breaks a tie of scores that no context resolves. The curated
#: vocabulary first: its names were chosen for this project's texts, and it lists the standard
#: ids it corresponds to ("failed back surgery syndrome" wins over M96.1 and relates to it).
#: DrugBank last: it names drugs only, and none of the names the others hold (see
#: :mod:`extract.linking.drugbank`), so it meets them only on near (ANN) matches.
VOCABULARY_ORDER: dict[str, int] = {"EV": 0, "HPO": 1, "ICD-10-CM": 2, "DrugBank": 3}


class Alias(NamedTuple):
    """A name of a concept as the source writes it."""

    text: str
    scope: str
    kind: Optional[str] = None  # OBO synonym type: layperson, abbreviation, uk_spelling, ...


class Term(NamedTuple):
    """A concept of a source vocabulary."""

    id: str
    vocabulary: str
    name: str
    type: str
    aliases: tuple[Alias, ...]
    definition: Optional[str] = None
    related: tuple[str, ...] = ()


class VocabularySource(NamedTuple):
    """The concepts of one vocabulary, and the release they come from."""

    vocabulary: str
    version: str
    terms: tuple[Term, ...]
