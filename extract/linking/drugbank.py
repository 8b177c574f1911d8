"""Drugs with their DrugBank ids, from the drug-named-entity-recognition package's dictionary.

No vocabulary shipped before this one lists the drugs pages name ("permethrin", "terbinafine",
"mirabegron"): HPO and ICD-10-CM name conditions, the curated vocabulary 117 drugs and classes.
The PyPI package ``drug-named-entity-recognition`` (MIT, Fast Data Science) ships a dictionary,
``drug_ner_dictionary.pkl.bz2``: lowercased drug names and brand names (variants), each mapped to
a canonical drug with what its sources give of it (a DrugBank id, a MedlinePlus drug page id, an
NHS medicines page, a Wikipedia article, MeSH tree numbers, whether a variant is a brand).

The file is read directly (bz2 + pickle) from the installed package, whose modules are never
imported (its finder reads a cache in the home folder at import and has network helpers). What
enters the knowledge base is decided by ``data/drugbank.json`` (validated on load), and counted
by :func:`read_drugbank`:

* a drug needs a DrugBank id (its concept id, vocabulary ``DrugBank``) and a sign of clinical use
  (``clinical_signs``): many entries are MeSH chemicals that are no treatment ("janus kinase 2",
  "gelatinases", a pollen, "water"). The package's ``mesh_id`` is NOT the drug's own descriptor
  (permethrin, malathion and ivermectin share D007306) and is never used as an id.
* its names: the canonical name (scope ``name``), variants the package marks as generic
  (``exact``), and every other variant, brand names among them (``related``, so a generic name
  of another concept wins a tie). A variant is dropped when it is shorter than ``min_length``
  as the linker's table reads it ("c/t/s" is "cts") or a code of fewer letters ("at10", "il-2"),
  a word of the project's English lexicon (:mod:`extract.lexicon`: "emend", "generics")
  unless listed in ``lexicon_drug_names``, a phrase (words joined by spaces or hyphens) of English
  words, function words, numbers and one- or two-letter words only that holds no word of the
  drug's own name ("spray and solution" for clotrimazole, "up-a", "at 10"; not "activated
  charcoal"),
  a name of an HPO, ICD-10-CM or curated concept that is no drug (``collides``), or a name of a
  curated concept (``curated``: the curated vocabulary keeps its own names, "paracetamol" stays
  EV:acetaminophen). A drug left with no name is dropped.
* a drug the dictionary lists twice, under its US (USAN) name without a DrugBank id and under
  its international (INN) name with one ("mesalamine", with the brands Asacol and Pentasa and
  "5-aminosalicylic acid", and "mesalazine" DB00244), is one concept: ``same_drug`` gives the
  former's names to the latter.
* a DrugBank concept whose canonical name is the name of a curated drug concept relates to it
  (``related``), so figures about "Panadol" and "paracetamol" meet; its MedlinePlus id, where the
  package gives one, is a related id too (``MedlinePlus:a621016``).

The examples of ``must_have`` / ``must_not_have`` / ``curated_wins`` are checked on every read.
"""

from __future__ import annotations

import bz2
import hashlib
import importlib.util
import pickle
from collections import Counter
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path
from typing import Mapping, NamedTuple, Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator

from extract import regexcache as re
from extract.datafiles import load_data_file
from extract.linking.normalize import compact, normalize, unaccented
from extract.linking.records import Alias, Term, VocabularySource

VOCABULARY = "DrugBank"
FILE = "drugbank.json"
_DRUGBANK_ID = re.compile(r"^DB\d{5}$")
_MEDLINE_ID = re.compile(r"^a\d{6}$")
#: What separates the words of a name, for the English-phrase check.
_WORDS = re.compile(r"[\s-]+")
#: The clinical signs a filter may name (keys of ``clinical_signs``).
SIGNS = ("medline_plus", "nhs", "wikipedia", "mesh_branch", "inn_form")


class DrugBankError(ValueError):
    """The filter file is invalid, the package's dictionary cannot be read, or an example fails."""


