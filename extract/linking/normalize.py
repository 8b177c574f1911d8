"""Normalizing aliases and mentions so that spelling variants meet in one key.

Pure string functions, shared by the knowledge-base builder (aliases) and the linker
(mentions): both sides go through :func:`normalize`, so a lookup is a dictionary access.
"""

from __future__ import annotations

import unicodedata

from extract import regexcache as re  # re, with compiled patterns cached on disk

_DASHES = re.compile(r"[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u00ad\ufe58\ufe63\uff0d]")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00b4": "'"})
_SPACE = re.compile(r"\s+")
_SPACED_HYPHEN = re.compile(r"\s*-\s*")
_EDGE_PUNCT = " \t\n.,;:!?\"'()[]{}*\u2022"
_COMPACT = re.compile(r"[\s\-/]+")

#: Prefixes written solid, hyphenated or spaced ("postlaminectomy", "post-laminectomy").
HYPHEN_PREFIXES = ("post", "pre", "non", "anti", "intra", "inter", "peri", "extra", "retro", "sub", "over", "under")


def normalize(text: str) -> str:
    """Lowercase, NFKC, one kind of dash and quote, collapsed whitespace, no edge punctuation."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    text = _DASHES.sub("-", text).lower()
    text = _SPACED_HYPHEN.sub("-", _SPACE.sub(" ", text))
    return text.strip(_EDGE_PUNCT)


def unaccented(key: str) -> str:
    """The key without diacritics ("ménière's disease" -> "meniere's disease", "guillain-barré"
    -> "guillain-barre"): pages write eponyms both ways."""
    if key.isascii():
        return key
    return "".join(ch for ch in unicodedata.normalize("NFKD", key) if not unicodedata.combining(ch))


def compact(key: str) -> str:
    """A normalized key without spaces, hyphens and slashes: hyphenation variants share it."""
    return _COMPACT.sub("", key)


def singular(key: str) -> str | None:
    """The key with its last word made singular ("injections" -> "injection"), or None."""
    head, _, last = key.rpartition(" ")
    if len(last) < 4 or last.endswith(("ss", "us", "is", "ous", "sis")) or not last.endswith("s"):
        return None
    if last.endswith("ies") and len(last) > 4:
        word = last[:-3] + "y"
    elif last.endswith(("ches", "shes", "xes", "sses")):
        word = last[:-2]
    else:
        word = last[:-1]
    return f"{head} {word}" if head else word


def strip_leading(key: str, leading_words: frozenset[str]) -> str:
    """The key without a leading determiner ("the spinal cord stimulator" -> "spinal cord stimulator")."""
    first, _, rest = key.partition(" ")
    return rest if rest and first in leading_words else key


def mention_keys(key: str, leading_words: frozenset[str] = frozenset({"the"})) -> list[tuple[str, bool]]:
    """Lookup keys of a normalized mention, most literal first: as is, without a leading
    determiner, then with the last word singular (flagged True).

    >>> mention_keys("the epidural injections")
    [('the epidural injections', False), ('epidural injections', False), ('the epidural injection', True), ('epidural injection', True)]
    """
    keys = list(dict.fromkeys([key, strip_leading(key, leading_words)]))
    singulars = [s for s in map(singular, keys) if s]
    return [(k, False) for k in keys] + [(s, True) for s in singulars]


def hyphen_variants(key: str, known_words: frozenset[str] | set[str]) -> list[str]:
    """Hyphenated forms of solid prefixed words ("postlaminectomy syndrome" ->
    "post-laminectomy syndrome"), when what follows the prefix is itself a known word (so
    "pregnancy" never becomes "pre-gnancy"). The key itself is not included."""
    out = []
    words = key.split(" ")
    for i, word in enumerate(words):
        for prefix in HYPHEN_PREFIXES:
            rest = word[len(prefix) :]
            if word.startswith(prefix) and len(rest) >= 4 and rest in known_words:
                out.append(" ".join(words[:i] + [f"{prefix}-{rest}"] + words[i + 1 :]))
                break
    return out


def repeated(ids: list[str]) -> list[str]:
    """The ids listed more than once, sorted."""
    return sorted({i for i in ids if ids.count(i) > 1})


def names_of_several(named: "list[tuple[str, list[str]]]") -> dict[str, list[str]]:
    """``(owner id, names)`` pairs -> the normalized names that several owners give, with their
    owners: a name in a vocabulary file must mean one concept."""
    owners: dict[str, set[str]] = {}
    for owner, names in named:
        for name in names:
            owners.setdefault(normalize(name), set()).add(owner)
    return {n: sorted(o) for n, o in owners.items() if len(o) > 1}
