"""The spaCy component that finds a ``Doc``'s references and what each sentence cites.

A thin wrapper over :func:`~extract.references.document.cite_document`: it reads the doc's
sentences and headings, uses the references the input carried (``doc._.references``, set by
:func:`extract.pipeline.make_doc` from a JATS document) or else the text's reference list, and
sets ``doc._.citations`` (a :class:`~extract.references.document.DocumentCitations`) and
``doc._.references`` (the document's reference list). The figure and claim components read
``doc._.citations`` through :func:`citations_of`.
"""


from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from extract.pipeline.components import doc_text
from extract.pipeline.extensions import register_extensions
from extract.pipeline.lines import find_headings
from extract.references.cues import ReferenceCues, load_reference_cues
from extract.references.document import DocumentCitations, cite_document


def cite_doc(doc: Doc, cues: Optional[ReferenceCues] = None) -> DocumentCitations:
    """The citations of a doc whose sentences are set."""
    text = doc_text(doc)
    headings = doc._.headings if doc._.headings is not None else find_headings(text)
    sentences = [(s.start_char, s.end_char) for s in doc.sents]
    return cite_document(text, sentences, headings, doc._.references or (), cues)


def citations_of(doc: Doc) -> DocumentCitations:
    """``doc._.citations``; found now, with the packaged cues, in a pipeline assembled without
    the ``evidence_references`` component."""
    register_extensions()
    if doc._.citations is None:
        doc._.citations = cite_doc(doc)
        doc._.references = list(doc._.citations.references)
    return doc._.citations


class ReferenceFinder:
    """Find the doc's reference list and the citations of each sentence."""

    def __init__(self, nlp: Language, name: str, cues: Optional[str]) -> None:
        self.name = name
        self.cues = load_reference_cues(cues)
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        doc._.citations = cite_doc(doc, self.cues)
        doc._.references = list(doc._.citations.references)
        return doc


@Language.factory(
    "evidence_references",
    default_config={"cues": None},
    assigns=["doc._.citations", "doc._.references"],
    requires=["token.is_sent_start"],
)
def make_reference_finder(nlp: Language, name: str, cues: Optional[str]) -> ReferenceFinder:
    return ReferenceFinder(nlp, name, cues)