class DrugFilter(BaseModel):
    """``data/drugbank.json``: which drugs and names of the package's dictionary are kept."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: str
    description: str = ""
    package: str = Field(description="The PyPI distribution shipping the dictionary.")
    data_file: str = Field(description="The dictionary's file name inside the package.")
    clinical_signs: dict[str, str] = Field(description="Signs of clinical use (any one keeps a drug), with what each means.")
    mesh_branches: tuple[str, ...] = Field(description="MeSH tree branches ('D02') whose drugs count as clinical.")
    min_length: int = Field(ge=1, description="Shorter variants (codes, abbreviations) are dropped.")
    lexicon_drug_names: frozenset[str] = Field(description="Words of the English lexicon kept as drug names.")
    phrase_function_words: frozenset[str] = Field(description="Words a phrase of English words may hold besides lexicon words.")
    must_have: dict[str, str] = Field(description="Variant -> DrugBank id it must link to (checked on read).")
    must_not_have: tuple[str, ...] = Field(description="Names that must link to no DrugBank concept (checked on read).")
    curated_wins: dict[str, str] = Field(
        default_factory=dict, description="Variant -> curated id that keeps it (checked when the curated names are given)."
    )
    same_drug: dict[str, str] = Field(
        default_factory=dict,
        description="Canonical drug without a DrugBank id -> the canonical drug with one that is the same drug under "
        "another name (USAN and INN: mesalamine, mesalazine): its names join the other's (checked on read).",
    )

    @field_validator("clinical_signs")
    @classmethod
    def _known_signs(cls, value: dict[str, str]) -> dict[str, str]:
        unknown = sorted(set(value) - set(SIGNS))
        if unknown or not value:
            raise ValueError(f"clinical signs are some of {SIGNS}; unknown: {unknown}")
        return value

    @field_validator("mesh_branches")
    @classmethod
    def _branches(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        bad = [b for b in value if not re.fullmatch(r"D\d\d", b)]
        if bad:
            raise ValueError(f"MeSH branches are written D02, D03 ...: {bad}")
        return value

    @field_validator("must_have")
    @classmethod
    def _ids(cls, value: dict[str, str]) -> dict[str, str]:
        bad = {k: v for k, v in value.items() if not _DRUGBANK_ID.match(v) or k != normalize(k)}
        if bad:
            raise ValueError(f"must_have maps normalized names to DrugBank ids (DB00316): {bad}")
        return value


class DrugReport(NamedTuple):
    """What the filter kept and dropped, and why (printed by ``python -m extract.linking.drugbank``)."""

    canonicals: int  #: canonical drugs in the dictionary
    with_drugbank_id: int  #: of those, with a DrugBank id
    by_sign: dict[str, int]  #: drugs with a DrugBank id that show each clinical sign
    only_sign: dict[str, int]  #: of those, drugs that show no other sign (kept by that sign alone)
    clinical: int  #: drugs with a DrugBank id and any sign
    kept: int  #: concepts that enter the knowledge base (some name left)
    no_name_left: int  #: clinical drugs all of whose names were dropped
    aliases: int  #: names kept
    dropped: dict[str, int]  #: names dropped, by reason
    related_to_curated: int  #: concepts relating to a curated drug concept of the same name

    def lines(self) -> list[str]:
        out = [
            f"canonical drugs in the dictionary: {self.canonicals:,}",
            f"with a DrugBank id: {self.with_drugbank_id:,}",
            *(f"  with sign {k}: {v:,} ({self.only_sign[k]:,} with no other)" for k, v in self.by_sign.items()),
            f"with a DrugBank id and a clinical sign: {self.clinical:,}",
            f"kept (a name left): {self.kept:,} (dropped with no name left: {self.no_name_left:,})",
            f"names kept: {self.aliases:,}",
            *(f"  names dropped, {k}: {v:,}" for k, v in self.dropped.items()),
            f"related to a curated drug concept of the same name: {self.related_to_curated:,}",
        ]
        return out


def filter_path() -> Path:
    return Path(str(resources.files("extract.linking").joinpath("data", FILE)))


@lru_cache(maxsize=4)
def load_drug_filter(path: Optional[str] = None) -> DrugFilter:
    """The packaged filter file, or a user's at ``path``, validated."""
    return load_data_file(DrugFilter, "extract.linking", FILE, path, DrugBankError, "drug filter file")


