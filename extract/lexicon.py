"""An English word lexicon: which word forms are base-form verbs and which are nouns.

Imperative advice ("Replace worn shoes", "Swap some runs for cycling") starts with a verb in its
base form, and no closed, hand-made list of verbs covers what medical writers use. The lexicon
is lemminflect's lemma table (``resources/lemma_lu.csv.gz``, about 80,000 English word forms with
their part of speech and lemma), read directly from the installed wheel: lemminflect's own
package is never imported (importing it loads spaCy extensions and both of its models). The
table is read once, on first use, and never at import time.

It is shared by the stages: the claim rules ask which words are verbs, nouns and modifiers, and
the knowledge-base builder (:mod:`extract.linking.icd`, :mod:`extract.linking.drugbank`) which
names are plain English words; it belongs to neither.
"""

from __future__ import annotations

import gzip
import importlib.util
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple


class LexiconError(RuntimeError):
    """The lemma table cannot be found or read."""


class Lexicon(NamedTuple):
    base_verbs: frozenset[str]  # word forms that are a verb's own lemma ("replace", "swap", "cut")
    nouns: frozenset[str]  # word forms that can be nouns ("rest", "load", "shoes")
    modifiers: frozenset[str]  # word forms that can be adjectives or adverbs ("open", "thin", "over")
    participles: frozenset[str]  # past forms of verbs ("applied", "kept", "taken")


def _table_path() -> Path:
    spec = importlib.util.find_spec("lemminflect")  # finds the package without importing it
    if spec is None or not spec.submodule_search_locations:
        raise LexiconError("the English lexicon needs the 'lemminflect' package: pip install lemminflect")
    return Path(next(iter(spec.submodule_search_locations))) / "resources" / "lemma_lu.csv.gz"


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lexicon, read once per process: from the per-machine cache of the table's reading
    (:mod:`extract.diskcache`) when it holds it, else from the table. The cache is keyed by
    the table file and by this module's file, so an edit of the reading rules below reads the
    table again; its folder is named after this module's place as well, so that two checkouts
    (or installs) sharing the cache keep a copy each instead of replacing each other's at every
    start (a copy replaces only older copies of its own place)."""
    from extract.diskcache import cache_root, cached_marshal, place_key, source_key

    path = _table_path()
    if not path.is_file():
        return _read_table(path)  # raises LexiconError naming the file
    folder = cache_root() / "lexicon" / f"lemma_lu-{place_key(Path(__file__))}-{source_key([path, Path(__file__)])}"
    return Lexicon(*cached_marshal(folder, lambda: tuple(_read_table(path))))


def _read_table(path: Path) -> Lexicon:
    """The lexicon from lemminflect's lemma table."""
    try:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            rows = fh.read().splitlines()
    except (OSError, EOFError, UnicodeDecodeError) as e:
        raise LexiconError(f"cannot read the lemma table {path}: {e}; reinstall lemminflect") from e
    verbs: set[str] = set()
    nouns: set[str] = set()
    modifiers: set[str] = set()
    participles: set[str] = set()
    for row in rows:
        parts = row.split(",")
        if len(parts) != 3:
            continue
        word, pos, lemmas = parts
        if pos == "verb" and word in lemmas.split("/"):
            verbs.add(word)
        elif pos == "verb" and not word.endswith(("ing", "s")):
            participles.add(word)
        elif pos == "noun":
            nouns.add(word)
        elif pos in ("adj", "adv"):
            modifiers.add(word)
    if not verbs or not nouns:
        raise LexiconError(f"the lemma table {path} holds no verbs or nouns; reinstall lemminflect")
    return Lexicon(frozenset(verbs), frozenset(nouns), frozenset(modifiers), frozenset(participles))


def is_base_verb(word: str) -> bool:
    """Whether a word form (any case) is a verb in its base form ("replace", "swap", "rest")."""
    return word.lower() in lexicon().base_verbs


def present_stems(word: str) -> list[str]:
    """The base forms a lower-case present-tense form in -s may have: "carries" -> carry, carrie, carri; "pushes" ->
    push, pushe; "continues" -> continu, continue; "kills" -> kill."""
    if word.endswith("ies"):
        return [word[:-3] + "y", word[:-2], word[:-1]]
    if word.endswith("es"):
        return [word[:-2], word[:-1]]
    return [word[:-1]]


def is_present_verb(word: str) -> bool:
    """Whether a lower-case word in -s is the present tense of a verb the lexicon knows ("continues", "raises"); it may
    be a plural noun too ("causes"): callers that must tell the two apart ask :func:`is_noun` as well."""
    return any(is_base_verb(stem) for stem in present_stems(word))


def is_noun(word: str) -> bool:
    """Whether a word form (any case) can be a noun ("rest", "load", "surgery")."""
    return word.lower() in lexicon().nouns


def is_modifier(word: str) -> bool:
    """Whether a word form (any case) can be an adjective or an adverb ("open", "thin", "over")."""
    return word.lower() in lexicon().modifiers


def is_participle(word: str) -> bool:
    """Whether a word form (any case) is a verb's past form ("applied", "kept", "taken")."""
    return word.lower() in lexicon().participles
