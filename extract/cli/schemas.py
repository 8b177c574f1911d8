"""``evidence schemas``: write the JSON Schemas of the records."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from extract.cli._util import app, fail, stdout


@app.command("schemas")
def schemas_command(
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Folder to write the schemas to; created if needed.", file_okay=False)
    ] = Path("schemas"),
) -> None:
    """Write the JSON Schemas (draft 2020-12) of every record: claim, claim group, conflict, document,
    manifest, run and
    verdict (a reviewer's decision, exported by `evidence review DIR --export FILE`).

    They are generated from the pydantic models, one file per record: NAME.schema.json.
    """
    from extract.records.schema import write_schemas

    try:
        written = write_schemas(out)
    except OSError as e:
        fail(f"cannot write the schemas to {out}: {e}")
    console = stdout()
    for path in written:
        console.print(f"wrote {path}", markup=False)
