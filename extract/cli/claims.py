"""``evidence claims``: the claims of a run grouped across documents, as a table or JSON lines."""

from __future__ import annotations

from collections import Counter
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.markup import escape

from extract.cli._util import app, fail, stdout
from extract.records import ClaimGroup


class ClaimType(str, Enum):
    cause = "cause"
    symptom = "symptom"
    treatment = "treatment"
    recommendation = "recommendation"
    statistic = "statistic"


class Format(str, Enum):
    table = "table"
    json = "json"


@app.command("claims")
def claims_command(
    out_dir: Annotated[
        Path,
        typer.Argument(
            help="A run's output folder, as written by `evidence run --out DIR`.",
            metavar="DIR",
            file_okay=False,
            show_default=False,
        ),
    ],
    type_: Annotated[
        Optional[ClaimType],
        typer.Option(
            "--type", "-t", help="Only claims of this type. Default: every cause, symptom, treatment and recommendation."
        ),
    ] = None,
    doc: Annotated[
        Optional[str],
        typer.Option(
            "--doc", help="Only claims this document states: its doc_id or file name (the other sources still count)."
        ),
    ] = None,
    min_sources: Annotated[
        int, typer.Option("--min-sources", min=1, help="Only claims stated by at least N distinct documents.", metavar="N")
    ] = 1,
    format_: Annotated[
        Format, typer.Option("--format", "-f", help="table: a readable table; json: one JSON object per line.")
    ] = Format.table,
) -> None:
    """List the claims of a run, grouped across documents: one claim, many sources.

    Each group is one cause, symptom, treatment or recommendation (same concepts, or the same
    words when not linked to a vocabulary) with the number of distinct documents that state it,
    how many times they state it, and its most certain assertion; negated claims and
    recommendations against an action are groups of their own. The table marks groups
    involved in opposing claims (conflicts.jsonl). With --format json each line is a
    ClaimGroup record (schemas/claim_group.schema.json).

    --type statistic lists the figures instead, one per claim, with the source type of their
    document and the references their sentence cites ("(context)": inherited from the sentence
    that introduced the study) (--format json: claim records, schemas/claim.schema.json);
    figures are compared by `evidence run`, not grouped.
    """
    from extract.runner import CLAIMS, read_documents

    if not (out_dir / CLAIMS).is_file():
        fail(f"{out_dir} holds no run outputs ({CLAIMS}); run `evidence run PATH... --out {out_dir}` first")
    doc_id = resolve_doc(out_dir, doc, read_documents) if doc else None
    if type_ is ClaimType.statistic:
        if min_sources > 1:
            raise typer.BadParameter("figures are listed one per claim; --min-sources applies to claim groups")
        print_figures(out_dir, doc_id, format_)
        return
    from extract.consistency import select_groups
    from extract.runner import load_claim_groups

    groups = select_groups(load_claim_groups(out_dir), type_.value if type_ else None, doc_id, min_sources)
    if format_ is Format.json:
        for group in groups:
            typer.echo(group.model_dump_json())
        return
    print_groups(groups, out_dir, type_.value if type_ else None)


def resolve_doc(out_dir: Path, doc: str, read_documents) -> str:  # noqa: ANN001
    """The doc id that ``doc`` names: a doc id, or the file name (or URL) of a document of the run."""
    documents = read_documents(out_dir)
    for row in documents.itertuples():
        names = {row.doc_id} | {v for v in (row.path, row.url) if isinstance(v, str)}
        if isinstance(row.path, str):
            names.add(Path(row.path).name)
        if doc in names:
            return row.doc_id
    fail(f"no document {doc!r} in {out_dir}; give a doc_id or file name from documents.jsonl")


