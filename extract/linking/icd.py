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
before the first comma, "lumbar radiculopathy" for "Radiculopathy, lumbar region", the default
case left out ("Zoster without complications" -> "Zoster"). Inclusion terms ("Lumbago NOS" under
M54.50) are aliases too, and so are the terms of a code's "Includes" note ("shingles", "zona"
under B02), at the weight of a narrower synonym: the note lists what the code covers.

Square brackets hold a synonym or an abbreviation of the words before them ("Zoster [herpes
zoster]", "Human immunodeficiency virus [HIV] disease"), parentheses supplementary words that
may be left out ("Essential (primary) hypertension", "Obstructive sleep apnea (adult)
(pediatric)"): :func:`bracket_variants` writes the names a reader uses ("herpes zoster", "HIV
disease", "Essential hypertension", "primary hypertension"). An abbreviation or a possessive
eponym before "disease" names it alone too ("HIV", "Crohn's"). A disease ICD-10-CM titles only
with its site and complications is named alone by its family's default code
(:func:`family_names`: "diverticulitis" for K57.92).

:func:`same_condition` tells when two codes name the same condition: a category and its default
subcategory, the one a coder gives a mention that says no more than the category's name (M77.1
"Lateral epicondylitis" and M77.10 "Lateral epicondylitis, unspecified elbow").
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator, Sequence
from functools import lru_cache
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
#: The default case written without a comma ("Zoster without complications").
_DEFAULT_CASE = re.compile(r"\s+without complications?$", re.IGNORECASE)
_BRACKET = re.compile(r"\s*\[([^\[\]]+)\]")
_PAREN = re.compile(r"\s*\(([^()]+)\)")
#: Bracketed notes that are no names ("[including malocclusion]", "[any part]").
#: What follows a head noun, not a head: a parenthesis before it qualified the word before it.
_AFTER_THE_HEAD = re.compile(
    r"(?:NOS|NEC|not|of|with|without|and|or|in|on|at|to|by|for|from|as|due|following|associated|"
    r"complicating|causing|involving|affecting|resulting|during)\b",
    re.IGNORECASE,
)
_NOT_A_NAME = re.compile(r"^(?:including|excluding|except|any|all|other|see|NOS)\b|^[\d.\s-]+$", re.IGNORECASE)
_ABBREVIATION = re.compile(r"^[A-Z][A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*$")
#: "<abbreviation or possessive eponym> disease": "HIV disease", "Crohn's disease".
_NAMED_DISEASE = re.compile(r"^((?:[A-Z][A-Z0-9-]+)|(?:[A-Z][a-z]+'s))\s+disease$")
#: A bracketed eponym: one or more capitalized surnames, with the particles surnames carry
#: ("[Kawasaki]", "[de Quervain]", "[van Neck]", "[Sinding Larsen]", "[de la Tourette]"); no
#: lowercase word ("[German measles]", "[Clostridium welchii]") and no abbreviation ("[Na]").
_PARTICLE = r"(?:(?:de|du|la|le|van|von|der|den|di)\s+)*"
_SURNAME = r"[A-Z][a-z\u00e0-\u00f6\u00f8-\u00ff]{2,}"
_EPONYM = re.compile(rf"^{_PARTICLE}{_SURNAME}(?:[\s-]{_PARTICLE}{_SURNAME})*$")
#: A Latin adjective after its noun ("Neuromyelitis optica", "Dystrophia myotonica", "Epilepsia
#: partialis continua", "Keratosis follicularis"): no head an eponym can go before.
_LATIN_NOUN = re.compile(r"(?:ia|is)$", re.IGNORECASE)
_LATIN_ADJECTIVE = re.compile(r"(?:a|is)$", re.IGNORECASE)
_NOUN_ENDING = re.compile(r"(?:ia|sis|tis)$", re.IGNORECASE)  # "dysplasia", "osteochondrosis": nouns
#: Words after a title's head noun: "Polyarteritis with lung involvement", "Osteochondrosis of ...".
_AFTER_THE_NOUN = re.compile(
    r"of|with|without|in|on|at|to|by|for|from|as|due|following|associated|complicating|causing|involving|"
    r"affecting|resulting|during|NOS|NEC",
    re.IGNORECASE,
)
#: What writers call a condition by its eponym alone, besides the eponym before the head noun.
EPONYM_HEADS = ("disease", "syndrome")


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
    base = _DEFAULT_CASE.sub("", _NOS.sub("", description)).strip()
    head, *quals = [s.strip() for s in base.split(", ")]
    out = [", ".join([head, *(q for q in quals if not _QUALIFIER.search(q))])]
    for q in quals:
        m = _REGION.match(q)
        if m and " " not in head:
            out.append(f"{m.group(1)} {head.lower()}")
    out = [_UNSPECIFIED_WORD.sub("", v).strip() for v in out] + out
    return [v for v in dict.fromkeys(out) if v and v != description and len(v) > 2]


