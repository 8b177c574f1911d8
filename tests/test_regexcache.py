"""The disk cache of compiled regular expressions: a pattern read back from it is the pattern
``re.compile`` builds (same program, groups and flags), and a bad cache file never changes a
match or raises; it is ignored and replaced."""

import hashlib
import marshal
import re
from pathlib import Path

import pytest

from extract import regexcache
from extract.claims.cues import alternation, flat_alternation

#: Patterns in the styles the rules use: word-bounded alternations of cue phrases with named
#: groups, look-behinds, case-insensitive and multi-line flags, Unicode classes.
PATTERNS = [
    (r"(?<![\w-])(?P<verb>can\s+lead\s+to|leads?\s+to|causes?|results?\s+in)(?![\w-])", re.IGNORECASE),
    (r"(?P<num>(?<![\w.,/\-])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(?P<unit>%|percent|per\s+cent)", 0),
    (r"^\s*(?:[-*\u2022\u25aa]|\d+[.)])\s+(?P<item>.+)$", re.MULTILINE),
    (r"(?:should|must|may)\s+(?:not\s+)?(?:be\s+)?(?:avoid(?:ed)?|stop(?:ped)?)\b", re.I),
    (r"\b(?:don['\u2019]t|do\s+not)\s+(?P<action>\w+)", re.IGNORECASE | re.UNICODE),
    (r"(a)|(b)(?P<c>c)?", 0),
]
SENTENCES = [
    "Smoking can lead to chronic bronchitis and leads to COPD in 15% of smokers.",
    "Up to 1,200 patients (12.5 percent) had migraines; 30 per cent had aura.",
    "Symptoms:\n- wheezing\n\u2022 chest tightness\n2) a cough at night",
    "Patients with gout should avoid beer; you must not be stopped from walking.",
    "Don\u2019t scratch the rash. Do not skip doses of the inhaler.",
    "abc ab a b c",
]


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder for the test; the module's memory forgotten before and after."""
    monkeypatch.setenv(regexcache.CACHE_ENV_VAR, str(tmp_path))
    monkeypatch.delenv(regexcache.SWITCH_ENV_VAR, raising=False)
    regexcache.clear_memory()
    yield tmp_path
    regexcache.clear_memory()


def _hits(pattern: re.Pattern[str]) -> list[list[tuple[int, int, dict]]]:
    return [[(m.start(), m.end(), m.groupdict()) for m in pattern.finditer(s)] for s in SENTENCES]


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert a == b  # re.Pattern equality compares pattern, flags and the compiled program
    assert (a.groups, a.groupindex, a.flags) == (b.groups, b.groupindex, b.flags)
    assert _hits(a) == _hits(b)


def test_patterns_read_back_from_disk_are_the_patterns_re_compiles(cache_dir: Path) -> None:
    first = [regexcache.compile(p, f) for p, f in PATTERNS]
    assert regexcache.save() == len(PATTERNS)
    assert regexcache.cache_path().parent == cache_dir / "regex"
    regexcache.clear_memory()
    for (p, f), before in zip(PATTERNS, first):
        again = regexcache.compile(p, f)
        assert again is not before  # built again in this "process", from the file
        _same(again, re.compile(p, f))
    assert regexcache.save() == 0  # nothing new to add


