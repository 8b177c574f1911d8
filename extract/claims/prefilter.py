"""Skipping the scan of a sentence a rule's regular expression cannot match (issue 6: speed).

The claim rules scan every sentence with a few hundred case-insensitive regular expressions,
most of them led by look-behinds and optional modal phrases, which ``re`` tries at every
character. Almost every one needs some literal word in any match ("cause", "treated", "include"):
a sentence whose :func:`fold_case` holds none of a pattern's :func:`needed_words` has no match,
and its scan is skipped. This is the check the recommendation cues make with their
:func:`~extract.claims.recommendations.required_word` (and the figure patterns with theirs), here
read off the compiled pattern itself, so that it follows every edit of a rule.

:class:`Prefiltered` wraps a pattern: ``finditer``, ``search`` and ``findall`` first check the
words (on the folded text, computed once per string), every other method is the pattern's own.
:func:`prefiltered` wraps the patterns a rule builder returns (alone, in a tuple, a named tuple
or a dict's values); :func:`~extract.claims.cues.per_cue_set` applies it to what it caches, and
the rule modules to their module-level patterns (:func:`prefiltered_globals`, at their end).
The words read off each pattern are kept in a file next to :mod:`extract.regexcache`'s
(:func:`needed_words_path`): a later process reads them instead of parsing the patterns again.
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import sys
import tempfile
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator, Optional

from extract import regexcache as re

try:  # the parser ``re`` compiles with (CPython 3.11 and later)
    from re import _constants as _sre, _parser as _parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python: no prefilter
    _sre = _parse = None

#: The characters outside ASCII that a case-insensitive ASCII letter matches in Python's ``re``
#: (checked over every code point in ``tests/claims/test_speed.py``), with that letter.
_NON_ASCII_CASES = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def fold_case(text: str) -> str:
    """``text`` lower-cased such that an ASCII word a case-insensitive regex matches in ``text``
    is a substring of the result ("\u017fhould" -> "should", as ``re.IGNORECASE`` reads it)."""
    return text.translate(_NON_ASCII_CASES).lower()


def needed_words(pattern: "re.Pattern[str]") -> Optional[frozenset[str]]:
    """Lower-case ASCII strings one of which every match of ``pattern`` holds (in
    :func:`fold_case` of the text), or None when no such set is found (a pattern that can match
    without a literal, or that the parser cannot read).

    Read from ``re``'s parse tree: a run of consecutive ASCII literals is matched as it is
    (case-insensitively at most); a sequence needs what any of its parts needs (the part whose
    shortest string is longest is taken), an alternation what one of its branches needs (all
    branches must need something), a group or a repeat of at least once what its content needs.
    Look-arounds, classes, anchors and optional parts need nothing.
    """
    if _parse is None or not isinstance(pattern.pattern, str):
        return None
    key = (hashlib.blake2b(pattern.pattern.encode("utf-8", "surrogatepass"), digest_size=16).digest(), int(pattern.flags))
    known = _known_words()
    if key in known:
        found = known[key]
        return None if found is None else frozenset(found)
    try:
        tree = _parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - re compiled it, so its parser reads it
        return None
    words = _needs(tree)
    with _words_lock:
        _new_words[key] = known[key] = None if words is None else tuple(sorted(words))
        global _save_registered
        if not _save_registered:
            atexit.register(save_needed_words)
            _save_registered = True
    return words


# -- the needed words of the patterns, kept on disk -------------------------------------------
# Reading a pattern's words parses it with ``re``'s parser, in pure Python: about 0.3 CPU s a
# process for the rules' patterns (the cue alternations are long). They depend on nothing but
# the pattern, its flags, Python's parser and the reading above: they are kept in a file next to
# the compiled patterns of :mod:`extract.regexcache` (and follow its switch,
# ``EVIDENCE_REGEX_CACHE=0``), under a key of this file's source, checksummed, added to when a
# process that read new patterns exits (written whole under a temporary name, then renamed).

_WORDS_MAGIC = b"EVNW"
#: Most patterns kept in the file (a run of the pipeline reads about 500).
MAX_WORDS_ENTRIES = 20_000
_words_lock = threading.RLock()
_known: Optional[dict[tuple[bytes, int], Optional[tuple[str, ...]]]] = None
_new_words: dict[tuple[bytes, int], Optional[tuple[str, ...]]] = {}
_save_registered = False


def needed_words_path() -> Path:
    """The file of the needed words: ``needed-words/`` in the project's cache folder (beside the
    regex cache's ``regex/``), named as the regex cache file of this Python version."""
    path = re.cache_path()
    return path.parent.parent / "needed-words" / path.name