def _initials_match(abbreviation: str, words: list[str]) -> int:
    """How many of the last ``words`` the abbreviation's letters are the initials of (0: none)."""
    letters = re.sub(r"[^a-z]", "", abbreviation.lower())
    for k in range(1, min(len(words), len(letters)) + 1):
        parts = [p for w in words[-k:] for p in w.split("-") if p[:1].isalpha()]
        if "".join(p[0].lower() for p in parts) == letters or "".join(w[0].lower() for w in words[-k:]) == letters:
            return k
    return 0


def _brackets(text: str) -> Iterator[tuple[str, list[str], str]]:
    """Each square bracket of a title or note: (what it holds, the words before it, what follows
    it), the other brackets and parentheses left out of both."""
    for m in _BRACKET.finditer(text):
        before = _PAREN.sub("", _BRACKET.sub("", text[: m.start()])).split()
        yield m.group(1).strip(), before, _PAREN.sub("", _BRACKET.sub("", text[m.end() :])).strip()


def bracket_variants(text: str) -> list[str]:
    """Names written with what square brackets and parentheses say, the text itself excluded.

    >>> bracket_variants("Human immunodeficiency virus [HIV] disease")
    ['Human immunodeficiency virus disease', 'HIV disease', 'HIV']
    >>> bracket_variants("Zoster [herpes zoster]")
    ['Zoster', 'herpes zoster']
    >>> bracket_variants("Essential (primary) hypertension")
    ['Essential hypertension', 'primary hypertension']
    """
    out = [_PAREN.sub("", _BRACKET.sub("", text)).strip()]
    for content, before, after in _brackets(text):
        if _NOT_A_NAME.search(content):
            continue
        head_end = not after or after.startswith(",")
        if _EPONYM.match(content) and (head_end or _AFTER_THE_HEAD.match(after)):
            # "Mucocutaneous lymph node syndrome [Kawasaki]": the eponym names the condition
            # before its head noun ("Kawasaki syndrome"), never alone or for a modifier
            out += eponym_names(content, before, after if head_end else "")[0]
            continue
        if _ABBREVIATION.match(content):
            k = _initials_match(content, before)
            if k:  # "Human immunodeficiency virus [HIV] disease" -> "HIV disease"
                out.append(" ".join(before[:-k] + [content] + ([after] if after else [])))
            elif head_end:  # "Idiopathic hypereosinophilic syndrome [IHES]"
                out.append(content + after)
        elif " " in content:
            if head_end:  # "Rubella [German measles]": the whole head renamed
                out.append(content + after)
        elif before:  # "navicular [scaphoid] bone": a synonym of the word before
            out.append(" ".join(before[:-1] + [content] + ([after] if after else [])))
    m = _PAREN.search(text)
    if m and not _BRACKET.search(text) and len(_PAREN.findall(text)) == 1 and " " not in m.group(1) and len(m.group(1)) > 4:
        before, after = text[: m.start()].split(), text[m.end() :].strip()
        # "Essential (primary) hypertension": another word for the modifier before the head.
        # Not when the word before is the head itself: "Paraplegia (lower) NOS" is no "lower",
        # "Chancre (primary) of pinta" no "primary of pinta".
        if before and after and not after.startswith(",") and not _AFTER_THE_HEAD.match(after):
            out.append(" ".join(before[:-1] + [m.group(1), after]))
    for name in list(out):
        m = _NAMED_DISEASE.match(name.split(", ")[0])
        if m:
            out.append(m.group(1))
    return [v for v in dict.fromkeys(v.replace(" ,", ",").strip() for v in out) if v and v != text and len(v) > 2]


