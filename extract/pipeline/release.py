"""Releasing the pipeline's parts once a run no longer needs them.

The parts a pipeline builds on first use (the linker with its knowledge base and ANN index,
the learned tagger's models, the cue tries and vocabularies) are cached for the life of the
process, so that a second pipeline does not build them again. A run that loaded its own pipeline
needs none of them once its documents are extracted; the consistency check that follows then
sits on top of them (about 220 MB of a 400 MB process, measured on this machine) unless they
are let go. :func:`release_parts` empties those caches; the next pipeline builds them again.
"""

from __future__ import annotations

import ctypes
import gc
import sys

#: The stages whose caches hold built pipeline parts (the check's own caches are left alone).
PART_STAGES = ("extract.pipeline", "extract.linking", "extract.claims", "extract.figures", "extract.assertion", "extract.references")


def release_parts() -> int:
    """Empty every functools cache defined in the pipeline's stages (:data:`PART_STAGES`), collect
    the garbage, and give the freed heap back to the system where the C library can (glibc's
    ``malloc_trim``); returns how many caches were emptied. Objects still referenced elsewhere
    (a pipeline the caller holds) live on; only the caches let go of them."""
    emptied = 0
    for name, module in list(sys.modules.items()):
        if module is None or not name.startswith(PART_STAGES):
            continue
        for value in list(vars(module).values()):
            clear = getattr(value, "cache_clear", None)
            if callable(clear) and getattr(value, "__module__", None) == name:  # defined here, not imported
                clear()
                emptied += 1
    gc.collect()
    _trim()
    return emptied


def _trim() -> None:
    """glibc's ``malloc_trim(0)``: free heap pages back to the system (nothing elsewhere)."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def _malloc_trim():  # type: ignore[no-untyped-def]
    """``malloc_trim`` of the C library the process runs on, or None (not glibc)."""
    try:
        return getattr(ctypes.CDLL(None), "malloc_trim", None)  # the process's own symbols
    except OSError:
        return None