@lru_cache(maxsize=1)
def _source_key() -> str:
    """What the words read depend on besides the pattern: this file and the parser's version."""
    return hashlib.blake2b(Path(__file__).read_bytes() + sys.version.encode(), digest_size=16).hexdigest()


def _known_words() -> dict[tuple[bytes, int], Optional[tuple[str, ...]]]:
    global _known
    if _known is None:
        with _words_lock:
            if _known is None:
                _known = _read_words(needed_words_path()) if re.enabled() else {}
    return _known


def _read_words(path: Path) -> dict[tuple[bytes, int], Optional[tuple[str, ...]]]:
    """The entries of the file, or none when it is missing, damaged or of another source (the
    file is an optimisation, never an error)."""
    try:
        raw = path.read_bytes()
    except OSError:
        return {}
    head = len(_WORDS_MAGIC) + 32
    digest, payload = raw[len(_WORDS_MAGIC) : head], raw[head:]
    if not raw.startswith(_WORDS_MAGIC) or hashlib.blake2b(payload, digest_size=32).digest() != digest:
        return {}
    try:
        key, entries = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return {}
    return entries if key == _source_key() and isinstance(entries, dict) else {}


def save_needed_words(path: Optional[Path] = None) -> int:
    """Add the words this process read to the file; the number of new entries written (0 when
    none, when the cache is off or the folder cannot be written)."""
    with _words_lock:
        if not _new_words or not re.enabled():
            return 0
        path = path or needed_words_path()
        entries = {**_read_words(path), **_new_words}
        entries = dict(list(entries.items())[-MAX_WORDS_ENTRIES:])
        payload = marshal.dumps((_source_key(), entries))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(_WORDS_MAGIC + hashlib.blake2b(payload, digest_size=32).digest() + payload)
                os.replace(tmp, path)
            except BaseException:
                os.unlink(tmp)
                raise
        except OSError:
            return 0
        written = len(_new_words)
        _new_words.clear()
        return written


def _needs(items: Any) -> Optional[frozenset[str]]:
    """What a sequence of parse-tree items needs (see :func:`needed_words`)."""
    options: list[frozenset[str]] = []
    run: list[str] = []
    items = list(items)
    for i, (op, av) in enumerate(items):
        if op is _sre.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        if run:
            # a run right before a group or alternation whose matches all start with literals
            # ("ca(?:n\\s+cause|use)", as :func:`~extract.claims.cues.alternation` writes cue
            # lists) is followed by one of them: the run with each is needed ("can", "cause")
            leads = _leads(items[i:])
            prefix = "".join(run)
            options.append(frozenset([prefix]) if not leads else frozenset(prefix + w for w in leads))
            run = []
        need: Optional[frozenset[str]] = None
        if op is _sre.SUBPATTERN:
            need = _needs(av[3])
        elif op is _sre.ATOMIC_GROUP:
            need = _needs(av)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            need = _needs(av[2]) if av[0] >= 1 else None
        elif op is _sre.BRANCH:
            branches = [_needs(b) for b in av[1]]
            need = None if any(b is None for b in branches) else frozenset().union(*branches)  # type: ignore[arg-type]
        if need:
            options.append(need)
    if run:
        options.append(frozenset(["".join(run)]))
    if not options:
        return None
    return max(options, key=lambda words: (min(len(w) for w in words), -len(words)))


#: Most literal starts :func:`_leads` spells out (beyond, the run alone is needed).
MAX_LEADS = 64


def _leads(items: Any) -> Optional[frozenset[str]]:
    """Lower-case ASCII strings one of which every match of a sequence of parse-tree items
    starts with (its leading literals, through groups and alternations), or None."""
    run: list[str] = []
    i = 0
    while i < len(items) and items[i][0] is _sre.LITERAL and items[i][1] < 128:
        run.append(chr(items[i][1]).lower())
        i += 1
    prefix = "".join(run)
    rest: Optional[frozenset[str]] = None
    if i < len(items):
        op, av = items[i]
        if op is _sre.SUBPATTERN:
            rest = _leads(list(av[3]))
        elif op is _sre.BRANCH:
            branches = [_leads(list(b)) for b in av[1]]
            rest = None if any(not b for b in branches) else frozenset().union(*branches)  # type: ignore[arg-type]
        elif op is _sre.IN and av and all(o is _sre.LITERAL and c < 128 for o, c in av):
            rest = frozenset(chr(c).lower() for _, c in av)  # "cause(?:d|s)": the parser's class [ds]
    if rest and len(rest) <= MAX_LEADS:
        return frozenset(prefix + w for w in rest)
    return frozenset([prefix]) if prefix else None


