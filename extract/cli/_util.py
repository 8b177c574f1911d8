"""The typer app every command registers on, its consoles, and the ``main`` entry point."""

from __future__ import annotations

import gc
import logging
import warnings
from typing import Annotated, NoReturn

import typer
from rich.console import Console

from extract import __version__
from extract.collector import RUN_THRESHOLDS

app = typer.Typer(
    name="evidence",
    help="Extract figures, claims and conflicting figures from clinic pages and journal texts.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
    rich_markup_mode="markdown",
)


def stdout() -> Console:
    """Console for results: no wrapping of long lines, no automatic highlighting."""
    return Console(soft_wrap=True, highlight=False)


def stderr() -> Console:
    """Console for problems (skipped inputs, errors)."""
    return Console(stderr=True, soft_wrap=True, highlight=False)


def fail(message: str) -> NoReturn:
    """Print a one-line error to stderr and exit with code 1."""
    stderr().print(f"Error: {message}", markup=False)
    raise typer.Exit(code=1)


def _print_version(value: bool) -> None:
    if value:
        stdout().print(f"evidence {__version__}", markup=False)
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", help="Print the version of evidence and exit.", callback=_print_version, is_eager=True
        ),
    ] = False,
) -> None:
    """Extract figures, claims and conflicting figures from clinic pages and journal texts."""


def main() -> None:
    """Entry point of the ``evidence`` command.

    Once the command is done, the process ends without tearing the interpreter down (see
    :func:`exit_now`): freeing the pipeline, the linker's table and every module's objects one
    by one took half a second of every run, for nothing the operating system does not do."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    # Starting up makes about a million long-lived objects (modules, the pipeline, the linker's
    # table) and little garbage: at the default threshold (700) the cyclic collector ran 500
    # times over them, a sixth of a cold start. Every 100,000 allocations it still frees cycles.
    gc.set_threshold(*RUN_THRESHOLDS)
    # Python warns about the regular expressions of scispaCy's tokenizer; nothing a user can act on.
    warnings.filterwarnings("ignore", message="Possible set union", category=FutureWarning)
    try:
        app(prog_name="evidence")
    except SystemExit as e:
        exit_now(e.code)
    exit_now(0)


def import_spacy_without_its_cli() -> None:
    """Import spaCy without its own command line (``spacy.cli``), which the evidence command
    never uses.

    ``spacy/__init__.py`` imports ``spacy.cli.info`` for ``spacy.info``, and with it the whole of
    ``spacy.cli``: every ``python -m spacy`` command, Jinja2, weasel, the training config
    templates, about 0.3 CPU seconds of a cold start (a tenth of it). Here ``spacy.cli.info``
    stands in as a module whose ``info`` imports the real one when called, only while spaCy's
    package is imported; then the stand-in is gone from ``sys.modules``, so an
    ``import spacy.cli`` later (or ``spacy.info()``) gets the real module. spaCy's own modules
    import nothing else of ``spacy.cli`` (3.7). Does nothing if spaCy is already imported.

    Called by the command that loads the pipeline (``evidence run``) before anything imports
    spaCy, not by :func:`main`: the other commands (``--help``, ``schemas``, ``review`` ...)
    import no spaCy at all. langcodes, which spaCy imports but uses only for language codes it
    has no module for, is imported when first used (:func:`import_lazily`)."""
    import sys
    import types

    if "spacy" in sys.modules:
        return
    name = "spacy.cli.info"
    stand_in = types.ModuleType(name, "Stand-in for spacy.cli.info while spaCy is imported (see extract.cli._util).")

    def info(*args: object, **kwargs: object) -> object:
        from spacy.cli.info import info as real

        return real(*args, **kwargs)

    stand_in.info = info  # type: ignore[attr-defined]
    sys.modules[name] = stand_in
    import_lazily("langcodes")  # spacy.util needs it only to guess a language code it does not know
    try:
        import spacy  # noqa: F401
    finally:
        if sys.modules.get(name) is stand_in:
            del sys.modules[name]


def import_lazily(name: str) -> None:
    """Put a stand-in for the module ``name`` in ``sys.modules`` that imports the real module
    the first time one of its attributes is read (then the real one is in ``sys.modules``).
    For langcodes, which spaCy imports for :func:`spacy.util.find_matching_language` only (a
    language code it has no module for; "en" it has): its tables took a thirtieth of a cold
    start. (``importlib.util.LazyLoader`` does not do here: an ``import`` statement reads the
    module's ``__spec__``, which loads it.) Does nothing if the module is imported already or
    cannot be found."""
    import importlib.util
    import sys
    import types

    if name in sys.modules or importlib.util.find_spec(name) is None:
        return

    class StandIn(types.ModuleType):
        def __getattr__(self, attr: str) -> object:  # an attribute the stand-in does not have
            if sys.modules.get(name) is self:
                del sys.modules[name]
            return getattr(importlib.import_module(name), attr)

    sys.modules[name] = StandIn(name, f"Stand-in for {name} until it is used (see extract.cli._util.import_lazily).")


def exit_now(code: object) -> NoReturn:
    """End the process with ``code`` as ``sys.exit`` would, skipping the interpreter's teardown
    when that is safe: standard streams flushed, ``atexit`` handlers run (logging flushed, caches
    saved), and no other thread alive (else the ordinary exit, which waits for them). Every file
    a command writes is closed before the command returns, so nothing is lost."""
    import atexit
    import os
    import sys
    import threading

    if threading.active_count() > 1:
        sys.exit(code)
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:  # sys.exit("message"): the message on stderr, status 1
        print(code, file=sys.stderr)
        status = 1
    try:
        atexit._run_exitfuncs()
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except BrokenPipeError:  # `evidence ... | head`: the reader is gone, as Python itself ends
        status = status or 120
    except Exception:  # an atexit handler or a flush failed: let Python end normally and report it
        sys.exit(code)
    os._exit(status)