def eponym_names(eponym: str, before: list[str], after: str = "") -> tuple[list[str], list[str]]:
    """The names writers give a condition ICD-10-CM titles with a bracketed eponym: the eponym
    before the title's head noun, plain and possessive, with the title's qualifiers ``after``
    it; and, for a title without qualifiers, the eponym's "disease" and "syndrome" (looser
    names, returned apart). ``before`` holds the title's words before the bracket.

    >>> eponym_names("Kawasaki", "Mucocutaneous lymph node syndrome".split())
    (['Kawasaki syndrome', "Kawasaki's syndrome"], ['Kawasaki disease', "Kawasaki's disease"])
    >>> eponym_names("de Quervain", "Radial styloid tenosynovitis".split())[0]
    ['de Quervain tenosynovitis', "de Quervain's tenosynovitis"]
    >>> eponym_names("Baker", "Synovial cyst of popliteal space".split(), ", right knee")[0]
    ["Baker's cyst, right knee"]
    >>> eponym_names("Devic", "Neuromyelitis optica".split())
    ([], ['Devic disease', "Devic's disease", 'Devic syndrome', "Devic's syndrome"])
    >>> eponym_names("Sever", "Osteochondrosis of calcaneum".split())
    (["Sever's osteochondrosis"], ["Sever's disease", "Sever's syndrome"])
    """
    # the head noun: the last word before what follows a head ("of", "with" ...), or before a
    # comma when what follows it is no word ("Infantile spinal muscular atrophy, type I")
    cut = next((k for k, w in enumerate(before) if k and _AFTER_THE_NOUN.fullmatch(w)), len(before))
    main = [w.rstrip(",") for w in before[:cut]]
    if main and not (main[-1].isalpha() and len(main[-1]) > 3):
        main = " ".join(before[:cut]).split(",")[0].split()
    possessive = eponym + ("'" if eponym.endswith("s") else "'s")
    # a surname that is an English word ("Sever", "Sweet", "Baker") is a name only possessive:
    # "Sever disease" is a near match of "severe disease", "Sever's disease" only of itself
    names = (possessive,) if eponym.lower() in _english_words() else (eponym, possessive)
    heads: list[str] = []
    latin = (len(main) > 1 and _LATIN_NOUN.search(main[-2]) and _LATIN_ADJECTIVE.search(main[-1])
             and not _NOUN_ENDING.search(main[-1]))
    if main and main[-1].isalpha() and len(main[-1]) > 3 and not latin:
        heads.append(main[-1].lower())
    exact = [f"{name} {head}{(' ' + after) if after.startswith(',') else ''}".replace(" ,", ",")
             for head in heads for name in names]
    loose = [] if after else [f"{name} {head}" for head in EPONYM_HEADS if head not in heads for name in names]
    return exact, loose


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    """The words of the project's English lexicon (:mod:`extract.lexicon`)."""
    from extract.lexicon import lexicon

    words = lexicon()
    return frozenset(words.nouns | words.modifiers | words.base_verbs | words.participles)


def loose_eponym_names(text: str) -> list[str]:
    """The eponym's "disease" and "syndrome" of a title or note whose square brackets hold an
    eponym after the head, when no qualifier follows ("Neuromyelitis optica [Devic]" -> "Devic
    disease", "Devic's disease", ...; see :func:`eponym_names`)."""
    out: list[str] = []
    for content, before, after in _brackets(text):
        if _EPONYM.match(content) and (not after or _AFTER_THE_HEAD.match(after)):
            out += eponym_names(content, before)[1]
    return list(dict.fromkeys(out))


