"""Pydantic models of every record the toolkit writes.

The field names here are a contract with downstream tools: fields may be added, but the ones
named in the schema documentation (``claim_id``, ``doc_id``, ``type``, ``evidence``,
``value``, ``conflict_id``, ``kind``, ``severity``, ``claim_ids``, ``explanation`` ...) are
never renamed or removed within a major schema version.
"""

from __future__ import annotations

from typing import Annotated, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, model_validator

#: Version of the JSON records. Bump the minor version when adding fields, the major
#: version when removing or changing one (ids include the major version).
SCHEMA_VERSION = "1.6.0"  # 1.6: the DrugBank vocabulary
SCHEMA_MAJOR = SCHEMA_VERSION.split(".")[0]

Qualifier = Literal["exact", "about", "up_to", "at_least", "more_than", "less_than", "range"]
Polarity = Literal["positive", "negative"]
SourceType = Literal[
    "clinic_web_page",
    "hospital_patient_info",
    "journal_article",
    "journal_abstract",
    "blog_post",
    "news",
    "patient_education",
    "manufacturer_page",
    "other",
]
MediaType = Literal[
    "text/plain",
    "text/markdown",
    "text/html",
    "application/pdf",
    "application/jats+xml",
    "application/pubmed+xml",
]
ConflictKind = Literal[
    "contradiction", "divergent", "complement_sum", "parts_whole", "granularity", "opposing_claims"
]
Severity = Literal["high", "medium", "low"]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


class Fetch(_Record):
    """How a crawled or downloaded document was fetched: its provenance (absent for supplied files)."""

    url: str = Field(description="The URL as requested (from the URL list, a followed link, or E-utilities).")
    final_url: Optional[str] = Field(default=None, description="The URL after redirects.")
    redirects: list[str] = Field(default_factory=list, description="Every URL redirected through, in order.")
    fetched_at: str = Field(description="When the response was received (ISO 8601, UTC).")
    http_status: Optional[int] = Field(default=None, description="Status of the final response; null if none came.")
    content_type: Optional[str] = Field(default=None, description="The response's Content-Type header.")
    sha256_raw: Optional[str] = Field(default=None, description="SHA-256 of the raw bytes as downloaded.")
    sha256_text: Optional[str] = Field(default=None, description="SHA-256 of the extracted text (UTF-8).")
    raw_file: Optional[str] = Field(default=None, description="The raw bytes' file, relative to the corpus folder.")
    extractor: Optional[str] = Field(default=None, description="What turned the bytes into text: 'trafilatura', 'pypdf', ...")
    extractor_version: Optional[str] = None
    from_cache: bool = Field(default=False, description="True when the HTTP cache answered (revalidated unchanged).")
    error: Optional[str] = Field(default=None, description="Why the fetch failed, for failed entries.")


class Reference(_Record):
    """One entry of a document's reference list, parsed as far as it is written."""

    label: str = Field(description="The entry's marker in the list: '1', '12', 'a'.")
    text: str = Field(description="The entry as written.")
    authors: list[str] = Field(default_factory=list, description="Authors as written ('Akkemik Y').")
    title: Optional[str] = None
    journal: Optional[str] = None
    year: Optional[int] = None
    pmid: Optional[str] = None
    doi: Optional[str] = None
    url: Optional[str] = None


class Citation(_Record):
    """A reference a claim's sentence cites, and why: its own marker, or the study it reports."""

    label: str = Field(description="The cited entry's label in the reference list ('1').")
    basis: Literal["marker", "context"] = Field(
        description="'marker': the sentence's own citation marker; 'context': inherited from an "
        "earlier sentence of the same section that introduced the study with a marker."
    )
    marker: str = Field(description="The marker as written: '(1)', '[2,3]', '1' of 'Health1'.")
    start: int = Field(ge=0, description="Offset of the marker in the document text (in the citing sentence for 'context').")
    end: int = Field(ge=0)


class Section(_Record):
    """A titled part of a document (a structured abstract's BACKGROUND, a JATS <sec>)."""

    title: str
    start: int = Field(ge=0, description="Offset of the section's first character in the document text.")
    end: int = Field(ge=0)


