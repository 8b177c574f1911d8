"""The typer app every command registers on, its consoles, and the ``main`` entry point."""

from __future__ import annotations

import logging
import warnings
from typing import Annotated, NoReturn

import typer
from rich.console import Console

from extract import __version__

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
    """Entry point of the ``evidence`` command."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    # Python warns about the regular expressions of scispaCy's tokenizer; nothing a user can act on.
    warnings.filterwarnings("ignore", message="Possible set union", category=FutureWarning)
    app(prog_name="evidence")