#: The head of a title: the words before its first qualifier (a comma, "of", "with", "in", ...).
_TITLE_HEAD = re.compile(r"^([^,(\[]+?)(?:,| of | with | without | in | due to | \(| \[|$)")
#: A title that is no family's default case: it adds a complication ("with perforation") or only
#: points elsewhere ("in other specified diseases classified elsewhere").
_NOT_DEFAULT = re.compile(r"\bwith\b|\bother\b|classified elsewhere", re.IGNORECASE)


def family_names(terms: Sequence[Term], known: frozenset[str], english: frozenset[str]) -> dict[str, str]:
    """The bare disease name a family of codes shares, for the code that is its default case:
    code -> name. ICD-10-CM titles some diseases only with their site and complications
    ("Diverticulitis of large intestine without perforation or abscess without bleeding", K57.32;
    "... with perforation and abscess ...", K57.20), so no code is "Diverticulitis" alone, the
    name every reader writes. A name is taken when it is the one-word head of titles in two
    subcategories or more of one category (the category's own title aside) and of no other
    category, is no word of the English
    lexicon (``english``: a common word heads unrelated families, "Tear of meniscus",
    "Retention of urine"), and names no code already (``known``, lowercased aliases); it goes to
    the family's code whose title says a part or site is unspecified and adds no complication
    (K57.92 "Diverticulitis of intestine, part unspecified, without perforation or abscess
    without bleeding"), the shortest such code.

    >>> t = [Term(c, "ICD-10-CM", n, "disorder", ()) for c, n in [
    ...     ("K57.20", "Diverticulitis of large intestine with perforation and abscess"),
    ...     ("K57.32", "Diverticulitis of large intestine without perforation or abscess"),
    ...     ("K57.92", "Diverticulitis of intestine, part unspecified, without perforation or abscess")]]
    >>> family_names(t, frozenset(), frozenset())
    {'K57.92': 'Diverticulitis'}
    """
    families: dict[str, dict[str, list[Term]]] = {}
    for t in terms:
        m = _TITLE_HEAD.match(t.name)
        head = m.group(1).strip() if m else ""
        if head and " " not in head and head.lower() not in english and head.lower() not in known:
            families.setdefault(head.lower(), {}).setdefault(t.id[:3], []).append(t)
    out: dict[str, str] = {}
    for head, categories in families.items():
        if len(categories) != 1:
            continue
        (members,) = categories.values()
        if len({t.id[:5] for t in members if len(t.id) > 3}) < 2:
            continue
        defaults = [t for t in members if "unspecified" in t.name.lower() and not _NOT_DEFAULT.search(t.name)]
        if defaults:
            best = min(defaults, key=lambda t: (len(t.id), t.id))
            out[best.id] = _TITLE_HEAD.match(best.name).group(1).strip()
    return out


def _names(text: str) -> list[str]:
    """A description or note and the names it yields: bracket variants, each with its cleaned
    forms (see :func:`description_variants`)."""
    out = [text]
    for v in [text, *bracket_variants(text)]:
        if v == text and (_BRACKET.search(v) or _PAREN.search(v)):
            continue
        out += [v, *description_variants(v)]
    return list(dict.fromkeys(out))


def _type(code: str, chapter: str) -> str:
    if chapter == "18" or chapter == "21":
        return "behavior" if code.startswith("Z72") else "finding"
    return "disorder"