class ManifestEntry(_Record):
    """One line of a corpus manifest (``corpora/NAME/manifest.jsonl``).

    Supplied corpora need only ``file``; ``evidence crawl`` and ``evidence pubmed`` write the
    rest. An entry with ``status`` 'failed' records an input that could not be fetched: its
    file does not exist and the reader reports it as skipped.
    """

    file: str = Field(description="File name relative to the manifest's folder.")
    status: Literal["ok", "failed"] = "ok"
    title: Optional[str] = None
    publisher: Optional[str] = None
    source_type: Optional[SourceType] = Field(
        default=None, description="Overrides the detected source type when set."
    )
    url: Optional[str] = None
    date: Optional[str] = None
    authors: list[str] = Field(default_factory=list)
    journal: Optional[str] = None
    pmid: Optional[str] = None
    doi: Optional[str] = None
    cites: list[str] = Field(default_factory=list, description="References the document cites.")
    fetch: Optional[Fetch] = Field(default=None, description="Provenance of a fetched document.")


class Document(_Record):
    """A supplied input after reading: the text that all character offsets refer to."""

    schema_version: str = SCHEMA_VERSION
    doc_id: str = Field(description="Stable id: derived from the SHA-256 of the raw bytes.")
    path: Optional[str] = Field(default=None, description="Path as supplied (local inputs).")
    url: Optional[str] = Field(default=None, description="Source URL, when known.")
    sha256: str = Field(description="SHA-256 of the raw input bytes.")
    media_type: MediaType
    title: Optional[str] = None
    publisher: Optional[str] = None
    source_type: SourceType = "other"
    source_type_basis: Optional[str] = Field(
        default=None, description="Why this source type: 'manifest', or the rule or metadata that decided it."
    )
    date: Optional[str] = Field(default=None, description="Publication date, when the input states one.")
    authors: list[str] = Field(default_factory=list)
    journal: Optional[str] = None
    pmid: Optional[str] = None
    doi: Optional[str] = None
    cites: list[str] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list, description="Titled parts, when the input marks them.")
    references: list[Reference] = Field(default_factory=list, description="The document's reference list.")
    fetch: Optional[Fetch] = Field(default=None, description="Provenance of a fetched document.")
    n_chars: int = Field(ge=0)
    text: str = Field(description="The document text; every offset in claims refers to it.")


class Evidence(_Record):
    """Where a claim comes from: the sentence, verbatim, and its character offsets."""

    quote: str = Field(description="The sentence, exactly text[start:end] of the document.")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    sentence_index: int = Field(ge=0, description="Index of the sentence in the document.")
    section: Optional[str] = Field(default=None, description="Nearest heading above the sentence.")
    rule: str = Field(description="The extraction rule that fired.")
    extractor_version: str
    source_type: Optional[SourceType] = Field(
        default=None, description="The document's source type, so a figure's weight can be judged."
    )
    references: list[Reference] = Field(
        default_factory=list, description="The reference-list entries the sentence cites."
    )
    citations: list[Citation] = Field(
        default_factory=list,
        description="How the sentence cites each entry of ``references``: by its own marker or from context.",
    )

    @model_validator(mode="after")
    def _span(self) -> "Evidence":
        if self.end - self.start != len(self.quote):
            raise ValueError("evidence end - start must equal len(quote)")
        return self


class Value(_Record):
    """A figure as an interval with a qualifier; proportions are fractions (20% is 0.2)."""

    # finite numbers only: JSON has no infinity, but a number past a double's range (1e400)
    # reads as one, and the consistency check cannot compare it
    point: Optional[float] = Field(allow_inf_nan=False, description="The stated number; null for an explicit range.")
    lower: Optional[float] = Field(allow_inf_nan=False, description="Lower bound of the interval; null if unbounded.")
    upper: Optional[float] = Field(allow_inf_nan=False, description="Upper bound of the interval; null if unbounded.")
    qualifier: Qualifier
    unit: str = Field(description='"proportion", "count", "ratio", ...')
    surface: str = Field(description="The figure as written, e.g. 'Up to 20 percent'.")
    start: int = Field(ge=0, description="Offset of the surface in the document text.")
    end: int = Field(ge=0)
    precision: float = Field(
        ge=0, allow_inf_nan=False, description="Half a unit of the last reported digit, in the value's unit (0.005 for '15%')."
    )


class Denominator(_Record):
    """The n a proportion is out of, when the text gives one."""

    n: int = Field(ge=1)
    surface: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    source: Literal["same_sentence", "study_sample"] = Field(
        description="Stated with the figure, or the sample size the document stated earlier."
    )


