"""CLI: the ``evidence`` command, a thin typer layer over the library.

This stage owns the command line: checking arguments, calling the library functions
(:func:`extract.runner.run`, :func:`extract.runner.load_claim_groups`,
:func:`extract.records.schema.write_schemas`) and turning their results and domain errors
into short messages and exit codes (0 done, 1 failed, 2 usage).
Each command lives in its own module and registers itself on :data:`app`; a new command is a
new module named in :data:`COMMANDS`.

The ``evidence`` command (:func:`main`) imports the module of the command it is given only
(``evidence run`` never imports what ``evidence pubmed`` or ``evidence crawl`` need: requests,
urllib3, the crawler); without a known command (``--help``, ``--version``, a typo) it imports
them all, so that the help lists every command and a misspelt one gets its suggestion.
``from extract.cli import app`` gives the app with every command registered.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Optional, Sequence

if TYPE_CHECKING:  # pragma: no cover
    import typer

#: Each command of ``evidence`` and the module of ``extract.cli`` that registers it.
COMMANDS = {
    "bench": "bench",
    "claims": "claims",
    "crawl": "crawl",
    "kb": "kb",  # evidence kb build|lookup|info
    "pubmed": "pubmed",
    "review": "review",
    "run": "run",
    "schemas": "schemas",
    "score": "score",
}


def register(names: Optional[Sequence[str]] = None) -> "typer.Typer":
    """Import the modules that register the commands ``names`` (default: all of them) on the
    app, and return the app."""
    from extract.cli._util import app

    for name in COMMANDS if names is None else names:
        # __import__ rather than importlib.import_module: the imports then show in ``-X importtime``
        __import__(f"extract.cli.{COMMANDS[name]}")
    return app


def command_of(argv: Sequence[str]) -> Optional[str]:
    """The command an ``evidence`` command line names (``["run", "x.txt", ...]`` -> ``"run"``), or
    None when its first argument is an option (``--help``, ``--version``) or no known command."""
    return argv[0] if argv and argv[0] in COMMANDS else None


def main() -> None:
    """Entry point of the ``evidence`` command: registers the command named on the command line
    (every command when none is), then runs the app (:func:`extract.cli._util.main`)."""
    from extract.cli import _util

    name = command_of(sys.argv[1:])
    register(None if name is None else [name])
    _util.main()


def __getattr__(name: str) -> object:
    if name == "app":  # the app with every command, for tests and other callers
        return register()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["COMMANDS", "app", "command_of", "main", "register"]
