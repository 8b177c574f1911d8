"""The linker alone, timed: record every call the pipeline makes to it, then replay the calls.

``python -m extract.evaluation.linkreplay record CORPUS... --calls FILE`` runs the full pipeline
over every ``.txt`` document of the given corpora (folders under ``corpora/``, or paths), each
document once as :mod:`extract.evaluation.profile` does, and writes the outermost calls of the
linker's entry points (``Linker.link`` and ``Linker.link_many``, with their arguments) to
``FILE``, one JSON object a line. ``python -m extract.evaluation.linkreplay replay FILE``
replays them on the process's linker, its caches emptied and its ANN index loaded first, and
prints the CPU seconds (``time.process_time``, which other processes on a shared machine do not
inflate as they do wall time) of the replay, of the ANN queries inside it, and a digest of the
concepts returned: a change to the linker that is meant to be a speed-up only must leave the
digest as it was (``--out`` writes the concepts themselves, one line a call, to compare with
``cmp``). Figures are printed, never asserted.

Replaying takes seconds where the pipeline takes a minute, and measures nothing but linking.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from contextlib import contextmanager
from functools import wraps
from pathlib import Path
from typing import Any, Callable, Iterator, Optional, Sequence

from extract.evaluation.profile import WARM_UP, corpus_files

#: The linker's entry points, recorded when called from outside the linker.
ENTRY_POINTS = ("link", "link_many")


@contextmanager
def recording(calls: list[dict]) -> Iterator[None]:
    """Append each outermost call of the linker's entry points to ``calls`` while the block
    runs (``{"method": name, "args": {parameter: value}}``; the wrappers are on the class, so the
    bound methods the pipeline takes keep their linker). Put back as they were afterwards."""
    import inspect

    from extract.linking.linker import Linker

    depth = [0]
    originals = {name: Linker.__dict__[name] for name in ENTRY_POINTS}

    def wrap(name: str, function: Callable) -> Callable:
        signature = inspect.signature(function)

        @wraps(function)
        def recorded(self: Any, *args: Any, **kwargs: Any) -> Any:
            if depth[0] == 0:
                bound = signature.bind(self, *args, **kwargs)
                bound.arguments.pop("self")
                calls.append({"method": name, "args": _plain(bound.arguments)})
            depth[0] += 1
            try:
                return function(self, *args, **kwargs)
            finally:
                depth[0] -= 1

        return recorded

    for name, function in originals.items():
        setattr(Linker, name, wrap(name, function))
    try:
        yield
    finally:
        for name, function in originals.items():
            setattr(Linker, name, function)


def _plain(value: Any) -> Any:
    """Arguments as JSON holds them (tuples as lists; mappings as dicts)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def record(corpora: Sequence[str], out: Path) -> int:
    """Run the linking pipeline over ``corpora`` and write its linker calls to ``out``; returns
    how many calls it made."""
    import extract
    from extract.linking import get_linker

    texts = [f.read_text("utf-8") for f in corpus_files(corpora)]
    if not texts:
        raise SystemExit(f"no .txt documents in {', '.join(corpora)}: nothing to record")
    nlp = extract.load(link=True, progress=False)
    get_linker().load_ann()
    calls: list[dict] = []
    with recording(calls):  # around the warm-up too: the claims component takes its bound method then
        for _ in nlp.pipe([WARM_UP]):
            pass
        del calls[:]  # the warm-up's calls are not the corpus's
        for _ in nlp.pipe(texts):
            pass
    with out.open("w", encoding="utf-8") as f:
        for call in calls:
            f.write(json.dumps(call, ensure_ascii=False) + "\n")
    return len(calls)


def read_calls(path: Path) -> list[dict]:
    """The calls of a file written by :func:`record`."""
    calls = []
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        call = json.loads(line)
        if call.get("method") not in ENTRY_POINTS or not isinstance(call.get("args"), dict):
            raise SystemExit(f"{path}:{n}: not a linker call (method one of {ENTRY_POINTS}, with args)")
        calls.append(call)
    return calls