def print_groups(groups: list[ClaimGroup], out_dir: Path, type_: Optional[str]) -> None:
    """A table of the groups: claim, sources, mentions, certainty, concepts, flags."""
    from rich.table import Table

    console = stdout()
    what = f"{type_} claims" if type_ else "claims"
    if not groups:
        console.print(f"No {what} in {escape(str(out_dir))} match.")
        return
    flags = opposing_flags(out_dir)
    title = f"{what.capitalize()}: {plural(len(groups), 'group')}"
    linked = any(g.subject_concept_id or g.object_concept_id for g in groups)
    table = Table(title=title, title_justify="left", show_edge=False)
    if type_ is None:
        table.add_column("type", no_wrap=True)
    table.add_column("claim", min_width=24, ratio=1)
    for column in ("sources", "mentions"):
        table.add_column(column, justify="right", no_wrap=True)
    table.add_column("certainty", no_wrap=True)
    if linked:
        table.add_column("concepts", overflow="fold")
    table.add_column("flags", justify="right", no_wrap=True)
    for g in groups:
        flagged = sum(flags[c] for c in g.claim_ids)
        row = [escape(g.label), str(g.n_sources), str(g.n_mentions), g.certainty]
        row += [escape(concepts(g))] if linked else []
        table.add_row(*([g.type] if type_ is None else []), *row, str(flagged or ""))
    console.print(table)


def plural(n: int, noun: str) -> str:
    """'1 group', '2 groups'."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def concepts(group: ClaimGroup) -> str:
    """'EV:epidural_fibrosis -> HP:0012532' ('-' for an argument not linked); '' when none is."""
    if group.subject_concept_id is None and group.object_concept_id is None:
        return ""
    subject = group.subject_concept_id or "-"
    if group.object is None:
        return subject
    return f"{subject} -> {group.object_concept_id or '-'}"


def opposing_flags(out_dir: Path) -> Counter[str]:
    """How many opposing-claims conflicts of the run involve each claim id."""
    from extract.records import Conflict
    from extract.runner import CONFLICTS, iter_jsonl

    path = out_dir / CONFLICTS
    if not path.is_file():
        return Counter()
    return Counter(i for c in iter_jsonl(path, Conflict) if c.kind == "opposing_claims" for i in c.claim_ids)


def print_figures(out_dir: Path, doc_id: Optional[str], format_: Format) -> None:
    """The figures of a run, one per claim: a table, or claim records as JSON lines."""
    from pydantic import TypeAdapter
    from rich.table import Table

    from extract.records import Claim
    from extract.runner import CLAIMS, iter_jsonl

    figures = [
        c
        for c in iter_jsonl(out_dir / CLAIMS, TypeAdapter(Claim))
        if c.type == "statistic" and (doc_id is None or c.doc_id == doc_id)
    ]
    console = stdout()
    if format_ is Format.json:
        for claim in figures:
            typer.echo(claim.model_dump_json())
        return
    if not figures:
        console.print(f"No statistic claims in {escape(str(out_dir))} match.")
        return
    table = Table(title=f"Statistic claims: {plural(len(figures), 'figure')}", title_justify="left", show_edge=False)
    for column in ("figure", "measure", "document", "source type", "cites"):
        table.add_column(column)
    for c in figures:
        ev = c.evidence
        table.add_row(
            escape(c.value.surface), escape(c.measure.key), c.doc_id, ev.source_type or "", escape(cites(ev))
        )
    console.print(table)


def cites(evidence) -> str:  # noqa: ANN001 (records.Evidence)
    """The references a claim's sentence cites, short: '[1] Akkemik U et al. 2021 (context)'."""
    basis = {c.label: c.basis for c in evidence.citations}
    parts = []
    for ref in evidence.references:
        who = ref.authors[0].split(",")[0] + (" et al." if len(ref.authors) > 1 else "") if ref.authors else None
        name = " ".join(str(x) for x in (who or ref.title or ref.journal or ref.url or ref.text[:40], ref.year) if x)
        parts.append(f"[{ref.label}] {name}" + (" (context)" if basis.get(ref.label) == "context" else ""))
    return "; ".join(parts)
