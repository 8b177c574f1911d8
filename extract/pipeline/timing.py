"""Seconds per stage of a run, for ``evidence bench``: off (and free) unless a bench turns it on.

Inside :func:`measuring`, :func:`instrument` wraps a pipeline's tokenizer in a timer (wall
seconds with ``perf_counter`` and CPU seconds with ``process_time``) and adds a *mark* before
each of its components and one after the last, with spaCy's public ``nlp.add_pipe`` (the
``evidence_stage_mark`` factory): each mark closes the interval of the part that was running
and opens its own component's, so the time from one mark to the next is that component's
(spaCy passes a document through the components one after the other; a component that batches,
such as a model's parser, also carries the tokenizing of the documents it reads ahead). The
linker's entry points (``Linker.link`` and ``Linker.link_many``) are wrapped in a cumulative
counter, so that the linking done inside the claim and figure components is counted as
linking, not as extraction; :func:`timed` measures the time spent producing the items of an
iterator (the documents read). When :func:`measuring` ends, everything is put back as it was
(the marks removed with ``nlp.remove_pipe``).

Outside :func:`measuring` nothing is wrapped: :func:`instrument` returns the pipeline as it is,
:func:`timed` the iterator as it is and :func:`stage_seconds` an empty dict, so a run that is
not benchmarked pays nothing and gives the same outputs.

The stages (:data:`STAGES`): ``read`` (the timed iterator), ``parse`` (the tokenizer and the
components listed in :data:`PARSE_COMPONENTS`: sentences, abbreviations, a model's parser),
``extract`` (every other component: references, figures, claims, assertion, minus the linking
done inside them) and ``link`` (the linker's time inside the components).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import wraps
from time import perf_counter, process_time
from typing import TYPE_CHECKING, Any, Optional, TypeVar

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

T = TypeVar("T")

#: Components counted as parsing (with the tokenizer); every other component is extraction.
PARSE_COMPONENTS = frozenset(
    {"evidence_sentences", "evidence_abbreviations", "tok2vec", "tagger", "attribute_ruler", "parser", "senter"}
)
#: The stages this module measures, in the order of a run.
STAGES = ("read", "parse", "extract", "link")
#: The linker's entry points; calls between them (``link_many`` calls ``link``) count once.
LINK_METHODS = ("link", "link_many")


@dataclass
class StageClock:
    """Wall and CPU seconds accumulated per part (``tokenizer``, a component name, ``read``),
    the linker's seconds inside each component, and the tokens the tokenizer made."""

    wall: dict[str, float] = field(default_factory=dict)
    cpu: dict[str, float] = field(default_factory=dict)
    link_wall: dict[str, float] = field(default_factory=dict)  #: part -> linker seconds inside it
    link_cpu: dict[str, float] = field(default_factory=dict)
    tokens: int = 0
    link_calls: int = 0  #: outermost calls of the linker's entry points
    part: str = ""  #: the component running now ("" outside components)
    _opened: tuple[float, float] = (0.0, 0.0)  #: wall and CPU clocks when ``part`` started
    _depth: int = 0
    _restore: list[Callable[[], None]] = field(default_factory=list)

    def add(self, part: str, wall: float, cpu: float) -> None:
        self.wall[part] = self.wall.get(part, 0.0) + wall
        self.cpu[part] = self.cpu.get(part, 0.0) + cpu

    def switch(self, part: str) -> str:
        """Close the interval of the running part (its seconds added) and open ``part``'s
        (``""``: none); returns the part that was running."""
        wall, cpu = perf_counter(), process_time()
        was = self.part
        if was:
            self.add(was, wall - self._opened[0], cpu - self._opened[1])
        self.part, self._opened = part, (wall, cpu)
        return was

    def add_link(self, wall: float, cpu: float) -> None:
        part = self.part or "outside"
        self.link_wall[part] = self.link_wall.get(part, 0.0) + wall
        self.link_cpu[part] = self.link_cpu.get(part, 0.0) + cpu

    def stages(self, cpu: bool = False) -> dict[str, float]:
        """Seconds per stage (:data:`STAGES`), wall or CPU."""
        seconds, linked = (self.cpu, self.link_cpu) if cpu else (self.wall, self.link_wall)
        inside = {part: s for part, s in linked.items() if part != "outside"}
        parse = sum(s - inside.get(p, 0.0) for p, s in seconds.items() if p == "tokenizer" or p in PARSE_COMPONENTS)
        extract = sum(s - inside.get(p, 0.0) for p, s in seconds.items() if p not in ("tokenizer", "read") and p not in PARSE_COMPONENTS)
        return {"read": seconds.get("read", 0.0), "parse": parse, "extract": extract, "link": sum(inside.values())}


_CLOCK: Optional[StageClock] = None


@contextmanager
def measuring() -> Iterator[StageClock]:
    """Turn the timing on for the block; the clock it yields holds the figures afterwards."""
    global _CLOCK
    if _CLOCK is not None:
        raise RuntimeError("the stage timing is already on; measuring() blocks do not nest")
    clock = _CLOCK = StageClock()
    try:
        yield clock
    finally:
        _CLOCK = None
        for undo in reversed(clock._restore):
            undo()
        clock._restore.clear()


def active() -> Optional[StageClock]:
    """The clock of the current :func:`measuring` block, or None when the timing is off."""
    return _CLOCK


