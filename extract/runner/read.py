"""Reading a run's outputs back: validated records, and pandas DataFrames for analysis."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar

from pydantic import TypeAdapter, ValidationError

from extract.records import Claim, ClaimGroup, Conflict, Document, RunInfo, StatisticClaim
from extract.runner.files import CLAIM_GROUPS, CLAIMS, CONFLICTS, DOCUMENTS, RUN_INFO

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

M = TypeVar("M")

#: Columns of :func:`read_claims` and their pandas dtypes (None: as inferred).
CLAIM_COLUMNS: dict[str, str | None] = {
    "claim_id": None,
    "doc_id": None,
    "type": None,
    "quote": None,
    "start": "int64",
    "end": "int64",
    "sentence_index": "int64",
    "section": None,
    "rule": None,
    "surface": None,
    "point": "float64",
    "lower": "float64",
    "upper": "float64",
    "qualifier": None,
    "unit": None,
    "value_start": "int64",
    "value_end": "int64",
    "precision": "float64",
    "outcome": None,
    "population": None,
    "intervention": None,
    "n": "Int64",
    "time_frame": None,
    "polarity": None,
    "threshold": None,
    "measure_key": None,
    "subject": None,
    "subject_concept_id": None,
    "object": None,
    "object_concept_id": None,
    "relation": None,
    "effect": None,
    "strength": None,
    "against": "boolean",
    "instead_of": None,
    "negated": "bool",
    "certainty": None,
    "group_key": None,
}
#: Columns of :func:`read_claim_groups`: the fields of ClaimGroup.
GROUP_COLUMNS: list[str] = list(ClaimGroup.model_fields)


class RecordError(ValueError):
    """A line of an output file that is not a valid record."""

    def __init__(self, path: str | Path, line: int, problem: str) -> None:
        self.path = str(path)
        self.line = line
        self.problem = problem
        super().__init__(f"{self.path} line {line}: {problem}")


@lru_cache(maxsize=1)
def claim_adapter() -> TypeAdapter[Claim]:
    """Validator of the :data:`~extract.records.Claim` union (built once)."""
    return TypeAdapter(Claim)


def iter_jsonl(path: str | Path, model: type[M] | TypeAdapter[M]) -> Iterator[M]:
    """Yield each line of a JSONL file validated as ``model``; blank lines are ignored.

    ``model`` is a pydantic model class, or a ``TypeAdapter`` for other types (such as
    ``TypeAdapter(Claim)``). Raises :class:`RecordError` naming the file and line of the first
    line that is not valid JSON or not a valid record.
    """
    adapter = model if isinstance(model, TypeAdapter) else TypeAdapter(model)
    what = f"{model.__name__} record" if isinstance(model, type) else "record"
    with Path(path).open(encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, start=1):
            if line.strip():
                yield _validate_line(adapter, what, path, lineno, line)


def _validate_line(adapter: TypeAdapter[M], what: str, path: str | Path, lineno: int, line: str) -> M:
    """One line as a record, or a RecordError with the first problem pydantic found."""
    try:
        return adapter.validate_json(line)
    except ValidationError as e:
        raise RecordError(path, lineno, f"not a valid {what} ({_first_problem(e)})") from e


def _first_problem(error: ValidationError) -> str:
    """The first validation problem as 'field: message' (or the message alone)."""
    problem = error.errors()[0]
    field = ".".join(str(part) for part in problem["loc"])
    return f"{field}: {problem['msg']}" if field else problem["msg"]


def read_run(out_dir: str | Path) -> RunInfo:
    """The run's ``run.json`` as a validated RunInfo record."""
    path = Path(out_dir) / RUN_INFO
    try:
        return RunInfo.model_validate_json(path.read_text(encoding="utf-8"))
    except ValidationError as e:
        raise RecordError(path, 1, f"not a valid RunInfo record ({_first_problem(e)})") from e