class Measure(_Record):
    """Normalized terms used to decide whether two figures measure the same thing."""

    outcome_terms: list[str] = Field(default_factory=list)
    population_terms: list[str] = Field(default_factory=list)
    intervention_terms: list[str] = Field(default_factory=list)
    axis: Optional[str] = Field(
        default=None, description="Outcome axis shared by complements (e.g. 'success' for relief/persistence)."
    )
    threshold: Optional[str] = Field(
        default=None, description="Normalized threshold of the outcome ('>=0.5' for 'at least 50%', 'by half')."
    )
    time_terms: list[str] = Field(default_factory=list, description="Normalized time frame.")
    topic_terms: list[str] = Field(
        default_factory=list, description="What the document is about (its most frequent specific terms)."
    )
    key: str = Field(description="Readable summary of the measure.")
    outcome_concept: Optional[MeasureConcept] = Field(
        default=None, description="The finding or disorder the figure measures; null when unlinked or linking is off."
    )
    population_concept: Optional[MeasureConcept] = Field(
        default=None, description="The condition of the population (people with X); null when unlinked."
    )
    intervention_concept: Optional[MeasureConcept] = Field(
        default=None, description="The procedure, drug, therapy, device or behavior; null when unlinked."
    )


Vocabulary = Literal["HPO", "ICD-10-CM", "EV", "DrugBank"]
Certainty = Literal["fact", "probable", "possible", "doubtful", "counterfact"]
CueKind = Literal["negated", "hedged", "hypothetical", "generic"]


class Candidate(_Record):
    """A concept the linker considered for a mention."""

    id: str = Field(description="Concept id: 'HP:0011868', 'M54.3', 'EV:spinal_cord_stimulation', 'DB04930' (DrugBank).")
    vocabulary: Vocabulary
    name: str = Field(description="The concept's preferred name.")
    score: float = Field(description="Similarity of the mention to the concept's best alias (0-1).")


class Concept(Candidate):
    """The concept a mention is linked to, with the candidates it beat."""

    alias: Optional[str] = Field(default=None, description="The alias of the concept that matched best.")
    from_document: bool = Field(
        default=False,
        description="True when the concept comes from the mention's document rather than from the mention alone: the "
        "mention names only a general concept ('the surgery') and this is the specific concept its document names "
        "('carpal tunnel release'), the general concept then the first candidate; or the mention only refers back to "
        "the condition the page is about ('it', 'a flare') and this is that condition, with no candidates.",
    )
    candidates: list[Candidate] = Field(
        default_factory=list, description="Runner-up concepts, best first (the ones this concept beat)."
    )


class MeasureConcept(Concept):
    """The concept a figure's outcome, population or intervention names, as a figure's measure keeps it."""

    related: list[str] = Field(
        default_factory=list,
        description="HPO ids and ICD-10-CM codes a curated (EV:) concept corresponds to, the curated concept and "
        "MedlinePlus id ('MedlinePlus:a621016') of a DrugBank drug; join on these or on id.",
    )


class Mention(_Record):
    """A span of the document naming a claim's argument, and the concept it links to."""

    text: str = Field(description="Exactly text[start:end] of the document (or of the sentence it was read from).")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    concept: Optional[Concept] = Field(default=None, description="Null when nothing in the vocabularies fits.")
    implicit: bool = Field(
        default=False,
        description="True when the argument is not written in the sentence but taken from the heading or title.",
    )


class Cue(_Record):
    """A word or phrase that modifies a claim's assertion."""

    kind: CueKind
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    source: Literal["context", "hedge"] = Field(
        description="'context': a medspaCy ConText rule; 'hedge': the project's hedge rules."
    )
    category: str = Field(description="The rule's category, e.g. 'NEGATED_EXISTENCE', 'MODAL', 'UPPER_BOUND'.")


class Assertion(_Record):
    """How the text asserts a claim: negated, hedged, hypothetical or generic, and how certain."""

    negated: bool = Field(default=False, description=(
        "The text denies the claim ('X does not cause Y'). A recommendation against its action ('do not X', "
        "'X is not recommended') is not negated: its 'against' says so."))
    hedged: bool = False
    hypothetical: bool = False
    generic: bool = False
    certainty: Certainty = "fact"
    cues: list[Cue] = Field(default_factory=list, description="The cue spans that set the flags above.")


class _ClaimBase(_Record):
    schema_version: str = SCHEMA_VERSION
    claim_id: str
    doc_id: str
    evidence: Evidence
    assertion: Assertion = Field(default_factory=Assertion)


