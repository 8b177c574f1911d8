"""A run's outputs as the review app reads them: the known files only, validated, reloaded after a re-run.

The app never opens a path that comes from a request: :func:`load_outputs` reads the five
files a run writes (``documents.jsonl``, ``claims.jsonl``, ``conflicts.jsonl``, ``run.json``;
``claim_groups.jsonl`` is not needed) from the one folder it was started on, with the validated
readers of :mod:`extract.runner.read`. :class:`LiveOutputs` notices when a re-run has replaced
them (``run.json`` is swapped in last) and loads them again.
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from extract.records import Claim, Conflict, Document, RunInfo, StatisticClaim
from extract.records.models import Concept, Mention
from extract.runner.files import CLAIMS, CONFLICTS, DOCUMENTS, RUN_INFO
from extract.runner.read import RecordError, claim_adapter, iter_jsonl, read_run

#: The files the app reads, and nothing else from the output folder (besides its database).
READ_FILES = (DOCUMENTS, CLAIMS, CONFLICTS, RUN_INFO)


class OutputsError(Exception):
    """The output folder cannot be reviewed: a file is missing, unreadable or not valid records."""


@dataclass(frozen=True)
class ConceptUse:
    """A claim that names a concept, and in which role ('cause', 'outcome', ...)."""

    claim: Claim
    role: str
    mention: Optional[Mention]


@dataclass
class Outputs:
    """The records of one run, indexed for the app."""

    folder: Path
    run: RunInfo
    documents: dict[str, Document]
    claims: dict[str, Claim]
    conflicts: dict[str, Conflict]
    stamp: tuple[int, int] = (0, 0)
    #: Every claim in file order; ``claims`` keeps the first of claims that share an id.
    claim_list: list[Claim] = field(default_factory=list)
    claims_by_doc: dict[str, list[Claim]] = field(default_factory=dict)
    concepts: dict[str, list[ConceptUse]] = field(default_factory=dict)
    concept_names: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        by_doc: dict[str, list[Claim]] = defaultdict(list)
        uses: dict[str, list[ConceptUse]] = defaultdict(list)
        for claim in self.claim_list or list(self.claims.values()):
            by_doc[claim.doc_id].append(claim)
            for role, mention, concept in concepts_of(claim):
                uses[concept.id].append(ConceptUse(claim, role, mention))
                self.concept_names.setdefault(concept.id, concept.name)
        self.claims_by_doc = dict(by_doc)
        self.concepts = dict(uses)

    def conflicts_of_claim(self, claim_id: str) -> list[Conflict]:
        """The current conflicts that involve a claim."""
        return [c for c in self.conflicts.values() if claim_id in c.claim_ids]

    def statistics(self) -> list[StatisticClaim]:
        """Every figure of the run."""
        return [c for c in self.claims.values() if isinstance(c, StatisticClaim)]


#: Claim fields that hold a Mention, per claim type, with the role shown to the reviewer.
MENTION_ROLES = ("cause", "effect", "symptom", "condition", "intervention", "action", "population", "instead_of")
#: Measure fields that hold a concept, with the role shown.
MEASURE_ROLES = {"outcome_concept": "outcome", "population_concept": "population", "intervention_concept": "intervention"}


def mentions_of(claim: Claim) -> Iterator[tuple[str, Mention]]:
    """The argument mentions of a claim, with their role ('cause', 'effect', ...)."""
    for role in MENTION_ROLES:
        value = getattr(claim, role, None)
        if isinstance(value, Mention):
            yield role, value


def concepts_of(claim: Claim) -> Iterator[tuple[str, Optional[Mention], Concept]]:
    """Every concept a claim names: its mentions' concepts, and a figure's measure concepts."""
    for role, mention in mentions_of(claim):
        if mention.concept is not None:
            yield role, mention, mention.concept
    if isinstance(claim, StatisticClaim):
        for name, role in MEASURE_ROLES.items():
            concept = getattr(claim.measure, name)
            if concept is not None:
                yield role, None, concept


def stamp_of(folder: Path) -> tuple[int, int]:
    """When ``run.json`` was last replaced, and its size: a re-run changes it (it is swapped in last)."""
    try:
        info = (folder / RUN_INFO).stat()
    except OSError:
        return (0, 0)
    return (info.st_mtime_ns, info.st_size)


def load_outputs(folder: str | Path) -> Outputs:
    """The validated records of the run whose outputs are in ``folder``.

    Raises:
        OutputsError: the folder or one of its files is missing, unreadable or not valid
            records (the message names the file, the line and what to do), or the files do not
            belong together (a re-run was swapping them in: load again).
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise OutputsError(f"{folder} is not a folder; give the output folder of `evidence run PATH... --out DIR`")
    missing = [name for name in READ_FILES if not (folder / name).is_file()]
    if missing:
        raise OutputsError(
            f"{folder} holds no {', '.join(missing)}: not a run's outputs; run `evidence run PATH... --out {folder}` first"
        )
    stamp = stamp_of(folder)
    try:
        run = read_run(folder)
        documents = {d.doc_id: d for d in iter_jsonl(folder / DOCUMENTS, Document)}
        claim_list = list(iter_jsonl(folder / CLAIMS, claim_adapter()))
        conflicts = {c.conflict_id: c for c in iter_jsonl(folder / CONFLICTS, Conflict)}
    except RecordError as e:
        raise OutputsError(f"{e}; run `evidence run` again to rewrite the outputs") from e
    except (OSError, UnicodeDecodeError) as e:
        raise OutputsError(f"cannot read the outputs in {folder}: {e}") from e
    claims: dict[str, Claim] = {}
    for claim in claim_list:
        claims.setdefault(claim.claim_id, claim)
    _check_references(folder, documents, claim_list, claims, conflicts)
    return Outputs(folder, run, documents, claims, conflicts, stamp, claim_list)