def read_claims(out_dir: str | Path) -> pd.DataFrame:
    """One row per claim of a run (every type), with the evidence and value flattened into columns.

    Columns (see :data:`CLAIM_COLUMNS`): ids and type; the evidence (``quote``, ``start``,
    ``end``, ``sentence_index``, ``section``, ``rule``); the value (``surface``, ``point``,
    ``lower``, ``upper``, ``qualifier``, ``unit``, ``value_start``, ``value_end``,
    ``precision``); the context (``outcome`` ... ``threshold``, ``n`` the denominator) and
    ``measure_key`` (statistic claims; empty for the others).

    Cause, symptom, treatment and recommendation claims fill ``subject`` (cause, symptom,
    intervention or recommended action) and ``object`` (effect, condition or population), as
    written, with their ``*_concept_id`` when linked; ``relation`` (cause), ``effect``
    (treatment: the effect as written), ``strength``, ``against`` (recommendations; NA for the
    other types) and ``instead_of``; and ``group_key``. ``negated`` and ``certainty`` are the
    assertion of every claim. ``surface``, ``value_start`` and ``value_end`` are the figure of
    a statistic claim and the subject of the others, so ``text[value_start:value_end] ==
    surface`` on every row; the value columns of the figure are empty for them.
    """
    return _claims_frame([_claim_row(c) for c in iter_jsonl(Path(out_dir) / CLAIMS, claim_adapter())])


def _claims_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """The DataFrame of claim rows, with the columns and dtypes of :data:`CLAIM_COLUMNS`."""
    import pandas as pd

    frame = pd.DataFrame(rows, columns=list(CLAIM_COLUMNS))
    return frame.astype({name: dtype for name, dtype in CLAIM_COLUMNS.items() if dtype})


