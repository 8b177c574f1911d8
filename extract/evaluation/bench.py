"""The throughput and memory benchmark of ``evidence bench``: figures measured, never asserted.

Three parts, each a plain function:

- :func:`build_corpus` writes a corpus of a given size (or number of documents) from the
  project's corpora, file by file, repeated and *varied*: copy 0 is the corpora as they are;
  every further copy changes each document with a seeded random generator (:func:`vary`), so
  that no two files are the same and the run sees new mentions and new figures, as on a real
  corpus. The variations, and why:

  * condition and treatment names swapped among real names of the same kind
    (``data/bench_variations.json``): the linker caches its answer per distinct mention, and a
    corpus of identical repeats would be answered from that cache after the first copy;
  * a few of the figures changed, as sources quoting the same measure do: each percentage or
    "N patients" count is kept as written with probability :data:`FIGURE_KEPT` (most sources
    repeat a figure), a count is moved by at most :data:`NEAR_CHANGE` of its value with
    probability :data:`FIGURE_NEAR` (less than the check's 10% ``about_tolerance``: a
    difference the check lets pass), and the rest are scaled by 0.6 to 1.4 (a real
    disagreement), keeping their format. Scaling every figure of every copy, as before, made
    every copy of a measure disagree with every other, so the conflicts (and the check's work)
    grew with the square of the copies, as on no real corpus;
  * paragraph order shuffled (sections keep their heading; the first line, the title, and a
    reference list stay in place; in HTML the contents of ``<p>`` elements are permuted): the
    sentences around a figure or a claim (its context) change;
  * heading capitalisation varied (as written, UPPER, Title Case or Sentence case; acronyms
    kept): headings are read by the sentence splitter and the claim stages.

  What is not varied: the sentences themselves. The mention caches are therefore warmer than
  on a corpus of all-different documents (the run prints the linker calls it made); on the
  repository corpora about one mention in five changes from one copy to the next.

- :func:`measure_run` (in a fresh child process: :func:`run_child`) times ``extract.runner.run``,
  the real thing a user runs, over such a corpus, with the stage timing of
  :mod:`extract.pipeline.timing` on: tokens, documents, MB per second, peak memory, seconds per
  stage (read, parse, extract, link, check, write, and the rest).
- :func:`measure_baseline` (in its own fresh child process) times scispaCy's parts alone, as
  the pipeline builds them (:func:`baseline_pipeline`): the biomedical tokenizer, pysbd
  sentence segmentation and Schwartz-Hearst abbreviation detection, over the same texts.

Both children are pinned to one core and run one after the other; each reports wall and CPU
seconds (on a shared machine the ratio of CPU seconds is the fair figure). The figures of a
bench go into a :class:`BenchReport`, written as JSON by :func:`write_report`.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import random
import re
import resource
import shlex
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

#: The files a corpus is built from, as they are.
SOURCE_SUFFIXES = (".txt", ".md", ".html")
#: Bytes in a MB, for sizes and MB/s.
MB = 1_000_000
#: Tries to make a copy of a document that differs from every file written before.
VARY_TRIES = 5


class BenchError(RuntimeError):
    """A benchmark could not run: no source documents, a bad folder, a child process failed."""


# -- the variations ---------------------------------------------------------------------------


class Variations(BaseModel):
    """The names the copies of a corpus swap (``extract/evaluation/data/bench_variations.json``)."""

    model_config = ConfigDict(extra="forbid")
    about: str = ""
    conditions: list[str] = Field(min_length=2)
    treatments: list[str] = Field(min_length=2)

    @field_validator("conditions", "treatments")
    @classmethod
    def _distinct(cls, names: list[str]) -> list[str]:
        lowered = [n.strip().lower() for n in names]
        if any(not n for n in lowered) or len(set(lowered)) != len(lowered):
            raise ValueError("names must be non-empty and distinct (ignoring case)")
        return names


@lru_cache(maxsize=4)
def load_variations(path: Optional[str] = None) -> Variations:
    """The packaged name lists, or those of ``path``; raises BenchError naming a bad file."""
    from extract.datafiles import load_data_file

    return load_data_file(Variations, "extract.evaluation", "bench_variations.json", path, BenchError, "variation file")


_PERCENT = re.compile(r"(?<![\w.,])(\d{1,3}(?:\.\d+)?)(?=\s?(?:%|percent\b|per cent\b))", re.IGNORECASE)
_COUNT = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d{2,6})(?=\s(?:patients|people|participants|subjects|adults|children|women|men)\b)"
)
_HTML_HEADING = re.compile(r"(<h[1-6]\b[^>]*>)(.*?)(</h[1-6]>)", re.IGNORECASE | re.DOTALL)
_HTML_PARAGRAPH = re.compile(r"(<p\b[^>]*>)(.*?)(</p>)", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"(<[^>]*>)")
_REFERENCES = re.compile(r"^\W*(references|bibliography|sources|works cited)\W*$", re.IGNORECASE)
#: Heading styles a copy writes its headings in.
HEADING_STYLES = ("as written", "upper", "title", "sentence")


def swap_names(text: str, mapping: dict[str, str]) -> str:
    """``text`` with every name of ``mapping`` (any case, whole words) replaced by its image,
    written in the case of the original (``Migraine`` -> ``Sciatica``, ``MIGRAINE`` -> ``SCIATICA``)."""
    return name_swapper(mapping)(text)


def name_swapper(mapping: dict[str, str]) -> Callable[[str], str]:
    """:func:`swap_names` for one mapping, its pattern compiled once."""
    if not mapping:
        return lambda text: text
    lowered = {k.lower(): v for k, v in mapping.items()}
    names = sorted(lowered, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, names)) + r")(?![\w-])", re.IGNORECASE)
    return lambda text: pattern.sub(lambda m: _image(m.group(0), mapping, lowered), text)


def _image(original: str, mapping: dict[str, str], lowered: dict[str, str]) -> str:
    """The image of a name: as the table writes it when the text writes the name so too,
    else in the case of the text (``Migraine`` at a sentence start, ``MIGRAINE`` in a heading)."""
    if original in mapping:
        return mapping[original]
    new = lowered[original.lower()]
    if original.isupper():
        return new.upper()
    if original[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


#: Share of the figures of a copy kept as written (see the module docstring).
FIGURE_KEPT = 0.85
#: Share of the counts moved by at most :data:`NEAR_CHANGE` (within the check's tolerance).
FIGURE_NEAR = 0.08
#: Largest relative change of a count moved near its value.
NEAR_CHANGE = 0.05
#: Range of the factor of a figure changed beyond the check's tolerances.
FAR_CHANGE = (0.6, 1.4)


def _figure_factor(rng: random.Random, near: bool) -> float:
    """1.0 (kept), a factor within ``NEAR_CHANGE`` (when ``near`` applies), or one in ``FAR_CHANGE``."""
    draw = rng.random()
    if draw < FIGURE_KEPT:
        return 1.0
    if near and draw < FIGURE_KEPT + FIGURE_NEAR:
        return rng.uniform(1 - NEAR_CHANGE, 1 + NEAR_CHANGE)
    return rng.uniform(*FAR_CHANGE)


def change_numbers(text: str, rng: random.Random) -> str:
    """``text`` with some of its percentages and patient counts changed (see the module
    docstring: most kept, some counts moved within the check's tolerance, a few scaled by 0.6
    to 1.4), in the same format (decimals, thousands separators); percentages stay at most 100."""

    def percent(m: re.Match) -> str:
        digits = m.group(1)
        factor = _figure_factor(rng, near=False)  # a percentage has no tolerance beyond its rounding
        if factor == 1.0:
            return digits
        decimals = len(digits.split(".")[1]) if "." in digits else 0
        value = min(100.0, max(0.0, float(digits) * factor))
        return f"{value:.{decimals}f}" if decimals else str(max(1, round(value)))

    def count(m: re.Match) -> str:
        digits = m.group(1)
        factor = _figure_factor(rng, near=True)
        if factor == 1.0:
            return digits
        value = max(2, round(int(digits.replace(",", "")) * factor))
        return f"{value:,}" if "," in digits else str(value)

    return _COUNT.sub(count, _PERCENT.sub(percent, text))


def restyle_heading(heading: str, style: str) -> str:
    """A heading in one of :data:`HEADING_STYLES`; words in capitals (acronyms) are kept."""
    if style == "upper":
        return heading.upper()
    words = re.split(r"(\s+)", heading)
    if style == "title":
        return "".join(w[:1].upper() + w[1:] if w[:1].islower() else w for w in words)
    if style == "sentence":
        out, first = [], True
        for w in words:
            if w.strip() and not first and w[:1].isupper() and w[1:].islower():
                w = w.lower()
            first = first and not w.strip()
            out.append(w)
        return "".join(out)
    return heading


def shuffle_sections(text: str, rng: random.Random) -> str:
    """Plain text or Markdown with its sections in a new order and the paragraphs of each
    section shuffled; the first paragraph (the title) and a reference list stay in place."""
    from extract.pipeline.lines import find_headings

    blocks = [b for b in re.split(r"\n\s*\n", text.strip("\n")) if b.strip()]
    if len(blocks) < 3:
        return text
    head, body, tail = blocks[:1], blocks[1:], []
    for i, block in enumerate(body):
        if _REFERENCES.match(block.strip().lstrip("#").strip()):
            body, tail = body[:i], body[i:]
            break
    sections: list[list[str]] = []
    for block in body:
        is_heading = "\n" not in block.strip() and bool(find_headings(block.strip()))
        if is_heading or not sections:
            sections.append([block])
        else:
            sections[-1].append(block)
    for section in sections:
        start = 1 if "\n" not in section[0].strip() and find_headings(section[0].strip()) else 0
        rest = section[start:]
        rng.shuffle(rest)
        section[start:] = rest
    rng.shuffle(sections)
    return "\n\n".join(head + [b for s in sections for b in s] + tail) + "\n"


def restyle_headings(text: str, style: str) -> str:
    """Plain text or Markdown with every heading line (as the pipeline finds them) restyled."""
    from extract.pipeline.lines import find_headings

    if style == "as written":
        return text
    out, last = [], 0
    for h in find_headings(text):
        out += [text[last : h.start], restyle_heading(text[h.start : h.end], style)]
        last = h.end
    return "".join(out) + text[last:]


def _html_text_only(markup: str, change: Callable[[str], str]) -> str:
    """``change`` applied to the text between tags, never to the tags themselves."""
    return "".join(part if part.startswith("<") else change(part) for part in _TAG.split(markup))


def vary(text: str, suffix: str, rng: random.Random, variations: Variations) -> str:
    """One varied copy of a document (see the module docstring): names swapped, figures
    changed, paragraphs shuffled, headings restyled, all drawn from ``rng``."""
    mapping = {}
    for names in (variations.conditions, variations.treatments):
        images = list(names)
        rng.shuffle(images)
        mapping.update(zip(names, images))
    style = rng.choice(HEADING_STYLES)
    if suffix == ".html":
        paragraphs = [m.group(2) for m in _HTML_PARAGRAPH.finditer(text)]
        rng.shuffle(paragraphs)
        order = iter(paragraphs)
        text = _HTML_PARAGRAPH.sub(lambda m: m.group(1) + next(order) + m.group(3), text)
        text = _HTML_HEADING.sub(
            lambda m: m.group(1) + _html_text_only(m.group(2), lambda t: restyle_heading(t, style)) + m.group(3), text
        )
        swap = name_swapper(mapping)
        return _html_text_only(text, lambda t: change_numbers(swap(t), rng))
    text = shuffle_sections(text, rng)
    text = restyle_headings(text, style)
    return change_numbers(swap_names(text, mapping), rng)


# -- the corpus -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    """A document the corpus is built from."""

    name: str  #: ``<folder>-<file name>``
    suffix: str
    text: str


@dataclass(frozen=True)
class CorpusInfo:
    """A corpus :func:`build_corpus` wrote."""

    folder: Path
    documents: int  #: files written
    bytes: int  #: their size, UTF-8
    characters: int
    copies: int  #: passes over the sources (the last may be partial)
    sources: int  #: distinct source documents
    seed: int
    repeats_dropped: int  #: copies left out because every try gave a file written before

    @property
    def size_mb(self) -> float:
        return self.bytes / MB


def source_documents(folders: Sequence[Path]) -> list[Source]:
    """The .txt, .md and .html files directly in ``folders``, read as UTF-8 (the corpora are
    small; the corpus built from them is never held in memory). Raises BenchError on a folder
    that does not exist, a file that is not UTF-8, or no document at all."""
    sources = []
    for folder in map(Path, folders):
        if not folder.is_dir():
            raise BenchError(f"{folder} is not a folder; name folders of .txt, .md or .html documents")
        for path in sorted(folder.iterdir()):
            if path.is_file() and path.suffix.lower() in SOURCE_SUFFIXES:
                try:
                    text = path.read_text("utf-8")
                except (OSError, UnicodeDecodeError) as e:
                    raise BenchError(f"cannot read {path} as UTF-8 text ({e}); remove it or fix its encoding") from e
                if text.strip():
                    sources.append(Source(f"{folder.name}-{path.name}", path.suffix.lower(), text))
    if not sources:
        raise BenchError(f"no .txt, .md or .html document in {', '.join(map(str, folders)) or 'no folder'}")
    return sources


def iter_corpus(
    sources: Sequence[Source], seed: int = 0, variations: Optional[Variations] = None
) -> Iterator[tuple[str, str]]:
    """(file name, text) of every document of the corpus, endlessly: copy 0 is the sources as
    they are, copy k the sources varied with the generator seeded by ``(seed, k, name)``. A copy
    identical to one yielded before is drawn again (up to :data:`VARY_TRIES` times), then left out."""
    variations = variations or load_variations()
    seen: set[bytes] = set()
    copy = 0
    while True:
        yielded = False
        for source in sources:
            for attempt in range(VARY_TRIES if copy else 1):
                text = source.text
                if copy:
                    text = vary(text, source.suffix, random.Random(f"{seed}:{copy}:{attempt}:{source.name}"), variations)
                digest = hashlib.sha256(text.encode("utf-8")).digest()
                if digest not in seen:
                    seen.add(digest)
                    yielded = True
                    yield f"{copy:05d}-{source.name}", text
                    break
            else:
                yield "", ""  # a repeat left out: the caller counts it
        if not yielded:
            return  # no copy differs any more: a corpus this small cannot grow
        copy += 1


def build_corpus(
    folders: Sequence[Path],
    out: Path,
    *,
    size_mb: Optional[float] = None,
    documents: Optional[int] = None,
    seed: int = 0,
    tick: Callable[[int], None] = lambda n: None,
) -> CorpusInfo:
    """Write a corpus of at least ``size_mb`` MB (or ``documents`` files; the first limit
    reached) built from the documents in ``folders`` into the empty or new folder ``out``, one
    file at a time. ``tick`` gets the bytes of each file written.

    Raises:
        BenchError: no limit given, ``out`` holds files, no source document, or the sources
            cannot vary enough to reach the size.
    """
    if size_mb is None and documents is None:
        raise BenchError("give the corpus a size (--size-mb) or a number of documents (--documents)")
    if (size_mb is not None and size_mb <= 0) or (documents is not None and documents <= 0):
        raise BenchError("the corpus size and number of documents must be positive")
    out = Path(out)
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise BenchError(f"{out} is not an empty folder; give a new or empty folder for the corpus")
    sources = source_documents(folders)
    out.mkdir(parents=True, exist_ok=True)
    limit = size_mb * MB if size_mb is not None else float("inf")
    written = size = characters = dropped = copies = 0
    for name, text in iter_corpus(sources, seed):
        if not name:
            dropped += 1
            continue
        data = text.encode("utf-8")
        (out / name).write_bytes(data)
        written, size, characters = written + 1, size + len(data), characters + len(text)
        copies = int(name.split("-", 1)[0]) + 1
        tick(len(data))
        if size >= limit or (documents is not None and written >= documents):
            break
    else:
        raise BenchError(f"the documents in {', '.join(map(str, folders))} cannot vary enough to reach the size asked")
    return CorpusInfo(out, written, size, characters, copies, len(sources), seed, dropped)


# -- the measured runs (each in a fresh child process) ----------------------------------------


def _peak_rss_mb() -> float:
    """This process's peak resident memory, in MB (``ru_maxrss``: kB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1e6 if sys.platform == "darwin" else peak / 1024