def test_every_rule_pattern_of_the_pipeline_round_trips_through_the_cache(nlp, cache_dir: Path) -> None:
    """Every long pattern alive once the pipeline has processed a document (the claim, figure,
    assertion and reference rules' cue alternations, spaCy's tokenizer's) is rebuilt from its
    cached program as exactly what re.compile builds."""
    import gc

    doc = nlp("Obesity is a major risk factor for knee osteoarthritis; about 30% of adults are affected. "
              "Your doctor may recommend weight loss. Symptoms include stiffness and swelling.")
    assert doc._.claims
    rules = {
        (p.pattern, p.flags) for p in gc.get_objects()
        if isinstance(p, re.Pattern) and type(p.pattern) is str and len(p.pattern) > 200  # (str subclasses: re.compile)
    }
    assert len(rules) > 50
    regexcache.clear_memory()
    for pattern, flags in rules:
        regexcache.compile(pattern, flags)
    assert regexcache.save() == len(rules)
    regexcache.clear_memory()
    for pattern, flags in rules:
        cached, compiled = regexcache.compile(pattern, flags), re.compile(pattern, flags)
        assert cached == compiled
        assert (cached.groupindex, cached.flags, cached.groups) == (compiled.groupindex, compiled.flags, compiled.groups)


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[: len(raw) // 2],  # truncated
        lambda raw: b"",  # empty
        lambda raw: b"\x00\xff" * 100,  # binary junk
        lambda raw: raw[:40] + bytes([raw[40] ^ 0xFF]) + raw[41:],  # one byte flipped: checksum mismatch
        lambda raw: b'{"not": "a cache"}',  # some other file
    ],
    ids=["truncated", "empty", "junk", "flipped", "json"],
)
def test_a_damaged_cache_file_is_ignored_and_replaced(cache_dir: Path, damage) -> None:
    for p, f in PATTERNS:
        regexcache.compile(p, f)
    regexcache.save()
    path = regexcache.cache_path()
    path.write_bytes(damage(path.read_bytes()))
    regexcache.clear_memory()
    for p, f in PATTERNS:
        _same(regexcache.compile(p, f), re.compile(p, f))
    assert regexcache.save() == len(PATTERNS)  # compiled again, and the file rewritten whole
    regexcache.clear_memory()
    assert regexcache._read(path).keys() == {(p, int(f)) for p, f in PATTERNS}


def test_a_program_the_regex_engine_rejects_is_compiled_again(cache_dir: Path) -> None:
    """A file with a valid checksum but a broken program (written by a buggy or foreign
    writer) falls back to compiling the pattern."""
    pattern, flags = PATTERNS[0]
    regexcache.compile(pattern, flags)
    regexcache.save()
    path = regexcache.cache_path()
    entries = regexcache._read(path)
    parts = list(entries[(pattern, int(flags))])
    parts[1] = b"\x07\x00\x00\x00" * 3  # an opcode sequence _sre's validator refuses
    entries[(pattern, int(flags))] = tuple(parts)
    payload = marshal.dumps((regexcache._version_key(), entries))
    path.write_bytes(b"EVRX" + hashlib.blake2b(payload, digest_size=32).digest() + payload)
    regexcache.clear_memory()
    _same(regexcache.compile(pattern, flags), re.compile(pattern, flags))