def write_claims_parquet(claims_path: str | Path, target: str | Path | IO[bytes], *, batch_size: int = 10_000) -> int:
    """Write the claims of a claims.jsonl file to ``target`` as Parquet, the columns of
    :func:`read_claims`; return the number of rows.

    Written ``batch_size`` claims at a time (one row group each), so memory stays bounded
    however many claims there are. Columns without a dtype in :data:`CLAIM_COLUMNS` are strings.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _parquet_schema()
    claims = iter_jsonl(claims_path, claim_adapter())
    rows = 0
    with pq.ParquetWriter(target, schema) as writer:
        while batch := [_claim_row(c) for c in itertools.islice(claims, batch_size)]:
            writer.write_table(pa.Table.from_pandas(_claims_frame(batch), schema=schema, preserve_index=False))
            rows += len(batch)
        if not rows:
            writer.write_table(schema.empty_table())
    return rows


def _parquet_schema() -> Any:
    """The Arrow schema of the claims' columns (strings where pandas has no dtype), with the
    pandas metadata that gives ``pd.read_parquet`` the dtypes of :func:`read_claims` back."""
    import pyarrow as pa

    types = {"int64": pa.int64(), "Int64": pa.int64(), "float64": pa.float64(), "bool": pa.bool_(), "boolean": pa.bool_()}
    schema = pa.schema([(name, types[dtype] if dtype else pa.string()) for name, dtype in CLAIM_COLUMNS.items()])
    return pa.Table.from_pandas(_claims_frame([]), schema=schema, preserve_index=False).schema


def _claim_row(claim: Claim) -> dict[str, Any]:
    """The flat row of one claim."""
    row = {
        **claim.model_dump(include={"claim_id", "doc_id", "type"}),
        **claim.evidence.model_dump(include={"quote", "start", "end", "sentence_index", "section", "rule"}),
        "negated": claim.assertion.negated,
        "certainty": claim.assertion.certainty,
    }
    if isinstance(claim, StatisticClaim):
        return {**row, **_statistic_columns(claim)}
    return {**row, **_qualitative_columns(claim)}


def _statistic_columns(claim: StatisticClaim) -> dict[str, Any]:
    """The value and context columns of a figure."""
    value = claim.value
    return {
        **claim.model_dump(include={"outcome", "population", "intervention"}),
        **value.model_dump(include={"surface", "point", "lower", "upper", "qualifier", "unit", "precision"}),
        "value_start": value.start,
        "value_end": value.end,
        "n": claim.n.n if claim.n else None,
        "time_frame": claim.time_frame,
        "polarity": claim.polarity,
        "threshold": claim.threshold,
        "measure_key": claim.measure.key,
    }


def _qualitative_columns(claim: Claim) -> dict[str, Any]:
    """The argument columns of a cause, symptom, treatment or recommendation claim."""
    from extract.consistency.statements import arguments

    subject, obj = arguments(claim)  # type: ignore[arg-type]
    instead = getattr(claim, "instead_of", None)
    return {
        "surface": subject.text,
        "value_start": subject.start,
        "value_end": subject.end,
        "subject": subject.text,
        "subject_concept_id": subject.concept.id if subject.concept else None,
        "object": obj.text if obj else None,
        "object_concept_id": obj.concept.id if obj and obj.concept else None,
        "relation": getattr(claim, "relation", None),
        "effect": claim.effect if claim.type == "treatment" else None,  # type: ignore[union-attr]
        "strength": getattr(claim, "strength", None),
        "against": getattr(claim, "against", None),
        "instead_of": instead.text if instead else None,
        "group_key": claim.group_key,  # type: ignore[union-attr]
    }


def read_documents(out_dir: str | Path) -> pd.DataFrame:
    """One row per document of a run; the columns are the fields of Document (``text`` included)."""
    return _frame(iter_jsonl(Path(out_dir) / DOCUMENTS, Document), list(Document.model_fields))


def read_conflicts(out_dir: str | Path) -> pd.DataFrame:
    """One row per conflict of a run; the columns are the fields of Conflict (``figures`` and
    ``statements`` as dicts), plus ``doc_ids`` and ``surfaces``: the documents, and the figures
    as written (for opposing claims, the claims' labels)."""
    frame = _frame(iter_jsonl(Path(out_dir) / CONFLICTS, Conflict), list(Conflict.model_fields))
    parts = [figs + stmts for figs, stmts in zip(frame["figures"], frame["statements"])]
    frame["doc_ids"] = [sorted({p["doc_id"] for p in items}) for items in parts]
    frame["surfaces"] = [[p["surface"] if "surface" in p else p["label"] for p in items] for items in parts]
    return frame


def load_claim_groups(out_dir: str | Path) -> list[ClaimGroup]:
    """The claim groups of a run as records: ``claim_groups.jsonl``, or, for a run written
    before that file existed, the groups of its ``claims.jsonl``.

    Raises:
        FileNotFoundError: ``out_dir`` holds neither file (not a run's outputs).
    """
    from extract.consistency.groups import group_claims

    folder = Path(out_dir)
    if (folder / CLAIM_GROUPS).is_file():
        return list(iter_jsonl(folder / CLAIM_GROUPS, ClaimGroup))
    if (folder / CLAIMS).is_file():
        return group_claims(iter_jsonl(folder / CLAIMS, claim_adapter()))
    raise FileNotFoundError(f"{folder} holds no {CLAIM_GROUPS} or {CLAIMS}")


def read_claim_groups(out_dir: str | Path) -> pd.DataFrame:
    """One row per claim group of a run (``claim_groups.jsonl``): the fields of ClaimGroup
    (:data:`GROUP_COLUMNS`), most sources first."""
    return _frame(iter_jsonl(Path(out_dir) / CLAIM_GROUPS, ClaimGroup), GROUP_COLUMNS)


def _frame(records: Iterator[Document] | Iterator[Conflict] | Iterator[ClaimGroup], columns: list[str]) -> pd.DataFrame:
    """A DataFrame of records, one row each, with the given columns even when there are none."""
    import pandas as pd

    return pd.DataFrame([r.model_dump() for r in records], columns=columns)
