"""Scoring causes, symptoms, treatments and recommendations against gold annotations.

Gold format: ``tests/gold/CLAIMS_SPEC.md`` (``tests/gold/<corpus>/claims/<doc>.json``). A
predicted claim matches a gold claim when the type is the same and the predicted main argument
(cause, symptom, intervention, recommended action) overlaps the gold one in the document; the
matching is one-to-one, best overlap first. Concept accuracy is measured on matched pairs whose
gold argument has acceptable concept ids: the predicted concept must be one of them, or an
ICD-10-CM code that names the same condition as one of them (:func:`concept_matches`: a category
and its default subcategory, M77.1 "Lateral epicondylitis" and M77.10 "Lateral epicondylitis,
unspecified elbow"; never a broader ancestor), or an HPO term of the same name as one of them
(HP:0001997 "Gout" and M10.9 "Gout, unspecified"), which the spec counts as one concept.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional, Sequence

from extract.consistency.statements import arguments
from extract.evaluation.score import Counts

TYPES = ("cause", "symptom", "treatment", "recommendation")
#: A DrugBank id (extract/linking/drugbank.py).
_DRUGBANK_ID = re.compile(r"^DB\d{5}$")


class ClaimsGoldError(ValueError):
    """A gold claims file is missing or malformed."""


@dataclass(frozen=True)
class GoldClaim:
    doc: str
    type: str
    quote: str
    subject: str
    start: int  # subject span in the document
    end: int
    subject_concept: tuple[str, ...]
    object: Optional[str]
    object_concept: tuple[str, ...]
    negated: bool
    certainty: str
    #: every place of the subject in the quote (a word repeated in its quote: "Heel spurs are blamed, but a
    #: spur does not cause the pain"): a prediction at any of them matches
    spans: tuple[tuple[int, int], ...] = ()


def quote_start(text: str, quote: str, occurrence: Optional[int] = None) -> int:
    """Offset of a gold quote in its document: its first occurrence that is a line of its own or a sentence
    (bounded by a line start, a list mark or a sentence end before it, and a line end or punctuation after it), else its
    first occurrence; -1 when absent. A short bullet ("smoke") can occur inside an earlier line ("tobacco smoke").
    A gold claim whose quote the document writes more than once as a line of its own (a bullet "Smoking" under two
    lead-ins) names its ``occurrence`` (1: the first place the quote starts at, counted anywhere): -1 when the quote
    occurs fewer times."""
    if occurrence is not None:
        q = -1
        for _ in range(max(occurrence, 1)):
            q = text.find(quote, q + 1)
            if q < 0:
                return -1
        return q
    first = text.find(quote)
    at = first
    while at >= 0:
        before = text[max(0, at - 3) : at]
        after = text[at + len(quote) : at + len(quote) + 1]
        if (at == 0 or re.search(r"(?:^|\n)(?:[-*\u2022]\s*)?$|[.!?:]\s+$", before)) and (after in ("", "\n") or not after.isalnum()):
            return at
        at = text.find(quote, at + 1)
    return first


def subject_spans(quote: str, subject: str) -> list[tuple[int, int]]:
    """Offsets in ``quote`` of ``subject`` as a whole phrase (not inside a longer word), the
    plain first occurrence when it never stands alone."""
    whole = [(m.start(), m.end()) for m in re.finditer(r"(?<![\w-])" + re.escape(subject) + r"(?![\w-])", quote)]
    first = quote.find(subject)
    return whole or ([(first, first + len(subject))] if first >= 0 else [])


@dataclass
class TypeScore(Counts):
    """Scores of one claim type; ``linked`` counts matched arguments with gold concepts,
    ``negation_correct`` the matched claims whose negation agrees with the gold's."""

    linked: int = 0
    linked_correct: int = 0
    negation_correct: int = 0

    @property
    def concept_accuracy(self) -> float:
        return self.linked_correct / self.linked if self.linked else 1.0

    @property
    def negation_accuracy(self) -> float:
        """Of the matched claims, the share whose ``assertion.negated`` is the gold's ``negated``:
        a claim the text denies, read as asserted (or the reverse), says the opposite of its source."""
        return self.negation_correct / self.correct if self.correct else 1.0


@dataclass
class ClaimsScore:
    name: str
    documents: int
    types: dict[str, TypeScore]

    @property
    def concept_accuracy(self) -> float:
        n = sum(t.linked for t in self.types.values())
        return sum(t.linked_correct for t in self.types.values()) / n if n else 1.0