def package_version(drug_filter: Optional[DrugFilter] = None) -> str:
    """The installed package's version (its metadata: nothing is imported)."""
    name = (drug_filter or load_drug_filter()).package
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError as e:
        raise DrugBankError(f"the DrugBank vocabulary needs the {name!r} package: pip install {name}") from e


def drugbank_version() -> str:
    """The vocabulary's version: the package and its version, and the filter file's hash
    ("drug-named-entity-recognition==2.0.9;filter=1a2b3c4d5e6f"); read cheaply."""
    drug_filter = load_drug_filter()
    sha = hashlib.sha256(filter_path().read_bytes()).hexdigest()[:12]
    return f"{drug_filter.package}=={package_version(drug_filter)};filter={sha}"


def dictionary_path(drug_filter: Optional[DrugFilter] = None) -> Path:
    """The dictionary file inside the installed package, found without importing the package."""
    drug_filter = drug_filter or load_drug_filter()
    module = drug_filter.package.replace("-", "_")
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise DrugBankError(f"the DrugBank vocabulary needs the {drug_filter.package!r} package")
    path = Path(next(iter(spec.submodule_search_locations))) / drug_filter.data_file
    if not path.is_file():
        raise DrugBankError(f"{path} is missing: reinstall {drug_filter.package}")
    return path


def read_dictionary(path: Optional[Path] = None) -> dict:
    """The package's dictionary: ``drug_variant_to_canonical``, ``drug_canonical_to_data``,
    ``drug_variant_to_variant_data``. The file is the installed package's own data (pinned in
    pyproject.toml), read as the package itself reads it."""
    path = path or dictionary_path()
    try:
        with bz2.open(path, "rb") as f:
            data = pickle.load(f)  # noqa: S301 - the pinned package's own data file
    except (OSError, EOFError, pickle.UnpicklingError) as e:
        raise DrugBankError(f"cannot read {path}: {e}") from e
    missing = {"drug_variant_to_canonical", "drug_canonical_to_data", "drug_variant_to_variant_data"} - set(data)
    if missing:
        raise DrugBankError(f"{path} lacks {sorted(missing)}")
    return data


# ---------------------------------------------------------------------------------------------
# the filter: pure functions over the dictionary's records


def clinical_signs(canonical: str, data: Mapping, variants: list[str], drug_filter: DrugFilter) -> list[str]:
    """The clinical signs (names of ``clinical_signs``) a drug shows."""
    found = {
        "medline_plus": bool(data.get("medline_plus_id")),
        "nhs": bool(data.get("nhs_url")),
        "wikipedia": bool(data.get("wikipedia_url")),
        "mesh_branch": any(t[:3] in drug_filter.mesh_branches for t in data.get("mesh_tree") or ()),
        "inn_form": inn_form(canonical, variants),
    }
    return [s for s in drug_filter.clinical_signs if found[s]]


def inn_form(canonical: str, variants: list[str]) -> bool:
    """Whether a one-word variant is the Latin ("terbinafinum", "dimeticonum") or Spanish
    ("amorolfina") form of a one-word canonical name."""
    if " " in canonical or len(canonical) < 5:
        return False
    stem = canonical[:-1] if canonical.endswith("e") else canonical
    for v in variants:
        if " " in v or v == canonical:
            continue
        if v.endswith("um") and v[:4] == canonical[:4] or v == stem + "a":
            return True
    return False


