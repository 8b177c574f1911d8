"""Where the pipeline spends its time: CPU seconds and the top functions, printed, never asserted.

``python -m extract.evaluation.profile CORPUS... [--link] [--top N] [--no-profile]`` runs the
full pipeline once over every ``.txt`` document of the given corpora (folders under
``corpora/``, or paths), each document once: repeating documents would hide the cost of the
linker behind its per-mention cache. It prints the CPU seconds (``time.process_time``, which
other processes on a shared machine do not inflate as they do wall time) of ``nlp.pipe`` over
the documents, the same for the baseline of scispaCy's parts alone (the biomedical tokenizer,
pysbd sentences and Schwartz-Hearst abbreviations, through this package's own
``evidence_sentences`` and ``evidence_abbreviations`` components) and the ratio of the two, then
a cProfile of the full run: the top functions by cumulative and by own time. cProfile's
per-call overhead makes the pipeline about three times slower and inflates Python calls much more
than C work; ``--sample`` profiles by sampling instead (:class:`Sampler`): CPU seconds per function,
inclusive and own, without that overhead (``docs/speed-profile.md`` compares the two).

The knowledge base, the linker's ANN index and the cue files are loaded, and one short
sentence run through both pipelines, before the clock starts: the figures are of documents,
not of start-up.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import signal
import time
from collections import Counter
from pathlib import Path
from types import CodeType, FrameType
from typing import Optional, Sequence

#: Run through both pipelines before timing (loads cue files, compiles rules): no corpus text,
#: so that the linker's cache holds nothing of the documents measured.
WARM_UP = "Chronic low back pain (CLBP) affects 20% of adults; physiotherapy may help."


def corpus_files(names: Sequence[str], root: Path = Path("corpora")) -> list[Path]:
    """The ``.txt`` files of each corpus (a folder under ``root``, or a path), sorted."""
    files: list[Path] = []
    for name in names:
        folder = Path(name) if Path(name).is_dir() else root / name
        if not folder.is_dir():
            raise SystemExit(f"no corpus folder {name!r} (looked for {folder}); give a folder of .txt files")
        files += sorted(folder.glob("*.txt"))
    return files


def baseline_nlp():  # noqa: ANN201 (spacy.Language)
    """scispaCy's tokenizer, pysbd sentences and abbreviations, as the full pipeline builds them."""
    import extract.pipeline.components  # noqa: F401  (registers the factories)
    from extract.pipeline.build import _base

    nlp = _base(None)
    nlp.add_pipe("evidence_sentences")
    nlp.add_pipe("evidence_abbreviations")
    return nlp


def cpu_seconds(nlp, texts: Sequence[str], profiler: cProfile.Profile | None = None) -> tuple[float, int]:  # noqa: ANN001
    """CPU seconds of ``nlp.pipe`` over ``texts``, tokenizer included (under ``profiler`` if
    given), and the tokens."""
    started = time.process_time()
    if profiler is not None:
        profiler.enable()
    tokens = sum(len(doc) for doc in nlp.pipe(texts))
    if profiler is not None:
        profiler.disable()
    return time.process_time() - started, tokens


