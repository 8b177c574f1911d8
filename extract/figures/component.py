"""The spaCy component that turns the figures of a ``Doc`` into ``statistic`` claims.

A thin wrapper: sentence by sentence it calls the pure functions of this stage
(:func:`~extract.figures.finder.find_figures`, :func:`~extract.figures.context.describe`,
:func:`~extract.figures.denominators.assign_samples`) and builds the records. The references
stage says which sentences form the reference list (skipped: a list cites, it claims nothing),
where the citation markers are (never figures), and which references each sentence cites (put
on the evidence with the document's source type).
"""


import hashlib
from dataclasses import replace
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract import regexcache as re  # re, with compiled patterns cached on disk
from extract.figures.context import (
    FigureContext,
    describe,
    intervention_terms,
    time_terms,
    title_intervention,
    title_lines,
    topic_terms,
)
from extract.figures.cues import load_context_cues, load_cues
from extract.figures.denominators import SampleTracker
from extract.figures.finder import FigureMention, find_figures
from extract.pipeline.components import abbreviations_of, doc_text
from extract.pipeline.extensions import register_extensions
from extract.pipeline.lines import BULLET, heading_before
from extract.records.ids import stable_id
from extract.records.models import (
    SCHEMA_MAJOR,
    Denominator,
    Evidence,
    Measure,
    StatisticClaim,
    Value,
)
from extract.references.component import citations_of

EXTRACTOR = "evidence_figures"


def text_doc_id(text: str) -> str:
    """The doc id of a text given without a file: the SHA-256 of its UTF-8 bytes."""
    return "doc_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def quote_span(sent: Span, doc_text: Optional[str] = None) -> tuple[int, int]:
    """Character span of a sentence without surrounding whitespace and leading bullet marks
    (``doc_text``, the document's text if at hand, spares joining the sentence's tokens)."""
    text = sent.text if doc_text is None else doc_text[sent.start_char : sent.end_char]
    start = sent.start_char
    lead = len(text) - len(text.lstrip())
    m = BULLET.match(text[lead:])
    if m and not text[lead:][: m.end()].strip()[:1].isdigit():
        lead += m.end()
    end = sent.start_char + len(text.rstrip())
    return min(start + lead, end), end


#: Longest stretch of text treated as one sentence. Pages without punctuation (lists run
#: together, tables flattened to text) would otherwise make one "sentence" of thousands of
#: characters, and describing each of its figures costs time in proportion to its length.
MAX_SENTENCE_CHARS = 600


#: Sentences with more figures than this are read figure by figure, LOCAL_CONTEXT_CHARS around each.
MAX_FIGURES_PER_SENTENCE = 12
LOCAL_CONTEXT_CHARS = 160


def shift(m: FigureMention, by: int) -> FigureMention:
    """A mention with its offsets moved by ``by`` characters."""
    den = m.denominator._replace(start=m.denominator.start + by, end=m.denominator.end + by) if m.denominator else None
    return replace(m, start=m.start + by, end=m.end + by, denominator=den)


def expand_abbreviations(ctx: FigureContext, abbreviations: dict[str, str], cues) -> FigureContext:  # noqa: ANN001
    """Intervention terms of the long forms of the abbreviations an intervention uses
    ("SCS" where the page defined "spinal cord stimulation (SCS)")."""
    if not ctx.intervention or not abbreviations:
        return ctx
    words = set(re.findall(r"[A-Za-z][\w\-]*", ctx.intervention))
    longs = [long for short, long in abbreviations.items() if short in words]
    if not longs:
        return ctx
    terms = set(ctx.intervention_terms) | set(intervention_terms(" ".join(longs), cues))
    return replace(ctx, intervention_terms=tuple(sorted(terms)))


def split_long(text: str, start: int, end: int, limit: int = MAX_SENTENCE_CHARS) -> list[tuple[int, int]]:
    """``[start, end)`` as pieces of at most ``limit`` characters, cut at '; ', ', ' or a space."""
    pieces = []
    while end - start > limit:
        window = text[start : start + limit]
        cut = max(window.rfind("; "), window.rfind(", "))
        cut = cut + 1 if cut > limit // 3 else window.rfind(" ")
        cut = cut if cut > 0 else limit
        pieces.append((start, start + cut))
        start += cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        pieces.append((start, end))
    return [(a, b) for a, b in pieces if a < b and text[a:b].strip()]


def measure_key(ctx: FigureContext, unit: str) -> str:
    """Readable summary of the measure a figure belongs to."""
    parts = [
        f"outcome={' '.join(ctx.outcome_terms) or '-'}",
        f"axis={ctx.axis or '-'}",
        f"intervention={' '.join(ctx.intervention_terms) or '-'}",
        f"population={' '.join(ctx.population_terms) or '-'}",
        f"unit={unit}",
    ]
    if ctx.threshold:
        parts.append(f"threshold={ctx.threshold}")
    return "; ".join(parts)


class InterventionCarry:
    """An outcome figure whose sentence names no intervention takes the one named by the
    figure just before it in the same section (a bullet list of results under one treatment),
    at most ``reach`` sentences back; failing that, the one the document's title names."""

    def __init__(self, title: tuple[Optional[str], tuple[str, ...]] = (None, ()), reach: int = 2) -> None:
        self.reach = reach
        self.title = title
        self.last: Optional[tuple[int, Optional[str], FigureContext]] = None

    def apply(self, ctx: FigureContext, index: int, section: Optional[str]) -> FigureContext:
        """The context with the intervention it inherits, if any: from the figure before it,
        else from the document's title."""
        last = self.last
        if ctx.intervention is None and ctx.axis is not None and last is not None:
            i, sec, prev = last
            if sec == section and 0 < index - i <= self.reach:
                ctx = replace(ctx, intervention=prev.intervention, intervention_terms=prev.intervention_terms)
        if ctx.intervention is not None:
            self.last = (index, section, ctx)
        elif ctx.axis is not None and self.title[0]:
            ctx = replace(ctx, intervention=self.title[0], intervention_terms=self.title[1])
        return ctx


