"""What the check reads of ICD-10-CM, as a small table instead of simple-icd-10-cm's whole tree.

:func:`~extract.consistency.measures.icd_complication` asks, of the codes on the way down from
an ICD-10-CM code to a code under it, whether each exists and whether its description names the
condition "with" something. simple-icd-10-cm answers from its whole classification, which it
builds at import: about 170 MB, loaded by the first comparison of two ICD-10-CM concepts of a
check. This module answers the same two questions from ``data/icd10cm_codes.json.gz`` (about
90 kB; made by :func:`build_table` from the installed simple-icd-10-cm, and valid for that
version only): for each 3-character category, its codes (the part after the dot, ``-`` for
the category itself), those described "with" something marked ``+``.

On the way down from a category, a code's parent in simple-icd-10-cm is its longest proper
prefix that is a code (``T36.0X1`` is under ``T36.0``: ``T36.0X`` is no code), so the codes on
the way from ``code`` up to an ancestor that is a prefix of it are the prefixes of ``code``
that are codes; :func:`complication` walks those. It answers None when the table does not
apply (another simple-icd-10-cm version, a code not of the form ``A00.0``, an ancestor that is
not a prefix): the caller then asks simple-icd-10-cm itself. Tests pin the table to the
installed package and the answers to the tree walk on every code and prefix.
"""

from __future__ import annotations

import gzip
import json
import warnings
from functools import lru_cache
from importlib import resources
from typing import Any, Optional

from extract.consistency.measures import _ICD_CODE as CODE  # a code the table holds: a category (A00) or under one (A00.1)
from extract.consistency.measures import _WITH as WITH  # a description of a combination code: a condition "with" another
_FILE = "icd10cm_codes.json.gz"
_SELF = "-"  # the category itself, in its list


class TableError(ValueError):
    """The packaged table is malformed."""


def build_table() -> dict[str, Any]:
    """The table from the installed simple-icd-10-cm (loads its whole tree: for building only)."""
    from extract.linking.icd import _icd, icd_version

    cm = _icd()
    codes: dict[str, dict[str, bool]] = {}
    for code in cm.get_all_codes(with_dots=True):
        if CODE.match(code):
            codes.setdefault(code[:3], {})[code[4:] or _SELF] = bool(WITH.search(cm.get_description(code)))
    return {
        "source": "simple-icd-10-cm",
        "version": icd_version(),
        "with": WITH.pattern,
        "codes": {cat: " ".join(rest + ("+" if w else "") for rest, w in sorted(found.items())) for cat, found in sorted(codes.items())},
    }


def write_table(path: Any) -> None:
    """Write :func:`build_table` to ``path`` (gzip, no timestamp: the same table, the same bytes)."""
    text = json.dumps(build_table(), separators=(",", ":"), sort_keys=True).encode("utf-8")
    with open(path, "wb") as sink:
        sink.write(gzip.compress(text, mtime=0))


def validate_table(data: Any) -> dict[str, str]:
    """The codes of a table as read from JSON, or a TableError saying what is wrong."""
    if not isinstance(data, dict) or set(data) != {"source", "version", "with", "codes"}:
        raise TableError("an ICD-10-CM code table has exactly: source, version, with, codes")
    if data["with"] != WITH.pattern:
        raise TableError(f"the table marks descriptions by {data['with']!r}, the check by {WITH.pattern!r}")
    codes = data["codes"]
    if not isinstance(codes, dict):
        raise TableError("the table's codes are an object of categories")
    for cat, text in codes.items():
        if not (isinstance(text, str) and CODE.match(cat) and len(cat) == 3):
            raise TableError(f"not a category and its codes: {cat!r}")
        for rest in text.split(" "):
            code = cat if rest.rstrip("+") == _SELF else f"{cat}.{rest.rstrip('+')}"
            if not CODE.match(code) or rest.count("+") > 1 or "+" in rest[:-1]:
                raise TableError(f"not a code of {cat}: {rest!r}")
    return codes


@lru_cache(maxsize=1)
def _table() -> Optional[dict[str, str]]:
    """Each category's codes as `` code code+ ... `` (spaces round every code), or None when
    the packaged table is not for the installed simple-icd-10-cm (one warning)."""
    from extract.linking.icd import icd_version

    raw = resources.files("extract.consistency").joinpath("data", _FILE).read_bytes()
    data = json.loads(gzip.decompress(raw))
    codes = validate_table(data)
    if data["version"] != icd_version():
        warnings.warn(
            f"the ICD-10-CM code table is for simple-icd-10-cm {data['version']}, not the installed "
            f"{icd_version()}: the check reads the package's whole tree instead",
            stacklevel=2,
        )
        return None
    return {cat: f" {text} " for cat, text in codes.items()}


def _state(table: dict[str, str], code: str) -> Optional[bool]:
    """None: no such code; else whether its description says "with"."""
    text = table.get(code[:3])
    if text is None:
        return None
    rest = code[4:] or _SELF
    if f" {rest}+ " in text:
        return True
    return False if f" {rest} " in text else None


def complication(ancestor: str, code: str) -> Optional[bool]:
    """:func:`~extract.consistency.measures.icd_complication` from the table: whether a code on
    the way down from ``ancestor`` to ``code`` (``code`` included) is described "with" something
    ``ancestor``'s description does not say; False for codes ICD-10-CM does not know. None when
    the table does not apply (see the module's docstring)."""
    if not (CODE.match(ancestor) and CODE.match(code)):
        return None
    top, below = ancestor.replace(".", ""), code.replace(".", "")
    if not below.startswith(top):
        return None
    table = _table()
    if table is None:
        return None
    if code == ancestor:
        return False
    at_code, at_ancestor = _state(table, code), _state(table, ancestor)
    if at_code is None or at_ancestor is None or at_ancestor:
        return False
    for end in range(len(below), len(top), -1):  # code, then its prefixes, down to the ancestor's length
        prefix = below[:3] + ("." + below[3:end] if end > 3 else "")
        if _state(table, prefix):
            return True
    return False
