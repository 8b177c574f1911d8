"""JSON Schemas of the records, generated from the pydantic models (their one source).

The committed files in ``schemas/`` are the output of :func:`write_schemas` (``make
schemas``); a test regenerates them and fails when they differ from the models.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter

from extract.records.models import SCHEMA_VERSION, Claim, ClaimGroup, Conflict, Document, ManifestEntry, RunInfo, Verdict

#: Dialect of the generated schemas.
DRAFT = "https://json-schema.org/draft/2020-12/schema"
#: Base of the schemas' ``$id``: ``<base><name>.schema.json``.
ID_BASE = "https://evidence-extract.local/schemas/"
#: Schema name -> the type whose records it describes.
RECORD_TYPES: dict[str, Any] = {
    "claim": Claim,
    "claim_group": ClaimGroup,
    "conflict": Conflict,
    "document": Document,
    "manifest": ManifestEntry,
    "run": RunInfo,
    "verdict": Verdict,
}


def json_schemas() -> dict[str, dict[str, Any]]:
    """Schema name -> draft 2020-12 JSON Schema of that record, with ``$id`` and ``x-schema-version``."""
    return {name: _schema(name, record_type) for name, record_type in RECORD_TYPES.items()}


def _schema(name: str, record_type: Any) -> dict[str, Any]:
    """The JSON Schema pydantic makes for ``record_type``, with the identifying keywords added."""
    schema = TypeAdapter(record_type).json_schema()
    schema.setdefault("title", name.capitalize())
    return {
        "$schema": DRAFT,
        "$id": f"{ID_BASE}{file_name(name)}",
        "x-schema-version": SCHEMA_VERSION,
        **schema,
    }


def file_name(name: str) -> str:
    """File name of the named schema, e.g. ``claim.schema.json``."""
    return f"{name}.schema.json"


def schema_text(schema: dict[str, Any]) -> str:
    """A schema as committed: sorted keys, 2-space indent, trailing newline."""
    return json.dumps(schema, indent=2, sort_keys=True) + "\n"


def write_schemas(out_dir: str | Path) -> list[Path]:
    """Write every schema to ``out_dir/<name>.schema.json`` (creating the folder); return the paths."""
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, schema in json_schemas().items():
        path = folder / file_name(name)
        path.write_text(schema_text(schema), encoding="utf-8", newline="\n")
        written.append(path)
    return written
