"""CLI: the ``evidence`` command, a thin typer layer over the library.

This stage owns the command line: checking arguments, calling the library functions
(:func:`extract.runner.run`, :func:`extract.runner.load_claim_groups`,
:func:`extract.records.schema.write_schemas`) and turning their results and domain errors
into short messages and exit codes (0 done, 1 failed, 2 usage).
Each command lives in its own module and registers itself on :data:`app`; a new command is a
new module imported below.
"""

from extract.cli import bench as _bench  # noqa: F401  (registers `evidence bench`)
from extract.cli import claims as _claims  # noqa: F401  (registers `evidence claims`)
from extract.cli import crawl as _crawl  # noqa: F401  (registers `evidence crawl`)
from extract.cli import kb as _kb  # noqa: F401  (registers `evidence kb build|lookup|info`)
from extract.cli import pubmed as _pubmed  # noqa: F401  (registers `evidence pubmed`)
from extract.cli import review as _review  # noqa: F401  (registers `evidence review`)
from extract.cli import run as _run  # noqa: F401  (registers `evidence run`)
from extract.cli import schemas as _schemas  # noqa: F401  (registers `evidence schemas`)
from extract.cli import score as _score  # noqa: F401  (registers `evidence score`)
from extract.cli._util import app, main

__all__ = ["app", "main"]