def current_rss_mb() -> Optional[float]:
    """This process's resident memory now, in MB (Linux's /proc/self/statm); None where it cannot be read."""
    try:
        with open("/proc/self/statm", "rb") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20  # MB as _peak_rss_mb counts them
    except (OSError, ValueError, IndexError, AttributeError):
        return None


#: Points of a memory curve: resident memory when each tenth of the run's tokens had been made.
CURVE_POINTS = 10


class RssTrace:
    """Resident memory sampled by a background thread as a run goes (every ``interval`` seconds),
    each sample with the run's progress (``progress()``: the tokens made so far), so that a run
    of a few MB shows whether memory still grows at its end.

    :meth:`figures` gives the curve (MB when each tenth of the final progress was reached: the
    last sample at or below it), the memory at the start and the peak after the last token
    (the last documents' extraction, then the consistency check and the writing). Use as a
    context manager around the run."""

    def __init__(self, progress: Callable[[], int], interval: float = 0.1) -> None:
        import threading

        self.progress, self.interval = progress, interval
        self.samples: list[tuple[int, float]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, name="rss-trace", daemon=True)

    def __enter__(self) -> "RssTrace":
        self._take()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._take()

    def _take(self) -> None:
        rss = current_rss_mb()
        if rss is not None:
            self.samples.append((self.progress(), rss))

    def _sample(self) -> None:
        while not self._stop.wait(self.interval):
            self._take()

    def figures(self) -> dict[str, Any]:
        """``rss_curve_mb`` (:data:`CURVE_POINTS` values, empty without samples: the last sample
        before each tenth of the final progress was passed, the first at the end for the last
        point), ``rss_start_mb`` and ``rss_after_tokens_mb`` (the peak once every token was
        made: the last documents, the check and the writing)."""
        if not self.samples:
            return {"rss_curve_mb": [], "rss_start_mb": None, "rss_after_tokens_mb": None, "rss_samples": 0}
        total = self.samples[-1][0]
        curve = []
        for point in range(1, CURVE_POINTS):
            reached = total * point / CURVE_POINTS
            at = [rss for done, rss in self.samples if done <= reached]
            curve.append(round(at[-1] if at else self.samples[0][1], 1))
        after = [rss for done, rss in self.samples if done >= total]
        curve.append(round(after[0], 1))
        return {
            "rss_curve_mb": curve,
            "rss_start_mb": round(self.samples[0][1], 1),
            "rss_after_tokens_mb": round(max(after), 1),
            "rss_samples": len(self.samples),
        }