class FigureFinder:
    """Find figures sentence by sentence and store them as ``doc._.claims``."""

    def __init__(self, nlp: Language, name: str, cues: Optional[str], context_cues: Optional[str]) -> None:
        self.name = name
        self.cues_path = cues
        self.context_path = context_cues
        self.cues = load_cues(cues)
        self.context = load_context_cues(context_cues)
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)  # spaCy joins the tokens on every access: once per doc
        doc_id = doc._.doc_id or text_doc_id(text)
        headings = doc._.headings or []
        abbreviations = abbreviations_of(doc)
        claims: list[StatisticClaim] = []
        samples = SampleTracker(self.context)
        topic = list(topic_terms(text, self.context))
        title = title_intervention(title_lines(text), self.context)
        carry = InterventionCarry(title)
        cited = citations_of(doc)
        source_type = doc._.source_type
        pieces = ((i, piece) for i, sent in enumerate(doc.sents) for piece in split_long(text, *quote_span(sent, text)))
        for index, (start, end) in pieces:
            if cited.in_list(start):
                continue  # the reference list: "2021 Oct;33(4):253-60" is no figure
            sentence = text[start:end]
            section = heading_before(headings, start)
            mentions = find_figures(sentence, self.cues)
            if cited.markers:  # "pain,12": a marker of the reference list, never a figure
                mentions = [m for m in mentions if not cited.overlaps_marker(start + m.start, start + m.end)]
            samples.new_sentence(sentence, section)
            provenance = cited.provenance(start, source_type)
            for mention in mentions:
                if mention.role != "claim":
                    continue
                ctx = carry.apply(self._describe(sentence, mention, mentions, section, topic), index, section)
                ctx = expand_abbreviations(ctx, abbreviations, self.context)
                claim = self._claim(doc_id, sentence, start, index, section, mention, ctx, abbreviations, topic, provenance)
                claim = samples.observe(claim, mention, ctx)
                claims.append(claim)
        doc._.claims = claims
        return doc

    def _describe(
        self, sentence: str, mention: FigureMention, mentions: list[FigureMention], section: Optional[str], topic: list[str]
    ) -> FigureContext:
        """The figure's context; in a sentence crowded with figures (a flattened table, a run of
        numbers) only the text near the figure is read, which keeps the cost per figure bounded."""
        if len(mentions) <= MAX_FIGURES_PER_SENTENCE:
            return describe(sentence, mention, mentions, self.context, section, topic)
        lo, hi = max(0, mention.start - LOCAL_CONTEXT_CHARS), mention.end + LOCAL_CONTEXT_CHARS
        near = [shift(m, -lo) for m in mentions if m.start >= lo and m.end <= hi]
        return describe(sentence[lo:hi], shift(mention, -lo), near, self.context, section, topic)

    def _claim(
        self,
        doc_id: str,
        sentence: str,
        offset: int,
        index: int,
        section: Optional[str],
        m: FigureMention,
        ctx: FigureContext,
        abbreviations: dict[str, str],
        topic: list[str],
        provenance: dict,
    ) -> StatisticClaim:
        den = None
        if m.denominator is not None:
            d = m.denominator
            den = Denominator(n=d.n, surface=d.surface, start=offset + d.start, end=offset + d.end, source="same_sentence")
        used = {k: v for k, v in abbreviations.items() if k in sentence}
        return StatisticClaim(
            claim_id=stable_id("clm_", SCHEMA_MAJOR, doc_id, "statistic", offset + m.start, offset + m.end),
            doc_id=doc_id,
            evidence=Evidence(
                quote=sentence,
                start=offset,
                end=offset + len(sentence),
                sentence_index=index,
                section=section,
                rule=m.rule,
                extractor_version=f"{EXTRACTOR}/{self.cues.version}",
                **provenance,
            ),
            value=Value(
                point=m.point,
                lower=m.lower,
                upper=m.upper,
                qualifier=m.qualifier,  # type: ignore[arg-type]
                unit=m.unit,
                surface=m.surface,
                start=offset + m.start,
                end=offset + m.end,
                precision=m.precision,
            ),
            outcome=ctx.outcome,
            population=ctx.population,
            intervention=ctx.intervention,
            n=den,
            time_frame=ctx.time_frame,
            polarity=ctx.polarity,  # type: ignore[arg-type]
            threshold=ctx.threshold,
            abbreviations=used,
            measure=Measure(
                outcome_terms=list(ctx.outcome_terms),
                population_terms=list(ctx.population_terms),
                intervention_terms=list(ctx.intervention_terms),
                axis=ctx.axis,
                threshold=ctx.threshold_key,
                time_terms=list(time_terms(ctx.time_frame, self.context)),
                topic_terms=topic,
                key=measure_key(ctx, m.unit),
            ),
        )


@Language.factory(
    "evidence_figures",
    default_config={"cues": None, "context_cues": None},
    assigns=["doc._.claims"],
    requires=["token.is_sent_start"],
)
def make_figure_finder(nlp: Language, name: str, cues: Optional[str], context_cues: Optional[str]) -> FigureFinder:
    return FigureFinder(nlp, name, cues, context_cues)
