"""``evidence bench``: throughput and memory of the pipeline, printed."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from extract.cli._util import app, fail, stdout


@app.command("bench")
def bench_command(
    corpora: Annotated[
        Optional[list[Path]],
        typer.Argument(help="Folders of .txt/.md documents. Default: every folder under corpora/.", show_default=False),
    ] = None,
    repeat: Annotated[int, typer.Option("--repeat", min=1, help="How many times over the documents are run.")] = 4,
    model: Annotated[Optional[str], typer.Option("--model", help="An installed scispaCy model, as for `run`.")] = None,
) -> None:
    """Measure tokens/s, documents/s and peak memory of the whole pipeline, and the same text
    through scispaCy's parts alone (tokenizer, sentences, abbreviations) as a baseline.

    Figures are printed, never asserted: speed depends on the machine.
    """
    from extract.evaluation.bench import corpus_texts, format_bench, run_bench

    folders = corpora
    if not folders and Path("corpora").is_dir():
        folders = sorted(p for p in Path("corpora").iterdir() if p.is_dir())
    if not folders:
        fail("no corpus folders given and no corpora/ folder here; name the folders to run")
    texts = corpus_texts(folders, repeat)
    if not texts:
        fail("the folders hold no .txt or .md documents")
    stdout().print(format_bench(run_bench(texts, model)), markup=False)