def measure_run(corpus: Path, out: Path, model: Optional[str] = None, progress: bool = False) -> dict[str, Any]:
    """Run ``extract.runner.run`` over the folder ``corpus`` into ``out`` with the stage timing
    on, and return its figures (see :class:`RunFigures`). The pipeline is loaded first, outside
    the timed run, and handed over to it (``pipeline=``): the run owns it, as ``evidence run``
    owns the one it loads, and releases it before the check. The linker loads inside the run, on
    the first document that links, as in any run. Meant for a fresh process (:func:`run_child`):
    the peak memory is the process's."""
    from extract.pipeline import load, timing
    from extract.runner import run

    started = time.perf_counter()
    handed = [load(model, progress=progress)]  # popped by the run: no reference left here
    loaded = time.perf_counter() - started
    vocab = handed[0].vocab
    with timing.measuring() as clock, RssTrace(lambda: clock.tokens) as trace:
        wall, cpu = time.perf_counter(), time.process_time()
        info = run([corpus], out, pipeline=handed.pop, progress=progress)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        stages = clock.stages()
        stages_cpu = clock.stages(cpu=True)
    for name in ("check", "write"):
        stages[name] = info.timings.get(name, 0.0)
    stages["other"] = max(0.0, wall - sum(stages.values()))
    stages_cpu["check_write_other"] = max(0.0, cpu - sum(stages_cpu.values()))  # no CPU clock around those
    return {
        "documents": info.counts["documents"],
        "skipped": info.counts["skipped"],
        "claims": info.counts["claims"],
        "conflicts": info.counts["conflicts"],
        "tokens": clock.tokens,
        "input_bytes": sum(p.stat().st_size for p in Path(corpus).iterdir() if p.is_file()),
        "wall_seconds": wall,
        "cpu_seconds": cpu,
        "load_seconds": loaded,
        "stages_wall": stages,
        "stages_cpu": stages_cpu,
        "link_calls": clock.link_calls,
        "vocab_strings": len(vocab.strings),
        "peak_rss_mb": _peak_rss_mb(),
        **trace.figures(),
    }


