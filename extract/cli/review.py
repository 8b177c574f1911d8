"""``evidence review``: the reviewers' audit app over a run's outputs, or its verdicts exported."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from extract.cli._util import app, fail, stderr, stdout


@app.command("review")
def review_command(
    out_dir: Annotated[
        Path,
        typer.Argument(
            help="A run's output folder, as written by `evidence run --out DIR`. The verdicts are kept in "
            "DIR/review.sqlite.",
            metavar="DIR",
            file_okay=False,
            show_default=False,
        ),
    ],
    port: Annotated[
        int, typer.Option("--port", "-p", min=0, max=65535, help="Port to listen on (0: any free port).", metavar="N")
    ] = 8765,
    host: Annotated[
        str,
        typer.Option(
            "--host",
            help="Address to listen on. Anything but a loopback address (127.0.0.1, ::1, localhost) needs "
            "--allow-remote and a password.",
        ),
    ] = "127.0.0.1",
    allow_remote: Annotated[
        bool,
        typer.Option(
            "--allow-remote",
            help="Allow listening on a non-loopback address; every request then needs the password "
            "(HTTP basic auth, any user name; plain HTTP, so only on a network you trust).",
        ),
    ] = False,
    password: Annotated[
        Optional[str],
        typer.Option(
            "--password",
            envvar="EVIDENCE_REVIEW_PASSWORD",
            help="Password the app asks for (HTTP basic auth). Prefer the environment variable "
            "EVIDENCE_REVIEW_PASSWORD: a command line is visible to other users.",
            show_default=False,
        ),
    ] = None,
    export: Annotated[
        Optional[Path],
        typer.Option(
            "--export",
            help="Do not serve: write the latest verdict on every conflict to FILE and exit. FILE.jsonl: one "
            "Verdict record a line (schemas/verdict.schema.json); FILE.csv: the same as a table.",
            metavar="FILE",
            dir_okay=False,
        ),
    ] = None,
) -> None:
    """Review the conflicts a run flagged, in a local web app, and record verdicts that last.

    Opens on http://127.0.0.1:8765/ by default (print the address, Ctrl+C stops it):

    - **Queue**: the flagged conflicts, most severe first, filtered by kind, severity, measure,
      document, source type and review status, with counts; paginated.

    - **Conflict page**: each claim's sentence highlighted in its paragraph, the figure
      marked, its interval and qualifier, the document's title, source, date and source type,
      the references the sentence cites, why it was flagged, and a chart of every figure for the
      same measure across the corpus.

    - **Verdict**: confirmed conflict, not a conflict, extraction error (and which claim was
      wrong) or needs an expert, with a comment and your name; kept in DIR/review.sqlite with a
      history of who decided what and when. Verdicts follow the conflict's id, so they stay
      attached after `evidence run` writes the folder again; a conflict that is no longer
      flagged is shown as gone, with its verdict.

    - **Claims browser**: every claim of a document, or of a concept across documents.

    The app reads only the run's output files and its database; works without JavaScript.
    """
    from extract.review import OutputsError, StoreError, VerdictStore, export_verdicts, load_outputs

    if export is not None:
        try:
            outputs = load_outputs(out_dir)
            count = export_verdicts(VerdictStore.in_folder(out_dir), set(outputs.conflicts), export)
        except (OutputsError, StoreError, ValueError) as e:
            fail(str(e))
        except OSError as e:
            fail(f"cannot write {export}: {e}")
        stdout().print(f"wrote {count} verdict{'' if count == 1 else 's'} to {export}", markup=False)
        return
    serve(out_dir, host, port, allow_remote, password)


def serve(out_dir: Path, host: str, port: int, allow_remote: bool, password: Optional[str]) -> None:
    """Build the app, bind the server, print the address and serve until Ctrl+C."""
    from extract.review import OutputsError, StoreError
    from extract.review.app import create_app
    from extract.review.server import BindError, check_bind, make

    try:
        needed = check_bind(host, allow_remote, password)
    except BindError as e:
        stderr().print(f"Error: {e}", markup=False)
        raise typer.Exit(code=2) from None
    console = stderr()
    try:
        with console.status(f"Reading the outputs in {out_dir} ...", spinner="dots"):
            review_app = create_app(out_dir, password=needed)
    except (OutputsError, StoreError) as e:
        fail(str(e))
    try:
        server = make(review_app, host, port)
    except OSError as e:
        fail(f"cannot listen on {host}:{port} ({e.strerror or e}); choose another port with --port N (0: any free one)")
    shown = f"[{host}]" if ":" in host else host
    stdout().print(
        f"Reviewing {out_dir} on http://{shown}:{server.port}/ (verdicts in {out_dir / 'review.sqlite'}); "
        "press Ctrl+C to stop.",
        markup=False,
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
