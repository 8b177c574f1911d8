"""Records: the normalized JSON the toolkit emits, and nothing else.

This stage owns the pydantic models (the one source of the JSON Schemas committed in
``schemas/``), the schema version every record carries, the stable identifiers of documents,
claims and conflicts, and validated JSONL reading and writing. Other stages build these
records; they never invent fields of their own.
"""

from extract.records.ids import stable_id
from extract.records.models import (
    SCHEMA_VERSION,
    CauseClaim,
    Citation,
    Claim,
    ClaimGroup,
    Conflict,
    ConflictFigure,
    ConflictStatement,
    Denominator,
    Document,
    Evidence,
    Fetch,
    ManifestEntry,
    Measure,
    RecommendationClaim,
    Reference,
    RunInfo,
    Section,
    Skipped,
    StatisticClaim,
    SymptomClaim,
    TreatmentClaim,
    Value,
    Verdict,
    VerdictClaim,
)

__all__ = [
    "SCHEMA_VERSION",
    "CauseClaim",
    "Citation",
    "Claim",
    "ClaimGroup",
    "Conflict",
    "ConflictFigure",
    "ConflictStatement",
    "Denominator",
    "Document",
    "Evidence",
    "Fetch",
    "ManifestEntry",
    "Measure",
    "RecommendationClaim",
    "Reference",
    "RunInfo",
    "Section",
    "Skipped",
    "StatisticClaim",
    "SymptomClaim",
    "TreatmentClaim",
    "Value",
    "Verdict",
    "VerdictClaim",
    "stable_id",
]