def baseline_pipeline(model: Optional[str] = None) -> Language:
    """scispaCy's parts alone, as :func:`extract.load` builds them: its biomedical tokenizer
    (or a model's own), pysbd sentence starts (:func:`~extract.pipeline.components.set_pysbd_starts`,
    the segmenter the ``evidence_sentences`` component runs, without the project's line
    structure), and Schwartz-Hearst abbreviations (``evidence_abbreviations``)."""
    from spacy.language import Language

    from extract.pipeline import load
    from extract.pipeline.components import set_pysbd_starts

    name = "evidence_bench_pysbd"
    if not Language.has_factory(name):

        def pysbd_sentences(doc):  # noqa: ANN001, ANN202
            set_pysbd_starts(doc, doc.text)
            return doc

        Language.component(name, func=pysbd_sentences)
    nlp = load(model, link=False, progress=False)
    parser = "parser" in nlp.pipe_names or "senter" in nlp.pipe_names
    for pipe in list(nlp.pipe_names):
        if pipe not in ("evidence_abbreviations", "tok2vec", "parser", "senter"):
            nlp.remove_pipe(pipe)
    if not parser:
        nlp.add_pipe(name, before="evidence_abbreviations")
    return nlp


def measure_baseline(corpus: Path, model: Optional[str] = None) -> dict[str, Any]:
    """Time :func:`baseline_pipeline` over the texts of the documents in ``corpus`` (read as the
    run reads them, outside the timing), document by document; figures as :class:`BaselineFigures`."""
    from extract.ingest import iter_documents
    from extract.records import Document

    nlp = baseline_pipeline(model)
    documents = tokens = 0
    wall = cpu = 0.0
    for item in iter_documents([corpus]):
        if not isinstance(item, Document):
            continue
        w, c = time.perf_counter(), time.process_time()
        doc = nlp(item.text)
        wall, cpu = wall + time.perf_counter() - w, cpu + time.process_time() - c
        documents, tokens = documents + 1, tokens + len(doc)
    return {"documents": documents, "tokens": tokens, "wall_seconds": wall, "cpu_seconds": cpu, "peak_rss_mb": _peak_rss_mb()}