def _aliases(cm, code: str, description: str) -> tuple[Alias, ...]:
    aliases = [Alias(description, "name")]
    aliases += [Alias(v, "variant") for v in _names(description)[1:]]
    aliases += [Alias(v, "related") for v in loose_eponym_names(description)]
    for term in cm.get_inclusion_term(code):
        if _CROSS_REFERENCE.search(term):
            continue
        aliases += [Alias(v, "inclusion") for v in _names(term)]
        aliases += [Alias(v, "related") for v in loose_eponym_names(term)]
    for term in cm.get_includes(code):
        if _CROSS_REFERENCE.search(term):
            continue
        aliases += [Alias(v, "narrow") for v in _names(term)]
        aliases += [Alias(v, "related") for v in loose_eponym_names(term)]
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
    known = frozenset(a.text.lower() for t in terms for a in t.aliases)
    shared = family_names(terms, known, _english_words())
    terms = [t._replace(aliases=(*t.aliases, Alias(shared[t.id], "related"))) if t.id in shared else t for t in terms]
    return VocabularySource("ICD-10-CM", icd_version(), tuple(terms))


#: Comma-separated qualifiers that only say a code is its category's default case.
_DEFAULT_QUALIFIER = re.compile(
    r"unspecified|uncomplicated|not intractable|not elsewhere classified|^without\b", re.IGNORECASE
)


#: A site left unspecified at the end of a description: "Ankylosing spondylitis of unspecified
#: sites in spine" (M45.9) is the default case of "Ankylosing spondylitis" (M45), as "Pressure ulcer
#: of unspecified site" of "Pressure ulcer".
_UNSPECIFIED_SITE = re.compile(r"\s+(?:of|in) unspecified (?:sites?|parts?|regions?)(?: (?:of|in) \w+)?$", re.IGNORECASE)


def default_form(description: str) -> str:
    """A description without what only marks the default case: brackets and parentheses,
    "unspecified", "without complications", "not intractable", "of unspecified site", "NOS"
    (lowercased).

    >>> default_form("Lateral epicondylitis, unspecified elbow")
    'lateral epicondylitis'
    >>> default_form("Zoster [herpes zoster]") == default_form("Zoster without complications")
    True
    >>> default_form("Ankylosing spondylitis of unspecified sites in spine")
    'ankylosing spondylitis'
    """
    base = _UNSPECIFIED_SITE.sub("", _PAREN.sub("", _BRACKET.sub("", description)))
    head, *quals = [s.strip() for s in _NOS.sub("", base).split(",")]
    kept = [head] + [q for q in quals if q and not _DEFAULT_QUALIFIER.search(q)]
    text = _UNSPECIFIED_WORD.sub("", _DEFAULT_CASE.sub("", ", ".join(kept)))
    return " ".join(text.lower().split())


def _icd():  # noqa: ANN202
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        import simple_icd_10_cm as cm
    return cm


@lru_cache(maxsize=4096)
def condition_root(code: str) -> str:
    """The code a chain of default subcategories leads up to: M77.10 ("Lateral epicondylitis,
    unspecified elbow") -> M77.1 ("Lateral epicondylitis"); G43.909 -> G43.90 -> G43.9 -> G43
    ("Migraine"); B02.9 ("Zoster without complications") -> B02 ("Zoster [herpes zoster]").

    A subcategory is its parent's default when its description says no more than the parent's
    once the default-case qualifiers are removed (:func:`default_form`): ICD-10-CM codes a
    mention that names only the category there, so both codes name the same condition. A
    subcategory that adds anything (a side, "intractable", "with complications") is a different
    concept, and so is any other ancestor. Codes unknown to ICD-10-CM are their own root.
    """
    cm = _icd()
    if not cm.is_valid_item(code) or not cm.is_category_or_subcategory(code):
        return code
    parent = cm.get_parent(code)
    if not parent or parent == code or not cm.is_category_or_subcategory(parent):
        return code
    if default_form(cm.get_description(code)) != default_form(cm.get_description(parent)):
        return code
    return condition_root(parent)


def same_condition(a: str, b: str) -> bool:
    """Whether two ICD-10-CM codes name the same condition: equal, or one reached from the
    other through default subcategories (see :func:`condition_root`)."""
    return a == b or condition_root(a) == condition_root(b)