def drop_reason(key: str, canonical: str, drug_filter: DrugFilter, english: frozenset[str],
                reserved: Mapping[str, str]) -> Optional[str]:
    """Why a drug's name (normalized) is not kept, or None: ``short`` (shorter than
    ``min_length`` without spaces, hyphens and slashes, or a code of fewer letters), ``english``,
    ``english phrase``, ``collides`` (a name of a non-drug concept), ``curated``."""
    letters = sum(ch.isalpha() for ch in key)
    if len(compact(key)) < drug_filter.min_length or (letters < drug_filter.min_length and any(ch.isdigit() for ch in key)):
        return "short"  # "c/t/s", which the linker's table meets as "cts"; codes "at10", "il-2", "6-mp"
    kind = reserved.get(key) or reserved.get(unaccented(key))
    if kind is not None:
        return "curated" if kind == "curated" else "collides"
    if key in drug_filter.lexicon_drug_names or compact(key) in drug_filter.lexicon_drug_names:
        return None
    if key in english or compact(key) in english:
        return "english"  # "emend"; "sam-e", which the linker's table meets as "same"
    words, own = _WORDS.split(key), set(_WORDS.split(canonical)) | drug_filter.lexicon_drug_names
    if len(words) > 1 and key != canonical and not own & set(words) and all(
        w in english or w in drug_filter.phrase_function_words or len(w) <= 2 or w.isdigit() for w in words
    ):
        return "english phrase"  # "spray and solution" (clotrimazole), "up-a", "at 10"; not "codeine phosphate"
    return None


def drug_terms(dictionary: dict, drug_filter: DrugFilter, english: frozenset[str],
               reserved: Mapping[str, str], curated_drugs: Mapping[str, str]) -> tuple[list[Term], DrugReport]:
    """The DrugBank concepts the filter keeps, and the counts of what it kept and dropped.

    ``reserved``: normalized names of HPO, ICD-10-CM and curated concepts -> "curated" for a
    curated concept's name, else the concept's type ("finding", "disorder" ...): names of
    concepts that are drugs in no other vocabulary. ``curated_drugs``: a curated drug
    concept's normalized name -> its id."""
    canon = dictionary["drug_canonical_to_data"]
    variant_data = dictionary["drug_variant_to_variant_data"]
    per: dict[str, list[str]] = {}
    for variant, canonicals in dictionary["drug_variant_to_canonical"].items():
        for c in canonicals:
            per.setdefault(c, []).append(variant)
    for other, same in drug_filter.same_drug.items():
        if other not in canon:
            continue  # a dictionary without the drug: nothing to join
        ids = [(canon.get(c) or {}).get("drugbank_id") for c in (other, same)]
        if same not in canon or ids[0] or not ids[1]:
            raise DrugBankError(f"same_drug: {other!r} must be a drug without a DrugBank id and {same!r} one with an id: {ids}")
        per.setdefault(same, []).extend(per.pop(other, []))
    by_sign: Counter = Counter()
    only_sign: Counter = Counter()
    dropped: Counter = Counter()
    terms: list[Term] = []
    seen_ids: set[str] = set()
    with_id = clinical = no_name = related_curated = 0
    for canonical in sorted(canon):
        data = canon[canonical]
        db = data.get("drugbank_id")
        if not db or not _DRUGBANK_ID.match(db):
            continue
        with_id += 1
        variants = per.get(canonical, [])
        signs = clinical_signs(canonical, data, variants, drug_filter)
        by_sign.update(signs)
        if len(signs) == 1:
            only_sign[signs[0]] += 1
        if not signs or db in seen_ids:
            continue
        clinical += 1
        aliases, keys = [], set()
        for text in [canonical, *sorted(v for v in variants if v != canonical)]:
            key = normalize(text)
            if key in keys:
                continue
            keys.add(key)
            why = drop_reason(key, normalize(canonical), drug_filter, english, reserved)
            if why:
                dropped[why] += 1
                continue
            brand = (variant_data.get(text) or {}).get("is_brand")
            scope = "name" if text == canonical else "exact" if brand is False else "related"
            aliases.append(Alias(text, scope, "brand" if brand else None))
        if not aliases:
            no_name += 1
            continue
        related = []
        if curated_drugs.get(normalize(canonical)):
            related.append(curated_drugs[normalize(canonical)])
            related_curated += 1
        if _MEDLINE_ID.match(str(data.get("medline_plus_id") or "")):
            related.append(f"MedlinePlus:{data['medline_plus_id']}")
        name = data.get("name") or canonical
        terms.append(Term(db, VOCABULARY, name, "drug", tuple(aliases), None, tuple(related)))
        seen_ids.add(db)
    report = DrugReport(
        canonicals=len(canon), with_drugbank_id=with_id, by_sign={s: by_sign[s] for s in drug_filter.clinical_signs},
        only_sign={s: only_sign[s] for s in drug_filter.clinical_signs},
        clinical=clinical, kept=len(terms), no_name_left=no_name, aliases=sum(len(t.aliases) for t in terms),
        dropped=dict(sorted(dropped.items())), related_to_curated=related_curated,
    )
    return terms, report