def test_a_file_of_another_python_is_not_read(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pattern, flags = PATTERNS[1]
    monkeypatch.setattr(regexcache, "_version_key", lambda: "cpython-399-other")
    regexcache.compile(pattern, flags)
    written = regexcache.cache_path()
    regexcache.save()
    monkeypatch.undo()
    monkeypatch.setenv(regexcache.CACHE_ENV_VAR, str(cache_dir))
    assert written != regexcache.cache_path()  # the version is in the file name
    written.rename(regexcache.cache_path())  # and in the file, should one be renamed
    assert regexcache._read(regexcache.cache_path()) == {}


def test_switched_off_nothing_is_written(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(regexcache.SWITCH_ENV_VAR, "0")
    _same(regexcache.compile(*PATTERNS[2]), re.compile(*PATTERNS[2]))
    assert regexcache.save() == 0
    assert not (cache_dir / "regex").exists()


def test_an_unwritable_cache_folder_is_not_an_error(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = cache_dir / "file"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv(regexcache.CACHE_ENV_VAR, str(blocker))
    _same(regexcache.compile(*PATTERNS[3]), re.compile(*PATTERNS[3]))
    assert regexcache.save() == 0


def test_module_functions_behave_as_re(cache_dir: Path) -> None:
    text = "Take 2 tablets; then 1 TABLET at night, tablets x3"
    assert regexcache.search(r"(\d+)\s+tablets?", text).group(1) == "2"
    assert regexcache.findall(r"tablets?", text, re.I) == re.findall(r"tablets?", text, re.I)
    assert regexcache.sub(r"\d+", "N", text, count=1) == re.sub(r"\d+", "N", text, count=1)
    assert regexcache.subn(r"\d", "#", text) == re.subn(r"\d", "#", text)
    assert regexcache.split(r"[;,]\s*", text, maxsplit=1) == re.split(r"[;,]\s*", text, maxsplit=1)
    assert regexcache.fullmatch(r"\w+", "tablets") and not regexcache.match(r"then", text)
    assert [m.span() for m in regexcache.finditer(r"\d", text)] == [m.span() for m in re.finditer(r"\d", text)]
    compiled = re.compile(r"x\d")
    assert regexcache.compile(compiled) is compiled
    assert regexcache.compile(rb"\d+").match(b"12").group() == b"12"  # bytes: re's own way
    assert regexcache.IGNORECASE is re.IGNORECASE and regexcache.escape("a.b") == r"a\.b"
    with pytest.raises(re.error, match="missing \\)"):
        regexcache.compile(r"(unclosed")
    assert regexcache.save() > 0


def test_alternations_are_the_same_whatever_the_order_of_the_phrases() -> None:
    """Longest first, ties alphabetical: the same pattern text in every process (a set's order
    changes with the process), so its compiled program is found in the cache."""
    phrases = ["leads to", "causes", "results in", "induces", "can cause"]
    assert alternation(phrases) == alternation(list(reversed(phrases)))
    assert alternation(phrases) == r"ca(?:n\s+cause|uses)|induces|leads\s+to|results\s+in"  # a trie (issue 6: speed)
    assert flat_alternation(phrases) == flat_alternation(list(reversed(phrases)))
    assert flat_alternation(phrases) == r"results\s+in|can\s+cause|leads\s+to|induces|causes"


def test_the_file_keeps_at_most_max_entries_those_used_last_first(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(regexcache, "MAX_ENTRIES", 4)
    old = [rf"old{i}\d+" for i in range(4)]
    for p in old:
        regexcache.compile(p)
    regexcache.save()
    regexcache.clear_memory()
    regexcache.compile(old[0])  # read back from the file: used by this process
    regexcache.compile(r"new\w+")
    regexcache.compile(r"newer\s+")
    regexcache.save()
    kept = {p for p, _ in regexcache._read(regexcache.cache_path())}
    assert len(kept) == 4
    assert {old[0], r"new\w+", r"newer\s+"} <= kept


def test_the_file_keeps_at_most_max_bytes_those_used_first(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A few huge programs (or patterns built from text in every process) must not grow the
    file without bound: its size is capped, and what this process used stays."""
    import marshal

    big = [rf"(?:{'|'.join(f'word{i}x{j}' for j in range(300))})\d" for i in range(6)]
    for p in big:
        regexcache.compile(p)
    regexcache.save()
    sizes = [len(marshal.dumps(v)) for v in regexcache._read(regexcache.cache_path()).values()]
    assert len(sizes) == 6 and min(sizes) > 1000  # six large programs on disk
    regexcache.clear_memory()
    monkeypatch.setattr(regexcache, "MAX_BYTES", 3 * max(sizes) + 2000)
    regexcache.compile(big[0])  # read back from the file: used by this process
    regexcache.compile(r"new\w+")
    regexcache.save()
    kept = {p for p, _ in regexcache._read(regexcache.cache_path())}
    assert big[0] in kept and r"new\w+" in kept
    assert len(kept) <= 4  # the byte budget bounded it (MAX_ENTRIES is 4,000)


def test_patterns_built_from_document_text_stay_out_of_the_disk_cache(nlp, cache_dir: Path) -> None:
    """Only the patterns of the package's code and data files are saved: a pattern made from a
    document's words (an escaped intervention or short form, in linking.measures) compiles with
    ``re`` itself, so the cache file does not grow with the documents a process reads."""
    texts = [
        "Zorbic fuzzle syndrome (ZFS) affects 12% of adults. Among patients undergoing zorbaplasty for ZFS, "
        "30% of patients undergoing zorbaplasty reported less pain.",
        "In patients treated with quandrimab infusion, 45% of patients treated with quandrimab infusion "
        "had relief of Plimbert neuralgia (PN); 20% of adults with PN improved.",
    ]
    for text in texts:
        assert nlp(text)._.claims
    regexcache.save()
    saved = regexcache._read(regexcache.cache_path())
    kept = [p for p, _ in saved] + [p for _, p, _ in regexcache._memory]
    assert saved  # the rules' own patterns are saved
    for word in ("zorba", "ZFS", "quandrimab", "Plimbert", r"PN(?!"):
        assert not [p for p in kept if isinstance(p, str) and word.lower() in p.lower()], word