def _as_called(args: dict) -> dict:
    """Arguments back in the form the pipeline passed them (types as tuples)."""
    return {k: tuple(v) if k == "types" and isinstance(v, list) else v for k, v in args.items()}


def _result(concept: Any) -> str:
    if isinstance(concept, list):
        return "[" + ",".join(_result(c) for c in concept) + "]"
    return "null" if concept is None else concept.model_dump_json()


def replay(calls: Sequence[dict], linker: Any) -> tuple[float, float, int, list[str]]:
    """Replay ``calls`` on ``linker``: CPU seconds in all, CPU seconds of the ANN queries, ANN
    queries asked (mentions sent to the index) and each call's result as JSON."""
    linker.load_ann()
    linker.clear_cache()
    generator = linker._generator
    timed = linker._generator = _TimedQueries(generator)
    try:
        methods = [(getattr(linker, c["method"]), _as_called(c["args"])) for c in calls]
        started = time.process_time()
        results = [method(**args) for method, args in methods]
        seconds = time.process_time() - started
    finally:
        linker._generator = generator
    return seconds, timed.seconds, timed.queries, [_result(r) for r in results]


class _TimedQueries:
    """The linker's ANN candidate generator, with the CPU seconds of its queries counted."""

    def __init__(self, generator: Any) -> None:
        self.generator, self.seconds, self.queries = generator, 0.0, 0

    def __call__(self, mentions: Sequence[str], k: int) -> Any:
        started = time.process_time()
        try:
            return self.generator(mentions, k)
        finally:
            self.seconds += time.process_time() - started
            self.queries += len(mentions)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.generator, name)


def main(argv: Optional[Sequence[str]] = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m extract.evaluation.linkreplay", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    rec = commands.add_parser("record", help="run the linking pipeline over corpora and write its linker calls")
    rec.add_argument("corpora", nargs="+", help="corpus names under corpora/ (fbss dev2 ...) or folders of .txt files")
    rec.add_argument("--calls", type=Path, required=True, help="JSON-lines file to write the calls to")
    rep = commands.add_parser("replay", help="replay recorded calls on a fresh linker and print CPU seconds")
    rep.add_argument("calls", type=Path, help="a file written by `record`")
    rep.add_argument("--repeat", type=int, default=3, help="replays (caches emptied before each); the best is reported")
    rep.add_argument("--out", type=Path, help="also write each call's concepts here, one line a call (to compare with cmp)")
    args = parser.parse_args(argv)

    if args.command == "record":
        n = record(args.corpora, args.calls)
        print(f"recorded {n:,} linker calls of {', '.join(args.corpora)} to {args.calls}")
        return
    if not args.calls.is_file():
        raise SystemExit(f"no calls file {args.calls}; write one with `record CORPUS... --calls {args.calls}`")
    from extract.linking import get_linker

    calls = read_calls(args.calls)
    linker = get_linker()
    runs = [replay(calls, linker) for _ in range(max(1, args.repeat))]
    digests = {hashlib.sha256("\n".join(r[3]).encode()).hexdigest()[:16] for r in runs}
    seconds, ann_seconds, queries, results = min(runs, key=lambda r: r[0])
    mentions = sum(len(c["args"].get("texts", [])) if c["method"] == "link_many" else 1 for c in calls)
    print(f"calls              {len(calls):,} ({mentions:,} mentions)")
    print(f"replay CPU s       {seconds:.2f}  (best of {len(runs)}: {', '.join(f'{r[0]:.2f}' for r in runs)})")
    print(f"ANN queries CPU s  {ann_seconds:.2f}  ({queries:,} mentions queried)")
    print(f"other CPU s        {seconds - ann_seconds:.2f}")
    print(f"digest             {', '.join(sorted(digests))}" + ("" if len(digests) == 1 else "  (replays differ!)"))
    if args.out:
        args.out.write_text("\n".join(results) + "\n", "utf-8")


if __name__ == "__main__":
    main()