class StatisticClaim(_ClaimBase):
    """A figure the text asserts: a percentage, proportion, count or ratio."""

    type: Literal["statistic"] = "statistic"
    value: Value
    outcome: Optional[str] = Field(default=None, description="What the figure measures.")
    population: Optional[str] = Field(default=None, description="In whom.")
    intervention: Optional[str] = Field(default=None, description="Of which intervention.")
    n: Optional[Denominator] = None
    time_frame: Optional[str] = None
    polarity: Optional[Polarity] = Field(
        default=None, description="positive: success/relief; negative: failure/persistence."
    )
    threshold: Optional[str] = Field(
        default=None, description="A threshold that defines the outcome, e.g. 'more than 50%'."
    )
    abbreviations: dict[str, str] = Field(
        default_factory=dict, description="Abbreviations in the sentence and their long forms."
    )
    measure: Measure


CauseRelation = Literal["causes", "risk_factor", "associated_with"]
Strength = Literal["must", "should", "may"]


class CauseClaim(_ClaimBase):
    """X causes (is a risk factor for, is associated with) Y."""

    type: Literal["cause"] = "cause"
    cause: Mention
    effect: Optional[Mention] = Field(description="What is caused; implicit (the page's condition) when not written.")
    relation: CauseRelation = "causes"
    group_key: str = Field(description="Same type, concepts and polarity across documents -> same key.")


class SymptomClaim(_ClaimBase):
    """Condition Y has symptom (or sign) X."""

    type: Literal["symptom"] = "symptom"
    symptom: Mention
    condition: Optional[Mention] = None
    group_key: str


class TreatmentClaim(_ClaimBase):
    """Intervention X is used for (or helps) condition Y, with the effect claimed."""

    type: Literal["treatment"] = "treatment"
    intervention: Mention
    condition: Optional[Mention] = None
    effect: Optional[str] = Field(default=None, description="The claimed effect as written ('relieve pain').")
    group_key: str


class RecommendationClaim(_ClaimBase):
    """What should (must, may) be done, for whom, instead of what."""

    type: Literal["recommendation"] = "recommendation"
    action: Mention = Field(description="What is recommended (or recommended against).")
    population: Optional[Mention] = Field(default=None, description="For whom, or in which situation.")
    instead_of: Optional[Mention] = None
    strength: Strength
    against: bool = Field(default=False, description="True for recommendations against the action.")
    cue: str = Field(description="The words that make it a recommendation ('should', 'it is imperative').")
    group_key: str


#: Every claim type, discriminated by ``type``.
Claim = Annotated[
    Union[StatisticClaim, CauseClaim, SymptomClaim, TreatmentClaim, RecommendationClaim],
    Field(discriminator="type"),
]


class ConflictFigure(_Record):
    """One figure of a conflict, as the reviewer needs to see it."""

    claim_id: str
    doc_id: str
    surface: str
    quote: str
    point: Optional[float] = Field(allow_inf_nan=False)
    lower: Optional[float] = Field(allow_inf_nan=False)
    upper: Optional[float] = Field(allow_inf_nan=False)
    qualifier: Qualifier
    complemented: bool = Field(
        default=False, description="True when compared as its complement (90% relief as 10% without)."
    )


ClaimPolarity = Literal["affirmed", "negated"]
QualitativeType = Literal["cause", "symptom", "treatment", "recommendation"]


class ConflictStatement(_Record):
    """One qualitative claim of a conflict (cause, symptom, treatment, recommendation), as the
    reviewer needs to see it."""

    claim_id: str
    doc_id: str
    type: QualitativeType
    label: str = Field(description="What the claim says, e.g. 'scar tissue -> chronic pain'.")
    polarity: ClaimPolarity = Field(
        description="'negated' for denied claims and for recommendations against the action."
    )
    quote: str


class Conflict(_Record):
    """A flag for a reviewer: figures that disagree, or do not add up; claims that oppose each other."""

    schema_version: str = SCHEMA_VERSION
    conflict_id: str
    kind: ConflictKind
    severity: Severity
    claim_ids: list[str] = Field(min_length=1)
    explanation: str
    measure: Optional[str] = None
    figures: list[ConflictFigure] = Field(default_factory=list)
    basis: Optional[str] = Field(
        default=None, description="For granularity checks: 'rounding', 'truncation' or 'neither'."
    )
    statements: list[ConflictStatement] = Field(
        default_factory=list, description="For opposing_claims: the qualitative claims that oppose each other."
    )


