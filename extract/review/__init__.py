"""Review: the reviewers' audit app over a run's outputs (``evidence review DIR``).

This stage owns what a reviewer sees and decides: the queue of flagged conflicts (filtered,
counted, sorted most severe first, paginated: :mod:`~extract.review.queue`), the claims' sentences
highlighted inside their paragraphs with every piece of document text escaped
(:mod:`~extract.review.highlight`), the server-rendered SVG chart of every figure for a measure
(:mod:`~extract.review.chart`), the verdicts kept in SQLite next to the outputs with an
append-only history, keyed by the stable ``conflict_id`` (:mod:`~extract.review.store`), and
their export as Verdict records (:mod:`~extract.review.export`). Those are pure functions and one
small store class; the Flask routes (:mod:`~extract.review.app`) and the threaded WSGI server
(:mod:`~extract.review.server`) are a thin layer over them. The app reads only the run's known
output files (:mod:`~extract.review.outputs`) and its own database, never a path from a request.
"""

from extract.review.export import export_verdicts
from extract.review.outputs import Outputs, OutputsError, load_outputs
from extract.review.store import DB_FILE, StoreError, StoredVerdict, VerdictError, VerdictStore

__all__ = [
    "DB_FILE",
    "Outputs",
    "OutputsError",
    "StoreError",
    "StoredVerdict",
    "VerdictError",
    "VerdictStore",
    "export_verdicts",
    "load_outputs",
]