#: The last string folded with its fold, as one tuple (replaced whole: safe across threads): a
#: rule's patterns scan the same sentence in turn.
_last: list[tuple[Optional[str], str]] = [(None, "")]


def _folded(text: str) -> str:
    last = _last[0]
    if last[0] is text:
        return last[1]
    folded = fold_case(text)
    _last[0] = (text, folded)
    return folded


class Prefiltered:
    """A compiled pattern whose scans (``finditer``, ``search``, ``findall``) first check that the
    text holds one of its :func:`needed_words`: the same results, without scanning a text that
    cannot match. Every other attribute is the pattern's."""

    __slots__ = ("regex", "words", "_last_scan", "match", "fullmatch", "sub", "subn", "split", "pattern", "flags")

    def __init__(self, regex: "re.Pattern[str]", words: frozenset[str]) -> None:
        self.regex = regex
        #: (text, arguments, matches) of the last ``finditer``: several rules scan a sentence
        #: with the same pattern (the forward cause cues twice); the matches are read-only.
        self._last_scan: tuple[Any, ...] = (None, None, ())
        # a word that holds another needed word is found whenever it is ("causes" when "cause" is)
        self.words = tuple(sorted(w for w in words if not any(v != w and v in w for v in words)))
        # the pattern's own methods and attributes the rules read most, as attributes (not through
        # ``__getattr__``, a Python call at every use)
        self.match, self.fullmatch, self.sub, self.subn, self.split = regex.match, regex.fullmatch, regex.sub, regex.subn, regex.split
        self.pattern, self.flags = regex.pattern, regex.flags

    def may_match(self, text: str) -> bool:
        """Whether ``text`` holds one of the needed words (else the pattern has no match in it)."""
        last = _last[0]  # :func:`_folded`, inline: the scans below are called some 100 times a sentence
        folded = last[1] if last[0] is text else _folded(text)
        for word in self.words:
            if word in folded:
                return True
        return False

    def finditer(self, string: str, *args: Any, **kwargs: Any) -> Iterator["re.Match[str]"]:
        last = _last[0]  # :meth:`may_match`, inline
        folded = last[1] if last[0] is string else _folded(string)
        for word in self.words:
            if word in folded:
                break
        else:
            return iter(())
        key = (args, tuple(kwargs.items())) if kwargs else args
        last = self._last_scan
        if last[0] is string and last[1] == key:
            return iter(last[2])
        matches = tuple(self.regex.finditer(string, *args, **kwargs))
        self._last_scan = (string, key, matches)
        return iter(matches)

    def search(self, string: str, *args: Any, **kwargs: Any) -> Optional["re.Match[str]"]:
        last = _last[0]  # :meth:`may_match`, inline
        folded = last[1] if last[0] is string else _folded(string)
        for word in self.words:
            if word in folded:
                return self.regex.search(string, *args, **kwargs)
        return None

    def findall(self, string: str, *args: Any, **kwargs: Any) -> list[Any]:
        return self.regex.findall(string, *args, **kwargs) if self.may_match(string) else []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.regex, name)

    def __repr__(self) -> str:
        return f"Prefiltered({self.regex!r})"


def prefiltered(value: Any) -> Any:
    """``value`` with each compiled pattern in it (itself, an item of a tuple or named tuple, a
    value of a dict) wrapped in :class:`Prefiltered` when it has :func:`needed_words`."""
    if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
        words = needed_words(value)
        return Prefiltered(value, words) if words else value
    if isinstance(value, tuple) and any(isinstance(v, re.Pattern) for v in value):
        items = [prefiltered(v) if isinstance(v, re.Pattern) else v for v in value]
        return type(value)(*items) if hasattr(value, "_fields") else tuple(items)
    if isinstance(value, dict) and any(isinstance(v, re.Pattern) for v in value.values()):
        return {k: prefiltered(v) if isinstance(v, re.Pattern) else v for k, v in value.items()}
    return value


def prefiltered_globals(namespace: dict[str, Any]) -> dict[str, Any]:
    """The compiled patterns of a module's ``namespace`` that have :func:`needed_words`, wrapped
    in :class:`Prefiltered`, by name (``globals().update(prefiltered_globals(globals()))`` at the
    end of a module: its functions then read the wrapped patterns)."""
    out = {}
    for name, value in namespace.items():
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
            wrapped = prefiltered(value)
            if wrapped is not value:
                out[name] = wrapped
    return out