def load_claims_gold(gold_dir: Path, corpus_dir: Path) -> dict[str, list[GoldClaim]]:
    """Document file name -> its gold claims, with subject offsets resolved in the document."""
    gold_dir, corpus_dir = Path(gold_dir), Path(corpus_dir)
    if not gold_dir.is_dir():
        raise ClaimsGoldError(f"no gold claims folder at {gold_dir}")
    out: dict[str, list[GoldClaim]] = {}
    for path in sorted(gold_dir.glob("*.json")):
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            doc = raw["doc"]
            text = (corpus_dir / doc).read_text(encoding="utf-8")
        except (OSError, KeyError, json.JSONDecodeError) as e:
            raise ClaimsGoldError(f"cannot read gold claims {path}: {e}") from e
        claims = []
        for i, c in enumerate(raw["claims"]):
            q = quote_start(text, c["quote"], c.get("occurrence"))
            if q < 0:
                raise ClaimsGoldError(f"{path}#{i}: quote not in {doc}" + (
                    f" {c['occurrence']} times" if c.get("occurrence", 1) != 1 else ""))
            spans = [(q + a, q + b) for a, b in subject_spans(c["quote"], c["subject"])]
            s = spans[0][0] if spans else q + c["quote"].find(c["subject"])
            claims.append(
                GoldClaim(
                    doc=doc, type=c["type"], quote=c["quote"], subject=c["subject"], start=s, end=s + len(c["subject"]),
                    subject_concept=tuple(c["subject_concept"]), object=c["object"],
                    object_concept=tuple(c["object_concept"]), negated=c["negated"], certainty=c["certainty"],
                    spans=tuple(spans),
                )
            )
        out[doc] = claims
    if not out:
        raise ClaimsGoldError(f"{gold_dir} holds no gold claims files")
    return out


def concept_matches(got: Optional[str], acceptable: Sequence[str]) -> bool:
    """Whether a predicted concept id is one of the gold's acceptable ids, or names one concept
    with one of them (:func:`extract.linking.twins.same_concept`): an ICD-10-CM category and its
    default subcategory (a writer's "tennis elbow" is M77.1 and M77.10 alike, while M77.11, right
    elbow, and M77, other enthesopathies, stay wrong), and an HPO term and an ICD-10-CM code of the
    same name, which the spec counts as one concept (HP:0001997 "Gout" and M10.9 "Gout,
    unspecified"; never "Eczema" and "Dermatitis, unspecified"). A DrugBank drug also matches the
    curated concept of the same drug it relates to in the knowledge base ("Panadol", DB00316, is
    EV:acetaminophen): the spec's most specific concept that names the written drug."""
    if got is None:
        return False
    if got in acceptable:
        return True
    if got.startswith("EV:"):
        return False
    if _DRUGBANK_ID.match(got):
        from extract.linking import get_linker

        return bool(set(get_linker().related(got)) & set(acceptable))
    from extract.linking.twins import same_concept

    return any(same_concept(got, a) for a in acceptable if not a.startswith("EV:"))


def matches(gold: Sequence[GoldClaim], predicted: Sequence) -> list[tuple[int, int]]:
    """The one-to-one matching of a type's gold and predicted claims of a document, best overlap
    first: (gold index, predicted index) pairs whose main arguments overlap."""
    pairs = []
    for gi, gc in enumerate(gold):
        for pi, pc in enumerate(predicted):
            sm = arguments(pc)[0]
            ov = max(min(e, sm.end) - max(s, sm.start) for s, e in gc.spans or ((gc.start, gc.end),))
            if ov > 0:
                pairs.append((ov, gi, pi))
    used_g, used_p, out = set(), set(), []
    for ov, gi, pi in sorted(pairs, reverse=True):
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return out


