"""ICD-10-CM, from the tables shipped in the simple-icd-10-cm wheel.

Kept: categories and subcategories (``M54``, ``M54.3``, ``M54.30``) of every chapter but one.
Dropped, to keep the index small and about conditions:

* chapter 20, external causes of morbidity (V00-Y99): they code events ("pedestrian injured
  in collision with car"), not conditions a mention names;
* extended subcategories, the 7-character codes made by appending a 7th-character extension
  (``S32.009A``): they repeat their parent's condition with an encounter extension (initial or
  subsequent encounter, sequela, stage of fracture healing, fetus number). They are half of the
  codes, and their parent (``S32.009``), which we keep, names the same condition. (Codes that
  are 7 characters long without an extension, such as ``C44.1021``, are kept.)

Each description is an alias, with cleaned variants that people actually write: without the
coding qualifiers (", not elsewhere classified", ", unspecified", "NOS", laterality), the part
before the first comma, "lumbar radiculopathy" for "Radiculopathy, lumbar region". Inclusion
terms ("Lumbago NOS" under M54.50) are aliases too.
"""

from __future__ import annotations

import re
import warnings
from importlib import metadata

from extract.linking.records import Alias, Term, VocabularySource

#: Chapter numbers (as simple-icd-10-cm counts them) that are left out: external causes.
DROPPED_CHAPTERS = frozenset({"20"})

_NOS = re.compile(r",?\s+(?:NOS|not otherwise specified)\b", re.IGNORECASE)
_UNSPECIFIED_WORD = re.compile(r"\bunspecified\s+", re.IGNORECASE)
#: Comma-separated qualifiers that say nothing a writer would: unspecified, laterality, site,
#: trimester, the default case ("uncomplicated", "not intractable", "without ...").
_QUALIFIER = re.compile(
    r"unspecified|not elsewhere classified|not otherwise specified|uncomplicated|not intractable"
    r"|^(?:right|left|bilateral|unilateral|without)\b|\b(?:region|site|sites|limb|side|trimester)$",
    re.IGNORECASE,
)
#: Inclusion terms that are cross-references, not names ("Conditions classifiable to C15").
_CROSS_REFERENCE = re.compile(r"classifiable to|\b[A-Z][0-9][0-9A-Z](?:\.[0-9A-Z-]+)?\b")
_REGION = re.compile(r"^(\w+) region$", re.IGNORECASE)


def icd_version() -> str:
    """The installed simple-icd-10-cm version (read without importing the package: 3 s)."""
    return metadata.version("simple-icd-10-cm")


def description_variants(description: str) -> list[str]:
    """Cleaned forms of an ICD-10-CM description, the description itself excluded.

    >>> description_variants("Postlaminectomy syndrome, not elsewhere classified")
    ['Postlaminectomy syndrome']
    >>> description_variants("Radiculopathy, lumbar region")
    ['Radiculopathy', 'lumbar radiculopathy']
    """
    base = _NOS.sub("", description).strip()
    head, *quals = [s.strip() for s in base.split(", ")]
    out = [", ".join([head, *(q for q in quals if not _QUALIFIER.search(q))])]
    for q in quals:
        m = _REGION.match(q)
        if m and " " not in head:
            out.append(f"{m.group(1)} {head.lower()}")
    out = [_UNSPECIFIED_WORD.sub("", v).strip() for v in out] + out
    return [v for v in dict.fromkeys(out) if v and v != description and len(v) > 2]


def _type(code: str, chapter: str) -> str:
    if chapter == "18" or chapter == "21":
        return "behavior" if code.startswith("Z72") else "finding"
    return "disorder"


def _aliases(cm, code: str, description: str) -> tuple[Alias, ...]:
    aliases = [Alias(description, "name")]
    aliases += [Alias(v, "variant") for v in description_variants(description)]
    for term in cm.get_inclusion_term(code):
        if _CROSS_REFERENCE.search(term):
            continue
        aliases.append(Alias(term, "inclusion"))
        aliases += [Alias(v, "inclusion") for v in description_variants(term)]
    return tuple(dict.fromkeys(aliases))


def read_icd10cm() -> VocabularySource:
    """ICD-10-CM categories and subcategories, chapter 20 and 7-character codes left out.

    Chapter R (symptoms, signs) and Z (factors influencing health status) codes are typed
    ``finding`` (Z72, lifestyle, ``behavior``), every other code ``disorder``.
    """
    with warnings.catch_warnings():
        # simple-icd-10-cm reads its tables with deprecated importlib.resources calls at import.
        warnings.simplefilter("ignore", DeprecationWarning)
        import simple_icd_10_cm as cm

    terms, seen = [], set()
    for code in cm.get_all_codes(with_dots=True):
        # A few codes are listed twice, as a block and as its only category ("B10").
        if code in seen or not cm.is_category_or_subcategory(code) or cm.is_extended_subcategory(code):
            continue
        seen.add(code)
        chapter = cm.get_ancestors(code)[-1]
        if chapter in DROPPED_CHAPTERS:
            continue
        description = cm.get_description(code)
        terms.append(Term(code, "ICD-10-CM", description, _type(code, chapter), _aliases(cm, code, description)))
    return VocabularySource("ICD-10-CM", icd_version(), tuple(terms))
