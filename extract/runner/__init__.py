"""Runner: the pipeline over a batch of inputs, its outputs written atomically, and read back.

This stage owns running a batch: reading the inputs (``extract.ingest``), building the
pipeline once and streaming the documents through it, checking the claims of the whole batch
for conflicts and grouping the claims several documents state (``extract.consistency``), and
writing ``documents.jsonl``, ``claims.jsonl``, ``claim_groups.jsonl``, ``conflicts.jsonl`` and
``run.json`` so that a crash never leaves half-written or mixed outputs. It also owns reading
those files back, validated, as records or pandas DataFrames.
"""

from extract.runner.batch import EXTRACTION_FAILED, run
from extract.runner.files import CLAIM_GROUPS, CLAIMS, CONFLICTS, DOCUMENTS, OUTPUT_FILES, RUN_INFO
from extract.runner.read import (
    CLAIM_COLUMNS,
    GROUP_COLUMNS,
    RecordError,
    iter_jsonl,
    load_claim_groups,
    read_claim_groups,
    read_claims,
    read_conflicts,
    read_documents,
    read_run,
)

__all__ = [
    "CLAIMS",
    "CLAIM_COLUMNS",
    "CLAIM_GROUPS",
    "CONFLICTS",
    "DOCUMENTS",
    "EXTRACTION_FAILED",
    "OUTPUT_FILES",
    "RUN_INFO",
    "GROUP_COLUMNS",
    "RecordError",
    "iter_jsonl",
    "load_claim_groups",
    "read_claim_groups",
    "read_claims",
    "read_conflicts",
    "read_documents",
    "read_run",
    "run",
]