def stage_seconds() -> dict[str, float]:
    """Wall seconds per stage, rounded as ``RunInfo.timings`` are; empty when the timing is off."""
    if _CLOCK is None:
        return {}
    return {name: round(s, 3) for name, s in _CLOCK.stages().items()}


def timed(items: Iterable[T], part: str = "read") -> Iterable[T]:
    """``items``, with the time spent producing each counted under ``part`` (when the timing is on)."""
    clock = _CLOCK
    if clock is None:
        return items
    return _timed_items(iter(items), part, clock)


def _timed_items(items: Iterator[T], part: str, clock: StageClock) -> Iterator[T]:
    while True:
        wall, cpu = perf_counter(), process_time()
        try:
            item = next(items)
        except StopIteration:
            clock.add(part, perf_counter() - wall, process_time() - cpu)
            return
        clock.add(part, perf_counter() - wall, process_time() - cpu)
        yield item


def instrument(nlp: Language) -> Language:
    """``nlp`` with its tokenizer, components and the linker timed (when the timing is on; the
    wrappers are removed when :func:`measuring` ends). Returns ``nlp`` itself."""
    clock = _CLOCK
    if clock is None or isinstance(nlp.tokenizer, _TimedTokenizer):
        return nlp
    tokenizer = nlp.tokenizer
    nlp.tokenizer = _TimedTokenizer(tokenizer, clock)
    held = weakref.ref(nlp)  # the undoing does not keep the pipeline alive (a run may drop it: extract.pipeline.release_parts)
    clock._restore.append(lambda: _undo(held, lambda n: setattr(n, "tokenizer", tokenizer)))
    links = "evidence_claims" in nlp.pipe_names and nlp.get_pipe_config("evidence_claims").get("link")
    _add_marks(nlp, clock)
    if links:
        _time_linker(clock)
    return nlp


#: The factory of the marks :func:`instrument` adds, and the prefix of their names.
MARK = "evidence_stage_mark"


def _add_marks(nlp: Language, clock: StageClock) -> None:
    """A mark before each component (opening its interval) and one after the last (closing it)."""
    from spacy.language import Language

    if not Language.has_factory(MARK):
        Language.factory(MARK, default_config={"part": ""}, func=_make_mark)
    names = list(nlp.pipe_names)
    added = []
    for i, name in enumerate(names):
        nlp.add_pipe(MARK, name=f"{MARK}_{i}", before=name, config={"part": name})
        added.append(f"{MARK}_{i}")
    if names:
        nlp.add_pipe(MARK, name=f"{MARK}_end", last=True, config={"part": ""})
        added.append(f"{MARK}_end")
    held = weakref.ref(nlp)
    clock._restore.append(lambda: _undo(held, lambda n: [n.remove_pipe(name) for name in added if name in n.pipe_names]))


def _undo(held: "weakref.ref[Language]", undo: Callable[[Language], Any]) -> None:
    """``undo`` on the pipeline ``held`` (weakly) refers to, if it is still alive."""
    nlp = held()
    if nlp is not None:
        undo(nlp)


def _make_mark(nlp: Any, name: str, part: str) -> Any:  # Any: spaCy reads the hints of a factory
    return _Mark(part)


class _Mark:
    """Where a component starts (``part``), or where the last one ends (``""``): the running
    part's seconds are added to the clock of :func:`measuring`, and ``part``'s start."""

    def __init__(self, part: str) -> None:
        self.part = part

    def __call__(self, doc: Any) -> Any:
        if _CLOCK is not None:
            _CLOCK.switch(self.part)
        return doc


class _TimedTokenizer:
    """A tokenizer counting its seconds and the tokens of the documents it makes (calls from
    inside a component are left to the component's count)."""

    def __init__(self, tokenizer: Any, clock: StageClock) -> None:
        self.tokenizer, self.clock = tokenizer, clock

    def __call__(self, text: str) -> Any:
        clock = self.clock
        if clock.part:  # a component tokenizing a phrase of its own: its time is the component's
            return self.tokenizer(text)
        wall, cpu = perf_counter(), process_time()
        doc = self.tokenizer(text)
        clock.add("tokenizer", perf_counter() - wall, process_time() - cpu)
        clock.tokens += len(doc)
        return doc

    def __getattr__(self, name: str) -> Any:
        return getattr(self.tokenizer, name)


def _time_linker(clock: StageClock) -> None:
    """Wrap the linker's entry points, on its class so that bound methods keep their linker."""
    from extract.linking.linker import Linker

    for method in LINK_METHODS:
        original = Linker.__dict__[method]
        setattr(Linker, method, _timed_link(original, clock))
        clock._restore.append(lambda method=method, original=original: setattr(Linker, method, original))


def _timed_link(function: Callable[..., T], clock: StageClock) -> Callable[..., T]:
    @wraps(function)
    def timed_link(*args: Any, **kwargs: Any) -> T:
        if clock._depth or _CLOCK is not clock:  # inside another entry point (counted there), or timing over
            return function(*args, **kwargs)
        clock._depth += 1
        clock.link_calls += 1
        wall, cpu = perf_counter(), process_time()
        try:
            return function(*args, **kwargs)
        finally:
            clock._depth -= 1
            clock.add_link(perf_counter() - wall, process_time() - cpu)

    return timed_link