class Sampler:
    """A statistical CPU profile: while in the ``with`` block, every ``interval`` seconds of the
    process's CPU time (``ITIMER_PROF``) the running Python stack is recorded, per function
    (``file:line(name)``) once as *inclusive* for each function on it and once as *own* for the
    innermost (C code counts for the Python function that called it). Samples are taken between
    bytecodes, so fewer than one per interval; their shares, scaled to the CPU seconds measured,
    give seconds (:meth:`table`). Unix only (``signal.setitimer``), main thread only."""

    def __init__(self, interval: float = 0.001) -> None:
        self.interval = interval
        self.inclusive: Counter[str] = Counter()
        self.own: Counter[str] = Counter()
        self.samples = 0
        self._names: dict[CodeType, str] = {}
        self._previous: object = None

    def _name(self, code: CodeType) -> str:
        name = self._names.get(code)
        if name is None:
            name = self._names[code] = f"{code.co_filename}:{code.co_firstlineno}({code.co_name})"
        return name

    def _take(self, signum: int, frame: Optional[FrameType]) -> None:  # noqa: ARG002 - a signal handler
        if frame is None:
            return
        self.samples += 1
        self.own[self._name(frame.f_code)] += 1
        seen: set[str] = set()
        while frame is not None:
            name = self._name(frame.f_code)
            if name not in seen:  # a recursive function counts once per sample
                seen.add(name)
                self.inclusive[name] += 1
            frame = frame.f_back

    def __enter__(self) -> "Sampler":
        self._previous = signal.signal(signal.SIGPROF, self._take)
        signal.setitimer(signal.ITIMER_PROF, self.interval, self.interval)
        return self

    def __exit__(self, *exc: object) -> None:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, self._previous)  # type: ignore[arg-type]

    def table(self, seconds: float, top: int, own: bool = False) -> list[tuple[float, str]]:
        """The ``top`` functions by inclusive (or ``own``) samples, as ``(CPU seconds, function)``:
        their share of the samples times ``seconds``."""
        counts = self.own if own else self.inclusive
        scale = seconds / self.samples if self.samples else 0.0
        return [(n * scale, name) for name, n in counts.most_common(top)]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m extract.evaluation.profile", description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", nargs="+", help="corpus names under corpora/ (fbss dev2 ...) or folders of .txt files")
    parser.add_argument("--link", action="store_true", help="link claim arguments to concepts (needs the knowledge base)")
    parser.add_argument("--top", type=int, default=25, help="functions listed by cumulative and by own time")
    parser.add_argument("--no-profile", action="store_true", help="CPU seconds only, without cProfile's overhead")
    parser.add_argument("--save", type=Path, help="also save the profile here (for pstats: callers, callees)")
    parser.add_argument("--sample", action="store_true", help="profile by sampling (CPU seconds per function, without cProfile's overhead) instead of cProfile")
    args = parser.parse_args(argv)

    import extract

    files = corpus_files(args.corpora)
    if not files:
        raise SystemExit(f"no .txt documents in {', '.join(args.corpora)}: nothing to measure")
    texts = [f.read_text("utf-8") for f in files]
    nlp = extract.load(link=args.link, progress=False)
    base = baseline_nlp()
    if args.link:
        from extract.linking import get_linker

        get_linker().load_ann()
    for pipeline in (nlp, base):
        for _ in pipeline.pipe([WARM_UP]):
            pass
    base_seconds, _ = cpu_seconds(base, texts)
    full_seconds, tokens = cpu_seconds(nlp, texts)
    print(f"documents          {len(texts)} ({', '.join(args.corpora)}), each once; linking {'on' if args.link else 'off'}", flush=True)
    print(f"tokens             {tokens:,}", flush=True)
    print(f"baseline CPU s     {base_seconds:.2f}  ({tokens / base_seconds:,.0f} tokens/s; tokenizer + pysbd + abbreviations)", flush=True)
    print(f"full CPU s         {full_seconds:.2f}  ({tokens / full_seconds:,.0f} tokens/s)", flush=True)
    print(f"ratio              {base_seconds / full_seconds:.3f}  (baseline CPU s / full CPU s)", flush=True)
    if args.no_profile:
        return
    nlp = extract.load(link=args.link, progress=False)  # a fresh pipeline; the linker (per process) stays warm
    if args.link:
        get_linker().clear_cache()
    if args.sample:
        with Sampler() as sampler:
            seconds, _ = cpu_seconds(nlp, texts)
        print(f"\nsampled            {seconds:.2f} CPU s ({sampler.samples:,} samples)", flush=True)
        for label, own in (("inclusive", False), ("own", True)):
            print(f"\n{label} CPU s")
            for sec, name in sampler.table(seconds, args.top, own=own):
                print(f"{sec:8.2f}  {name}")
        return
    profiler = cProfile.Profile(time.process_time)  # CPU time, as the figures above
    seconds, _ = cpu_seconds(nlp, texts, profiler)
    print(f"\nunder cProfile     {seconds:.2f} CPU s", flush=True)
    if args.save:
        profiler.dump_stats(args.save)
    for order in ("cumulative", "tottime"):
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats(order).print_stats(args.top)
        print(out.getvalue().split("\n", 4)[-1].rstrip())  # the table, without pstats' header lines


if __name__ == "__main__":
    main()