def _check_references(
    folder: Path,
    documents: dict[str, Document],
    claim_list: list[Claim],
    claims: dict[str, Claim],
    conflicts: dict[str, Conflict],
) -> None:
    """Every claim's document and every conflict's claims are in the outputs, and offsets fit the text."""
    for claim in claim_list:
        doc = documents.get(claim.doc_id)
        if doc is None:
            raise OutputsError(f"{folder / CLAIMS}: claim {claim.claim_id} names document {claim.doc_id}, not in {DOCUMENTS}")
        if claim.evidence.end > len(doc.text):
            raise OutputsError(f"{folder / CLAIMS}: claim {claim.claim_id} points past the end of its document's text")
    for conflict in conflicts.values():
        unknown = [i for i in conflict.claim_ids if i not in claims]
        if unknown:
            raise OutputsError(f"{folder / CONFLICTS}: conflict {conflict.conflict_id} names claims not in {CLAIMS}: {unknown}")


class LiveOutputs:
    """The outputs of a folder, loaded again when a re-run replaces them; thread-safe.

    A reload that fails (broken files, or a re-run still swapping them in after a few tries)
    keeps the last good outputs and reports the problem in :attr:`error`, until ``run.json``
    changes again.
    """

    #: Tries, and the pause between them, when the files do not belong together yet.
    RETRIES = 5
    PAUSE = 0.2

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self._lock = threading.Lock()
        self._current = load_outputs(self.folder)
        self._failed: Optional[tuple[int, int]] = None
        self.error: Optional[str] = None

    def get(self) -> Outputs:
        """The current outputs: reloaded first if ``run.json`` changed since they were read."""
        if stamp_of(self.folder) in (self._current.stamp, self._failed):
            return self._current
        with self._lock:
            if stamp_of(self.folder) not in (self._current.stamp, self._failed):
                self._reload()
            return self._current

    def _reload(self) -> None:
        for attempt in range(self.RETRIES):
            stamp = stamp_of(self.folder)
            try:
                fresh = load_outputs(self.folder)
            except OutputsError as e:
                self.error = str(e)
                time.sleep(self.PAUSE * (attempt + 1))
                continue
            if fresh.stamp == stamp_of(self.folder):
                self._current, self._failed, self.error = fresh, None, None
                return
        self._failed = stamp
