"""Verdicts exported as Verdict records (``schemas/verdict.schema.json``): JSON lines or CSV."""

from __future__ import annotations

import csv
import io
import os
import secrets
from collections.abc import Collection, Iterable
from pathlib import Path

from extract.records import Conflict, Verdict, VerdictClaim
from extract.review.store import StoredVerdict, VerdictStore

#: Columns of the CSV export: the Verdict fields, lists joined with '; ', and the claims flattened.
CSV_COLUMNS = [
    "conflict_id", "verdict", "reviewer", "comment", "decided_at", "revision", "status", "kind", "severity",
    "measure", "wrong_claim_ids", "claim_ids", "surfaces", "quotes", "explanation", "schema_version",
]  # fmt: skip
FORMATS = (".jsonl", ".csv")


def verdict_claims(conflict: Conflict, wrong: Collection[str]) -> list[VerdictClaim]:
    """The conflict's claims (figures, or opposing statements) as the reviewer saw them."""
    parts = [(f.claim_id, f.doc_id, f.surface, f.quote) for f in conflict.figures]
    parts += [(s.claim_id, s.doc_id, s.label, s.quote) for s in conflict.statements]
    seen = {p[0] for p in parts}
    parts += [(i, "", "", "") for i in conflict.claim_ids if i not in seen]  # claims the conflict names only
    return [VerdictClaim(claim_id=i, doc_id=d, surface=s, quote=q, wrong=i in wrong) for i, d, s, q in parts]


def to_verdict(stored: StoredVerdict, current: Collection[str]) -> Verdict:
    """The Verdict record of a stored verdict; ``current``: the conflict ids the outputs flag now."""
    conflict = stored.conflict
    return Verdict(
        conflict_id=stored.conflict_id,
        verdict=stored.verdict,  # type: ignore[arg-type]
        reviewer=stored.reviewer,
        comment=stored.comment,
        decided_at=stored.decided_at,
        wrong_claim_ids=list(stored.wrong_claim_ids),
        revision=stored.revision,
        status="current" if stored.conflict_id in current else "gone",
        kind=conflict.kind,
        severity=conflict.severity,
        measure=conflict.measure,
        explanation=conflict.explanation,
        claims=verdict_claims(conflict, stored.wrong_claim_ids),
    )


def csv_row(verdict: Verdict) -> dict[str, object]:
    """One CSV row of a verdict."""
    row = verdict.model_dump(include=set(CSV_COLUMNS))
    row["wrong_claim_ids"] = "; ".join(verdict.wrong_claim_ids)
    row["claim_ids"] = "; ".join(c.claim_id for c in verdict.claims)
    row["surfaces"] = "; ".join(c.surface for c in verdict.claims)
    row["quotes"] = " | ".join(c.quote for c in verdict.claims)
    return row


def render(verdicts: Iterable[Verdict], suffix: str) -> str:
    """The export file's content: one JSON object a line (``.jsonl``) or CSV with a header (``.csv``)."""
    if suffix == ".jsonl":
        return "".join(v.model_dump_json() + "\n" for v in verdicts)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(csv_row(v) for v in verdicts)
    return buffer.getvalue()


def export_verdicts(store: VerdictStore, current: Collection[str], dest: str | Path) -> int:
    """Write the latest verdict on every conflict to ``dest`` (``.jsonl`` or ``.csv``); return how many.

    The file is written under a temporary name and moved into place, so a failure leaves any
    previous export as it was.

    Raises:
        ValueError: ``dest`` does not end in ``.jsonl`` or ``.csv``.
        OSError: ``dest`` cannot be written.
    """
    dest = Path(dest)
    suffix = dest.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"{dest}: export to a .jsonl or .csv file (the extension picks the format)")
    verdicts = [to_verdict(s, current) for s in store.all_latest().values()]
    temp = dest.with_name(f".{dest.name}.{secrets.token_hex(6)}.tmp")
    try:
        temp.write_text(render(verdicts, suffix), encoding="utf-8", newline="")
        os.replace(temp, dest)
    finally:
        temp.unlink(missing_ok=True)
    return len(verdicts)