def check_examples(terms: list[Term], drug_filter: DrugFilter, reserved: Mapping[str, str],
                   curated_ids: Mapping[str, str]) -> None:
    """Fail loudly when a ``must_have`` name does not name its DrugBank concept, a
    ``must_not_have`` name names one, or a ``curated_wins`` name is not the curated concept's."""
    named: dict[str, set[str]] = {}
    for t in terms:
        for a in t.aliases:
            named.setdefault(normalize(a.text), set()).add(t.id)
    wrong = {k: sorted(named.get(k, ())) for k, v in drug_filter.must_have.items() if named.get(k) != {v}}
    wrong.update({k: sorted(named[k]) for k in drug_filter.must_not_have if k in named})
    if reserved:
        wrong.update({k: curated_ids.get(k) for k, v in drug_filter.curated_wins.items()
                      if k in named or curated_ids.get(k) != v})
    if wrong:
        raise DrugBankError(f"the drug filter's examples fail (name -> what it names): {wrong}")


def reserved_names(sources) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:  # noqa: ANN001
    """From the other vocabularies: normalized name -> "curated" or the type of the concept it
    names (names of drug concepts of HPO or ICD-10-CM are not reserved); a curated drug concept's
    normalized name -> its id; every curated normalized name -> its id."""
    reserved: dict[str, str] = {}
    curated_drugs: dict[str, str] = {}
    curated_ids: dict[str, str] = {}
    for source in sources:
        for term in source.terms:
            for alias in term.aliases:
                key = normalize(alias.text)
                if source.vocabulary == "EV":
                    reserved[key] = "curated"
                    curated_ids[key] = term.id
                elif term.type != "drug":
                    reserved.setdefault(key, term.type)
            if source.vocabulary == "EV" and term.type == "drug":
                curated_drugs[normalize(term.name)] = term.id
    return reserved, curated_drugs, curated_ids


def read_drugbank(sources=(), drug_filter: Optional[DrugFilter] = None,  # noqa: ANN001
                  dictionary: Optional[dict] = None) -> tuple[VocabularySource, DrugReport]:
    """The DrugBank vocabulary kept by the filter, given the other vocabularies' sources (their
    names are reserved, see :func:`drug_terms`), and the counts of the filter's work."""
    from extract.lexicon import lexicon

    drug_filter = drug_filter or load_drug_filter()
    dictionary = dictionary if dictionary is not None else read_dictionary(dictionary_path(drug_filter))
    words = lexicon()
    english = frozenset(words.nouns | words.modifiers | words.base_verbs | words.participles)
    reserved, curated_drugs, curated_ids = reserved_names(sources)
    terms, report = drug_terms(dictionary, drug_filter, english, reserved, curated_drugs)
    check_examples(terms, drug_filter, reserved, curated_ids)
    return VocabularySource(VOCABULARY, drugbank_version(), tuple(terms)), report


def main() -> None:  # pragma: no cover - a report for people
    """Print what the filter keeps and drops against the installed vocabularies."""
    from extract.linking.kb import read_sources

    sources, _ = read_sources(with_drugs=False)
    _, report = read_drugbank(sources)
    print("\n".join(report.lines()))


if __name__ == "__main__":  # pragma: no cover
    main()