class ClaimGroup(_Record):
    """One claim, many sources: the qualitative claims of a run that say the same thing.

    Claims are grouped by their ``group_key`` (same type and concepts, or the same normalized
    words when unlinked) and polarity; ``n_sources`` counts distinct documents.
    """

    schema_version: str = SCHEMA_VERSION
    group_key: str = Field(
        description="The claims' group_key for affirmed groups; for negated groups a key derived from it and the polarity."
    )
    type: QualitativeType
    label: str = Field(description="Readable summary, e.g. 'scar formation -> chronic pain'.")
    polarity: ClaimPolarity
    subject: str = Field(description="Cause, symptom, intervention or recommended action: concept name or text.")
    subject_concept_id: Optional[str] = None
    subject_concept_name: Optional[str] = None
    object: Optional[str] = Field(
        default=None, description="Effect, condition or population: concept name or text; null when unstated."
    )
    object_concept_id: Optional[str] = None
    object_concept_name: Optional[str] = None
    relation: Optional[CauseRelation] = Field(default=None, description="Cause groups: the relation.")
    strength: Optional[Strength] = Field(default=None, description="Recommendation groups: the strongest strength.")
    n_sources: int = Field(ge=1, description="Distinct documents stating the claim.")
    n_mentions: int = Field(ge=1, description="Claims in the group (a document may state it several times).")
    doc_ids: list[str] = Field(min_length=1, description="Sorted.")
    claim_ids: list[str] = Field(min_length=1, description="Sorted.")
    certainty: Certainty = Field(description="The most certain assertion among the group's claims.")


class Skipped(_Record):
    """An input that could not be used, and why."""

    path: str
    code: str = Field(description="Machine-readable reason, e.g. 'empty', 'binary', 'not_utf8'.")
    reason: str


class RunInfo(_Record):
    """What a run did: versions, options, counts, timings, skipped inputs."""

    schema_version: str = SCHEMA_VERSION
    tool_version: str
    versions: dict[str, str]
    options: dict[str, object]
    started_at: str
    finished_at: str
    counts: dict[str, int]
    timings: dict[str, float]
    checks: dict[str, int] = Field(
        default_factory=dict, description="How many figures each consistency check could examine."
    )
    skipped: list[Skipped] = Field(default_factory=list)


VerdictKind = Literal["confirmed_conflict", "not_a_conflict", "extraction_error", "needs_expert"]
VerdictStatus = Literal["current", "gone"]


class VerdictClaim(_Record):
    """One claim of a reviewed conflict, as the reviewer saw it when giving the verdict."""

    claim_id: str
    doc_id: str
    surface: str = Field(description="The figure as written; for a qualitative claim, its label.")
    quote: str = Field(description="The claim's sentence.")
    wrong: bool = Field(
        default=False, description="True when the reviewer marked this claim as wrongly extracted."
    )


class Verdict(_Record):
    """A reviewer's latest decision on a flagged conflict (``evidence review DIR --export``).

    Verdicts are keyed by the stable ``conflict_id``: a re-run of the extraction that flags the
    same claims again finds them attached; a conflict that no longer occurs keeps its verdict
    with ``status`` 'gone'. An 'extraction_error' verdict names the wrongly extracted claims
    (``wrong_claim_ids``, and ``wrong`` on the claims), so it can become a test case.
    """

    schema_version: str = SCHEMA_VERSION
    conflict_id: str
    verdict: VerdictKind = Field(
        description="confirmed_conflict: the sources do disagree; not_a_conflict: the flag is wrong; "
        "extraction_error: a figure or claim was extracted wrongly; needs_expert: a reviewer could not decide."
    )
    reviewer: str = Field(min_length=1, description="Who gave the verdict, as they named themselves.")
    comment: str = Field(default="", description="The reviewer's comment, as written.")
    decided_at: str = Field(description="When the verdict was recorded (ISO 8601, UTC).")
    wrong_claim_ids: list[str] = Field(
        default_factory=list, description="For extraction_error: the claims extracted wrongly (at least one)."
    )
    revision: int = Field(ge=1, description="How many verdicts were recorded for this conflict, this one included.")
    status: VerdictStatus = Field(
        description="current: the conflict occurs in the outputs exported from; gone: it no longer does."
    )
    kind: ConflictKind
    severity: Severity
    measure: Optional[str] = None
    explanation: str = Field(description="The flag's explanation when the verdict was given.")
    claims: list[VerdictClaim] = Field(min_length=1, description="The conflict's claims when the verdict was given.")

    @model_validator(mode="after")
    def _wrong_claims(self) -> "Verdict":
        if (self.verdict == "extraction_error") != bool(self.wrong_claim_ids):
            raise ValueError("wrong_claim_ids is required for extraction_error verdicts and only for them")
        ids = {c.claim_id for c in self.claims}
        if not set(self.wrong_claim_ids) <= ids:
            raise ValueError("wrong_claim_ids must be claims of the conflict")
        return self
