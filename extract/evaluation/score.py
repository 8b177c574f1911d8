"""Scoring figures and conflict flags against a gold corpus."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Optional, Sequence

from extract.consistency import check_claims
from extract.evaluation.gold import GoldCorpus, GoldFigure
from extract.records.models import Conflict, StatisticClaim

if TYPE_CHECKING:  # pragma: no cover
    from extract.evaluation.claims import ClaimsScore


@dataclass
class Counts:
    """Gold, predicted and correct counts with precision, recall and F1 (1.0 when undefined)."""

    gold: int = 0
    predicted: int = 0
    correct: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "Counts") -> "Counts":
        """Add ``other``'s counts (every integer field, a subclass's too) and errors into this one."""
        for f in fields(self):
            value = getattr(other, f.name)
            if isinstance(value, (int, list)) and not isinstance(value, bool):
                setattr(self, f.name, getattr(self, f.name) + value)
        return self


@dataclass
class FigureScore(Counts):
    """Strict figure scores: a true positive overlaps a gold figure and agrees on value,
    qualifier and unit. ``detected`` counts span overlaps alone."""

    detected: int = 0

    @property
    def detection_precision(self) -> float:
        return self.detected / self.predicted if self.predicted else 1.0

    @property
    def detection_recall(self) -> float:
        return self.detected / self.gold if self.gold else 1.0


@dataclass
class ConflictScore:
    expected: int = 0
    found: int = 0
    kind_agrees: int = 0
    forbidden: int = 0
    violated: int = 0
    flagged: int = 0
    errors: list[str] = field(default_factory=list)


@dataclass
class CorpusScore:
    name: str
    documents: int
    figures: FigureScore
    conflicts: ConflictScore
    claims: Optional["ClaimsScore"] = None  # causes, symptoms, treatments, recommendations


def _close(a: Optional[float], b: Optional[float], tol: float) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= tol * max(1.0, abs(a))


def value_agrees(g: GoldFigure, c: StatisticClaim) -> bool:
    """Whether a predicted figure has the gold value, qualifier and unit."""
    v = c.value
    if v.unit != g.unit or v.qualifier != g.qualifier:
        return False
    word_fraction = g.unit == "proportion" and not any(ch.isdigit() for ch in g.surface)
    tol = 1e-3 if word_fraction else 1e-6
    return all(_close(x, y, tol) for x, y in ((g.point, v.point), (g.lower, v.lower), (g.upper, v.upper)))


def _overlap(g: GoldFigure, c: StatisticClaim) -> int:
    return min(g.end, c.value.end) - max(g.start, c.value.start)


def match_figures(gold: Sequence[GoldFigure], claims: Sequence[StatisticClaim]) -> dict[int, int]:
    """One-to-one matching of gold figures to claims by largest span overlap: gold index -> claim index."""
    pairs = sorted(
        ((_overlap(g, c), gi, ci) for gi, g in enumerate(gold) for ci, c in enumerate(claims) if _overlap(g, c) > 0),
        reverse=True,
    )
    out: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, ci in pairs:
        if gi not in out and ci not in used:
            out[gi] = ci
            used.add(ci)
    return out


def score_figures(doc: str, gold: Sequence[GoldFigure], claims: Sequence[StatisticClaim], score: FigureScore) -> dict[int, int]:
    """Add one document's figures to ``score``; return the gold -> claim matching."""
    matching = match_figures(gold, claims)
    score.gold += len(gold)
    score.predicted += len(claims)
    score.detected += len(matching)
    for gi, g in enumerate(gold):
        ci = matching.get(gi)
        if ci is None:
            score.errors.append(f"missed      {doc}: {g.surface!r} in {g.quote[:90]!r}")
            continue
        c = claims[ci]
        if value_agrees(g, c):
            score.correct += 1
        else:
            v = c.value
            score.errors.append(
                f"wrong value {doc}: {g.surface!r} gold {g.qualifier} {g.point} [{g.lower}, {g.upper}] {g.unit}; "
                f"got {v.surface!r} {v.qualifier} {v.point} [{v.lower}, {v.upper}] {v.unit}"
            )
    matched = set(matching.values())
    for ci, c in enumerate(claims):
        if ci not in matched:
            score.errors.append(f"spurious    {doc}: {c.value.surface!r} in {c.evidence.quote[:90]!r}")
    return matching