def score_document(doc: str, gold: Sequence[GoldClaim], predicted: Sequence, scores: dict[str, TypeScore]) -> None:
    """Add one document's matches to ``scores`` (per type)."""
    for t in TYPES:
        g = [x for x in gold if x.type == t]
        p = [x for x in predicted if x.type == t]
        ts = scores[t]
        ts.gold += len(g)
        ts.predicted += len(p)
        matched = matches(g, p)
        used_g, used_p = {gi for gi, _ in matched}, {pi for _, pi in matched}
        for gi, pi in matched:
            ts.correct += 1
            gc, pc = g[gi], p[pi]
            if pc.assertion.negated == gc.negated:
                ts.negation_correct += 1
            else:
                ts.errors.append(f"{doc}: negation of {gc.subject!r} in {gc.quote[:90]!r}: got {pc.assertion.negated}, expected {gc.negated}")
            sm, om = arguments(pc)
            if gc.subject_concept:
                ts.linked += 1
                got = sm.concept.id if sm.concept else None
                if concept_matches(got, gc.subject_concept):
                    ts.linked_correct += 1
                else:
                    found = "" if sm.text == gc.subject else f" (found {sm.text!r})"
                    ts.errors.append(f"{doc}: concept of {gc.subject!r}{found}: got {got}, expected {list(gc.subject_concept)}")
            if gc.object_concept and om is not None and gc.object is not None:
                ts.linked += 1
                got = om.concept.id if om.concept else None
                if concept_matches(got, gc.object_concept):
                    ts.linked_correct += 1
                else:
                    found = "" if om.text == gc.object else f" (found {om.text!r})"
                    ts.errors.append(f"{doc}: concept of {gc.object!r}{found}: got {got}, expected {list(gc.object_concept)}")
        for gi, gc in enumerate(g):
            if gi not in used_g:
                ts.errors.append(f"{doc}: missed {t} {gc.subject!r} in {gc.quote[:90]!r}")
        for pi, pc in enumerate(p):
            if pi not in used_p:
                ts.errors.append(f"{doc}: spurious {t} {arguments(pc)[0].text!r} in {pc.evidence.quote[:90]!r} [{pc.evidence.rule}]")


def gold_documents(gold: dict[str, list[GoldClaim]], corpus_dir: Path, nlp) -> Iterator[tuple[str, list[GoldClaim], object]]:  # noqa: ANN001
    """Each gold document run through ``nlp``: (file name, its gold claims, the spaCy Doc), the
    document read as the runner reads it (HTML, JATS ... to text) with its content-hash id."""
    from extract.ingest import read_document
    from extract.pipeline import make_doc
    from extract.records import Document
    from extract.records.ids import sha256_hex

    for doc_name, claims in gold.items():
        path = Path(corpus_dir) / doc_name
        raw = path.read_bytes()
        item = read_document(path)
        text = item.text if isinstance(item, Document) else raw.decode("utf-8")
        yield doc_name, claims, nlp(make_doc(nlp, text, "doc_" + sha256_hex(raw)[:16]))


def score_claims_corpus(name: str, gold_dir: Path, corpus_dir: Path, nlp=None) -> ClaimsScore:  # noqa: ANN001
    """Run the pipeline on the corpus and score its qualitative claims against the gold."""
    import extract

    gold = load_claims_gold(gold_dir, corpus_dir)
    nlp = nlp or extract.load()
    scores = {t: TypeScore() for t in TYPES}
    for doc_name, claims, doc in gold_documents(gold, corpus_dir, nlp):
        predicted = [c for c in doc._.claims if c.type in TYPES]
        score_document(doc_name, claims, predicted, scores)
    return ClaimsScore(name=name, documents=len(gold), types=scores)


def format_claims_scores(results: Sequence[ClaimsScore], *, errors: bool = False) -> str:
    """A plain-text table: per corpus and type, gold / predicted / P / R, concept accuracy and
    negation accuracy (of the matched claims); with more than one corpus, each type summed over
    them all (corpus ``all``: micro precision and recall, the figures a session's note quotes)."""
    lines = [f"{'corpus':<12}{'type':<16}{'gold':>6}{'pred':>6}{'P':>8}{'R':>8}{'concepts':>10}{'negation':>10}"]

    def row(name: str, t: str, s: TypeScore) -> str:
        return (f"{name:<12}{t:<16}{s.gold:>6}{s.predicted:>6}{s.precision:>8.3f}{s.recall:>8.3f}"
                f"{s.concept_accuracy:>10.3f}{s.negation_accuracy:>10.3f}")

    totals: dict[str, TypeScore] = {}
    for r in results:
        for t, s in r.types.items():
            lines.append(row(r.name, t, s))
            totals.setdefault(t, TypeScore()).add(s)
        if errors:
            for t, s in r.types.items():
                lines.extend("    " + e for e in s.errors)
    if len(results) > 1:
        lines.extend(row("all", t, s) for t, s in totals.items())
    return "\n".join(lines)
