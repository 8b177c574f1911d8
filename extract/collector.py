"""Python's cyclic garbage collector during a run: run less often over the long-lived objects.

A run holds a few hundred thousand long-lived container objects (about 390,000 once the
linker's alias table is loaded: the pipeline, the table's entries, the caches, the modules) and
makes a great many short-lived ones (tokens, matches, records), few of them in cycles. At Python's
default thresholds (700, 10, 10) the collector runs every 700 allocations, and its full
collections walk every object, the long-lived ones included. Measured with ``gc.callbacks`` in a
fresh process running ``extract.runner.run`` over a 0.5 MB corpus that ``evidence bench`` makes
from the development corpora (143 documents, linking on; two runs each): 1,790 collections took
1.75 to 1.88 CPU s at the default thresholds, 247 took 0.74 to 0.82 s at (100,000, 10, 10), for
10 MB more peak memory (461 -> 471 MB). The outputs are the same: the collector only frees
objects nothing refers to.

The ``evidence`` command sets these thresholds when it starts (:func:`extract.cli._util.main`,
which also covers the loading); :func:`fewer_collections` gives the same to a run started from
Python (``extract.runner.run``: a library caller, ``evidence bench``'s measured process) for the
time of the run, and puts back what the caller had. A caller that set a higher first threshold
keeps its own.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

#: The collector's thresholds during a run, as the ``evidence`` command sets them: a young
#: collection every 100,000 allocations (it still frees cycles), the older generations as Python's.
RUN_THRESHOLDS = (100_000, 10, 10)

F = TypeVar("F", bound=Callable[..., Any])


def fewer_collections(function: F) -> F:
    """``function`` run with the collector at :data:`RUN_THRESHOLDS` (unless its first
    threshold is higher already), the caller's thresholds put back when it returns or raises."""

    @wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        before = gc.get_threshold()
        if before[0] >= RUN_THRESHOLDS[0]:
            return function(*args, **kwargs)
        gc.set_threshold(*RUN_THRESHOLDS)
        try:
            return function(*args, **kwargs)
        finally:
            gc.set_threshold(*before)

    return wrapper  # type: ignore[return-value]