def score_conflicts(
    gold: GoldCorpus,
    conflicts: Sequence[Conflict],
    claim_of: dict[tuple[str, int], str],
) -> ConflictScore:
    """Expected flags found (and with the expected kind); forbidden pairs flagged."""
    score = ConflictScore(expected=len(gold.expected), forbidden=len(gold.must_not_flag), flagged=len(conflicts))
    sets = [(set(c.claim_ids), c) for c in conflicts]
    for e in gold.expected:
        ids = {claim_of.get(r) for r in e.refs}
        hits = [c for s, c in sets if None not in ids and ids <= s]
        if hits:
            score.found += 1
            if any(c.kind == e.kind for c in hits):
                score.kind_agrees += 1
            else:
                score.errors.append(f"other kind  {e.kind} flagged as {hits[0].kind}: {e.why}")
        else:
            score.errors.append(f"not flagged {e.kind}: {e.why}")
    for e in gold.must_not_flag:
        ids = {claim_of.get(r) for r in e.refs}
        if None not in ids and any(ids <= s for s, _ in sets):
            score.violated += 1
            score.errors.append(f"forbidden flag: {e.why}")
    return score


def score_corpus(gold: GoldCorpus, nlp=None, claims_gold: Optional[dict] = None) -> CorpusScore:
    """Run the pipeline on the gold corpus's documents and score figures and flags, and the
    qualitative claims when ``claims_gold`` (from :func:`load_claims_gold`) is given."""
    from extract.evaluation.claims import TYPES, ClaimsScore, TypeScore, score_document

    from extract.ingest import iter_documents
    from extract.pipeline import load, make_doc
    from extract.records.models import Document

    nlp = nlp or load()
    figures = FigureScore()
    all_claims: list[StatisticClaim] = []
    claim_of: dict[tuple[str, int], str] = {}
    qualitative = {t: TypeScore() for t in TYPES}
    paths = [gold.corpus_dir / name for name in sorted(gold.figures)]
    for item in iter_documents(paths):
        if not isinstance(item, Document):
            raise RuntimeError(f"gold document could not be read: {item.path}: {item.reason}")
        name = item.path.replace("\\", "/").rsplit("/", 1)[-1]
        everything = list(nlp(make_doc(nlp, item.text, item.doc_id))._.claims)
        claims = [c for c in everything if c.type == "statistic"]
        if claims_gold is not None:
            score_document(name, claims_gold.get(name, []), [c for c in everything if c.type in TYPES], qualitative)
        all_claims += claims
        g = gold.figures[name]
        for gi, ci in score_figures(name, g, claims, figures).items():
            claim_of[(name, g[gi].start)] = claims[ci].claim_id
    conflicts = check_claims(all_claims).conflicts
    scored = ClaimsScore(gold.name, len(paths), qualitative) if claims_gold is not None else None
    return CorpusScore(gold.name, len(paths), figures, score_conflicts(gold, conflicts, claim_of), scored)


def format_scores(scores: Sequence[CorpusScore], *, errors: bool = False) -> str:
    """A plain-text table of the scores (and the list of errors when asked)."""
    head = f"{'corpus':<12}{'docs':>5}{'gold':>6}{'pred':>6}{'P':>7}{'R':>7}{'F1':>7}{'det P':>7}{'det R':>7}   flags found (kind ok) / expected, forbidden hit"
    lines = [head, "-" * len(head)]
    for s in scores:
        f, c = s.figures, s.conflicts
        lines.append(
            f"{s.name:<12}{s.documents:>5}{f.gold:>6}{f.predicted:>6}{f.precision:>7.3f}{f.recall:>7.3f}{f.f1:>7.3f}"
            f"{f.detection_precision:>7.3f}{f.detection_recall:>7.3f}   {c.found} ({c.kind_agrees}) / {c.expected}, {c.violated} / {c.forbidden}"
        )
    if errors:
        for s in scores:
            if s.figures.errors or s.conflicts.errors:
                lines.append(f"\n[{s.name}]")
                lines += ["  " + e for e in s.figures.errors + s.conflicts.errors]
    return "\n".join(lines)