#: The child process: pinned to one core, it runs one measuring function and prints its JSON.
_CHILD = """
import json, os, sys
if hasattr(os, "sched_setaffinity") and sys.argv[1] != "-1":
    os.sched_setaffinity(0, {int(sys.argv[1])})
from pathlib import Path
from extract.evaluation import bench
what, corpus, out, model, progress = sys.argv[2:7]
if what == "run":
    figures = bench.measure_run(Path(corpus), Path(out), model or None, progress == "1")
else:
    figures = bench.measure_baseline(Path(corpus), model or None)
print(json.dumps(figures))
"""


def one_core() -> int:
    """The core children are pinned to (the first this process may use), or -1 where pinning is unknown."""
    return min(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else -1


def run_child(what: str, corpus: Path, out: Optional[Path] = None, model: Optional[str] = None, progress: bool = False) -> dict[str, Any]:
    """:func:`measure_run` (``what="run"``) or :func:`measure_baseline` (``"baseline"``) in a
    fresh Python process on one core (numeric libraries limited to one thread), its progress
    shown on this process's stderr. Adds the child's wall and CPU seconds as this process saw
    them (``process_wall``, ``process_cpu``: start-up and loading included).

    Raises:
        BenchError: the child failed; the message has its last error line.
    """
    threads = {name: "1" for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")}
    env = {**os.environ, **threads}
    command = [sys.executable, "-c", _CHILD, str(one_core()), what, str(corpus), str(out or ""), model or "", "1" if progress else "0"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.PIPE, stderr=None if progress else subprocess.PIPE, text=True, env=env, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        errors = (done.stderr or "").strip().splitlines()[-1:] or [f"exit code {done.returncode}"]
        raise BenchError(f"the {what} benchmark process failed: {errors[0]}")
    figures = json.loads(lines[-1])
    figures["process_wall"] = wall
    figures["process_cpu"] = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return figures


# -- the report -------------------------------------------------------------------------------


class CorpusFigures(BaseModel):
    """The corpus a bench ran on."""

    folder: Optional[str] = Field(description="Where it was kept (--corpus-dir), or None for a temporary folder.")
    size_mb: float = Field(description="Bytes of its files / 1,000,000.")
    documents: int
    characters: int
    copies: int = Field(description="Passes over the source documents (copy 0 as they are, the others varied).")
    sources: int = Field(description="Distinct source documents in the corpora.")
    seed: int
    repeats_dropped: int = Field(description="Copies left out because they repeated a file already written.")


class RunFigures(BaseModel):
    """``extract.runner.run`` over the corpus, in a fresh process on one core."""

    documents: int
    skipped: int
    claims: int
    conflicts: int
    tokens: int
    input_mb: float
    wall_seconds: float = Field(description="The run, the pipeline already loaded (the linker loads inside it).")
    cpu_seconds: float
    load_seconds: float = Field(description="Loading the pipeline before the run (wall).")
    tokens_per_second: float
    tokens_per_cpu_second: float
    documents_per_second: float
    mb_per_second: float
    peak_rss_mb: float = Field(description="Peak resident memory of the process (ru_maxrss).")
    stages_wall: dict[str, float] = Field(description="Wall seconds: read, parse, extract, link, check, write, other.")
    stages_cpu: dict[str, float] = Field(description="CPU seconds: read, parse, extract, link, and the rest (check, write, other).")
    link_calls: int = Field(description="Calls of the linker's entry points.")
    vocab_strings: int = Field(
        default=0,
        description="Strings in spaCy's StringStore after the run: one per distinct word form met (about 0.7 KB "
        "each with its lexeme), never released in spaCy 3.7.5, so the one part of memory that grows with the "
        "vocabulary of the corpus.",
    )
    rss_curve_mb: list[float] = Field(
        default_factory=list,
        description="Resident memory (MB) when each tenth of the run's tokens had been made (10%, 20% ... 100%): "
        "flat at the end when nothing grows with the documents. Empty where it cannot be read (not Linux).",
    )
    rss_start_mb: Optional[float] = Field(default=None, description="Resident memory when the run started (pipeline loaded).")
    rss_after_tokens_mb: Optional[float] = Field(
        default=None, description="Peak resident memory after the last token: the last documents, the check and the writing."
    )
    rss_samples: int = Field(default=0, description="Samples the curve was read from (one every 0.1 s of the run).")
    process_wall: float = Field(description="The whole child process, start-up and loading included.")
    process_cpu: float


class BaselineFigures(BaseModel):
    """scispaCy's tokenizer, pysbd sentences and abbreviations alone over the same texts."""

    documents: int
    tokens: int
    wall_seconds: float
    cpu_seconds: float
    tokens_per_second: float
    tokens_per_cpu_second: float
    peak_rss_mb: float
    process_wall: float
    process_cpu: float


class MemoryPoint(BaseModel):
    """Peak memory of the end-to-end run at one corpus size."""

    size_mb: float
    documents: int
    tokens: int
    peak_rss_mb: float
    wall_seconds: float
    cpu_seconds: float
    vocab_strings: int = Field(default=0, description="As RunFigures.vocab_strings.")
    rss_curve_mb: list[float] = Field(default_factory=list, description="As RunFigures.rss_curve_mb.")
    rss_after_tokens_mb: Optional[float] = Field(default=None, description="As RunFigures.rss_after_tokens_mb.")
    stream_slope_mb_per_1000_documents: Optional[float] = Field(
        default=None,
        description="Growth of resident memory while documents stream, in MB per 1,000 documents: over the second "
        "half of the curve (50% to 100% of the tokens, past the warm-up), documents counted as spread evenly over "
        "the tokens. Near zero when nothing grows with the documents.",
    )
    end_phase_mb: Optional[float] = Field(
        default=None,
        description="Peak resident memory after the last token less the memory when it was made: what the check, "
        "the claim groups and the writing add over all the claims.",
    )


class BenchReport(BaseModel):
    """Everything one ``evidence bench`` measured, with where and how."""

    model_config = ConfigDict(extra="forbid")
    created_at: str = Field(description="UTC, ISO 8601.")
    command: str
    machine: str
    python: str
    cores: int = Field(description="Cores of the machine (children run on one).")
    load_average: list[float] = Field(description="1, 5 and 15 minute load averages when the bench started.")
    git_revision: Optional[str] = Field(default=None, description="Commit of the code measured ('+dirty' if changed).")
    corpus: Optional[CorpusFigures] = None
    run: Optional[RunFigures] = None
    baseline: Optional[BaselineFigures] = None
    ratio: Optional[float] = Field(default=None, description="Baseline wall seconds / run wall seconds.")
    ratio_cpu: Optional[float] = Field(default=None, description="Baseline CPU seconds / run CPU seconds.")
    memory: list[MemoryPoint] = Field(default_factory=list)
    memory_ratio: Optional[float] = Field(default=None, description="Peak at the largest size / peak at the smallest.")
    check: Optional[dict[str, Any]] = Field(default=None, description="The consistency check at scale.")
    run_cold_starts: Optional[dict[str, Any]] = None
    cold_start: Optional[dict[str, Any]] = None
    kb_build: Optional[dict[str, Any]] = None


def run_figures(raw: dict[str, Any]) -> RunFigures:
    """The figures a run child reported, with its rates."""
    wall, cpu = raw["wall_seconds"], raw["cpu_seconds"]
    mb = raw["input_bytes"] / MB
    return RunFigures(
        **{k: v for k, v in raw.items() if k != "input_bytes"},
        input_mb=mb,
        tokens_per_second=_rate(raw["tokens"], wall),
        tokens_per_cpu_second=_rate(raw["tokens"], cpu),
        documents_per_second=_rate(raw["documents"], wall),
        mb_per_second=_rate(mb, wall),
    )


def baseline_figures(raw: dict[str, Any]) -> BaselineFigures:
    """The figures a baseline child reported, with its rates."""
    return BaselineFigures(
        **raw,
        tokens_per_second=_rate(raw["tokens"], raw["wall_seconds"]),
        tokens_per_cpu_second=_rate(raw["tokens"], raw["cpu_seconds"]),
    )


def _rate(amount: float, seconds: float) -> float:
    return amount / seconds if seconds > 0 else 0.0


def new_report(command: Sequence[str]) -> BenchReport:
    """A report with the machine, Python, the command line and the code's revision filled in."""
    return BenchReport(
        created_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        command=shlex.join(command),
        machine=f"{platform.platform()} {platform.machine()} {platform.processor()}".strip(),
        python=platform.python_version(),
        cores=os.cpu_count() or 1,
        load_average=[round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else [],
        git_revision=git_revision(),
    )


def git_revision(folder: Optional[Path] = None) -> Optional[str]:
    """The commit checked out where the package lives, '+dirty' when files differ; None outside git."""
    folder = folder or Path(__file__).resolve().parents[2]
    try:
        head = subprocess.run(["git", "-C", str(folder), "rev-parse", "--short", "HEAD"], capture_output=True, text=True, timeout=10)
        if head.returncode != 0:
            return None
        dirty = subprocess.run(["git", "-C", str(folder), "status", "--porcelain", "--untracked-files=no"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return None
    return head.stdout.strip() + ("+dirty" if dirty.stdout.strip() else "")


def write_report(report: BenchReport, out_dir: Path) -> Path:
    """Write ``report`` to ``out_dir/bench-<UTC time>.json`` and ``out_dir/latest.json`` (each
    written whole, then moved into place); returns the first path."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    text = report.model_dump_json(indent=2) + "\n"
    BenchReport.model_validate_json(text)
    stamp = report.created_at.replace("-", "").replace(":", "").replace("+0000", "Z").replace("+00:00", "Z")
    path = out_dir / f"bench-{stamp}.json"
    for target in (path, out_dir / "latest.json"):
        partial = target.with_name(target.name + ".partial")
        partial.write_text(text, encoding="utf-8")
        partial.replace(target)
    return path


# -- printing ---------------------------------------------------------------------------------


def format_corpus(c: CorpusFigures) -> str:
    where = c.folder or "a temporary folder"
    return (
        f"corpus MB        {c.size_mb:.2f}  ({c.documents:,} documents, {c.characters:,} characters, "
        f"{c.copies} copies of {c.sources} source documents, seed {c.seed}; in {where})"
    )


def format_run(r: RunFigures) -> str:
    """The end-to-end figures, one per line (``name  value  (note)``)."""
    stages = "  ".join(f"{name} {s:.2f}" for name, s in r.stages_wall.items())
    cpu = "  ".join(f"{name} {s:.2f}" for name, s in r.stages_cpu.items())
    return "\n".join(
        [
            f"run s            {r.wall_seconds:.2f}  (extract.runner.run end to end, one core; "
            f"{r.cpu_seconds:.2f} s CPU; pipeline loaded before in {r.load_seconds:.2f} s)",
            f"  documents      {r.documents:,}  ({r.skipped} skipped, {r.claims:,} claims, {r.conflicts:,} conflicts)",
            f"  tokens         {r.tokens:,}",
            f"  tokens/s       {r.tokens_per_second:,.0f}  ({r.tokens_per_cpu_second:,.0f} per CPU second)",
            f"  documents/s    {r.documents_per_second:.2f}",
            f"  MB/s           {r.mb_per_second:.3f}",
            f"  peak memory MB {r.peak_rss_mb:.0f}",
            f"  stages s       {stages}  (wall)",
            f"  stages cpu s   {cpu}",
            f"  linker calls   {r.link_calls:,}",
            f"  vocab strings  {r.vocab_strings:,}  (spaCy's StringStore after the run: grows with new word forms, never released)",
            *_format_curve(r),
        ]
    )


def format_curve(curve: Sequence[float]) -> str:
    """A memory curve as ``10% 512  20% 520 ...`` (MB at each tenth of the run)."""
    step = 100 // max(1, len(curve))
    return "  ".join(f"{step * (i + 1)}% {mb:.0f}" for i, mb in enumerate(curve))


def _format_curve(r: RunFigures) -> list[str]:
    if not r.rss_curve_mb:
        return []
    return [
        f"  memory curve   {format_curve(r.rss_curve_mb)}  (MB resident at each tenth of the tokens; "
        f"{r.rss_start_mb:.0f} at the start)",
        f"  memory after   {r.rss_after_tokens_mb:.0f}  (peak MB after the last token: last documents, check, writing)",
    ]


def format_baseline(b: BaselineFigures, ratio: float, ratio_cpu: float) -> str:
    return "\n".join(
        [
            f"baseline s       {b.wall_seconds:.2f}  (scispaCy tokenizer + pysbd sentences + abbreviations alone, "
            f"same texts, one core; {b.cpu_seconds:.2f} s CPU)",
            f"  tokens/s       {b.tokens_per_second:,.0f}  ({b.tokens_per_cpu_second:,.0f} per CPU second; "
            f"{b.tokens:,} tokens, {b.documents:,} documents)",
            f"ratio            {ratio:.2f}  (baseline wall seconds / run wall seconds; issue 6 asks >= 0.5)",
            f"ratio cpu        {ratio_cpu:.2f}  (the same with CPU seconds: the fair figure on a busy machine)",
        ]
    )


def memory_ratio(points: Sequence[MemoryPoint]) -> Optional[float]:
    """Peak memory at the largest size / peak at the smallest; None with fewer than two sizes."""
    if len({p.size_mb for p in points}) < 2:
        return None
    ordered = sorted(points, key=lambda p: p.size_mb)
    return ordered[-1].peak_rss_mb / ordered[0].peak_rss_mb


def memory_growth(curve: Sequence[float], documents: int, after_tokens: Optional[float]) -> dict[str, Optional[float]]:
    """``stream_slope_mb_per_1000_documents`` and ``end_phase_mb`` of a run's memory curve (see
    :class:`MemoryPoint`); None where the curve (or the peak after the last token) is missing."""
    if len(curve) != CURVE_POINTS or documents <= 0:
        return {"stream_slope_mb_per_1000_documents": None, "end_phase_mb": None}
    half = CURVE_POINTS // 2
    slope = (curve[-1] - curve[half - 1]) / (documents * (CURVE_POINTS - half) / CURVE_POINTS) * 1000
    end = None if after_tokens is None else after_tokens - curve[-1]
    return {"stream_slope_mb_per_1000_documents": round(slope, 2), "end_phase_mb": None if end is None else round(end, 1)}


def format_memory(points: Sequence[MemoryPoint], ratio: Optional[float]) -> str:
    lines = [
        f"memory MB        {p.peak_rss_mb:.0f}  (peak of the run at {p.size_mb:.1f} MB: {p.documents:,} documents, "
        f"{p.tokens:,} tokens, {p.vocab_strings:,} vocab strings, {p.wall_seconds:.1f} s, {p.cpu_seconds:.1f} s CPU)"
        + (f"\n  curve          {format_curve(p.rss_curve_mb)}" if p.rss_curve_mb else "")
        + (
            f"\n  growth         {p.stream_slope_mb_per_1000_documents:+.1f} MB per 1,000 documents while they stream "
            f"(50% to 100% of the tokens); end phase {p.end_phase_mb:+.1f} MB (check, groups, writing)"
            if p.stream_slope_mb_per_1000_documents is not None and p.end_phase_mb is not None
            else ""
        )
        for p in points
    ]
    if ratio is not None:
        lines.append(f"memory ratio     {ratio:.2f}  (largest size / smallest; issue 6 asks <= 1.3, and under 2 GB)")
    return "\n".join(lines)


# -- the consistency check at scale ------------------------------------------------------------


def measure_check(figures: int, measures: int) -> tuple[str, dict[str, Any]]:
    """The consistency check over ``figures`` synthetic figures across ``measures`` measures
    (``extract.evaluation.synthetic.measure_check``): its printed summary and its figures."""
    from extract.evaluation.synthetic import measure_check as measure

    result = measure(figures=figures, measures=measures)
    data: dict[str, Any] = {"figures": figures, "measures": measures, "summary": result.format()}
    if hasattr(result, "model_dump"):
        data["result"] = result.model_dump(mode="json")
    elif hasattr(result, "__dataclass_fields__"):
        import dataclasses

        data["result"] = json.loads(json.dumps(dataclasses.asdict(result), default=str))
    return data["summary"], data
