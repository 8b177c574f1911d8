"""Structural components: scispaCy sentence segmentation with line structure, abbreviations.

Both wrap scispaCy's own parts in factories of this package, so that a saved pipeline names
only factories that the ``spacy_factories`` entry point can find again.
"""


import re
import warnings
import weakref
from functools import lru_cache
from typing import Sequence

from spacy.language import Language
from spacy.tokens import Doc

from extract.pipeline.extensions import register_extensions
from extract.pipeline.lines import find_headings, line_starts


#: The text of each live document, joined once (see :func:`doc_text`); an entry goes with its doc.
_TEXTS: "weakref.WeakKeyDictionary[Doc, str]" = weakref.WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per document: spaCy joins every token's text and whitespace on
    each access (about 5 ms for a page), and the text of a ``Doc`` never changes (merging or
    splitting tokens keeps it). Every component of the pipeline reads the text through this."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


class LineSentences:
    """pysbd sentence segmentation (scispaCy's, see :func:`set_pysbd_starts`), plus a sentence
    start at every bullet and after every heading line.

    pysbd joins "• 48.5% of patients ...\\n  • The success rate was ..." into one sentence;
    web pages are line-structured, so line structure wins where it is unambiguous. The
    component also records the page's headings as ``doc._.headings``.
    """

    def __init__(self, nlp: Language, name: str, use_pysbd: bool = True) -> None:
        self.name = name
        self.use_pysbd = use_pysbd
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        if self.use_pysbd and not doc.has_annotation("SENT_START"):
            set_pysbd_starts(doc, text, linear=True)
        doc._.headings = find_headings(text)
        if doc.has_annotation("DEP"):
            return doc  # a parser set the sentences; they cannot be changed afterwards
        starts = set(line_starts(text))
        for tok in doc[1:]:
            if tok.idx in starts:
                tok.is_sent_start = True
        return doc


@lru_cache(maxsize=1)
def _segmenter():  # type: ignore[no-untyped-def]
    """pysbd's segmenter as shipped (the bench's baseline of scispaCy's parts runs it)."""
    import pysbd

    return pysbd.Segmenter(language="en", clean=False, char_span=True)


@lru_cache(maxsize=1)
def _linear_segmenter():  # type: ignore[no-untyped-def]
    """pysbd's segmenter with :func:`sentence_char_spans` for its offsets: the same spans in linear
    time (the ``evidence_sentences`` component runs it), and its abbreviation pass skipping the
    lines without a period (:func:`_period_lines_only`)."""
    import pysbd

    class Segmenter(pysbd.Segmenter):  # type: ignore[misc]
        """pysbd's segmenter with :func:`sentence_char_spans` for its offsets (same spans)."""

        def __init__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            super().__init__(*args, **kwargs)
            self.language_module = _period_lines_only(self.language_module)

        def sentences_with_char_spans(self, sentences):  # type: ignore[no-untyped-def]
            from pysbd.utils import TextSpan

            return [TextSpan(*span) for span in sentence_char_spans(sentences, self.original_text)]

    return Segmenter(language="en", clean=False, char_span=True)


def _period_lines_only(language):  # type: ignore[no-untyped-def]
    """pysbd's ``language`` with an abbreviation replacer that returns a line without a period as
    it is: the same text pysbd's gives.

    pysbd's ``search_for_abbreviations_in_string`` tries each of its 188 abbreviations on every
    line (a substring test, then two ``re.findall`` and a ``re.sub`` per occurrence), and every
    substitution it can make rewrites a literal period after an abbreviation (``\\.`` in each of
    its three patterns; the abbreviations are letters, digits and periods, so no pattern fails to
    compile): a line without ``.`` comes back unchanged. About two lines in three of a web page
    have none (headings, bullets, table rows). Checked against pysbd on the corpora and on
    generated texts in ``tests/pipeline``.
    """
    shipped = language.AbbreviationReplacer

    class Replacer(shipped):  # type: ignore[misc, valid-type]
        def search_for_abbreviations_in_string(self, text):  # type: ignore[no-untyped-def]
            if "." not in text:
                return text
            return super().search_for_abbreviations_in_string(text)

    return type(language.__name__, (language,), {"AbbreviationReplacer": Replacer})


_TRAILING_SPACE = re.compile(r"\s*")


def sentence_char_spans(sentences: Sequence[str], text: str) -> list[tuple[str, int, int]]:
    """(matched text, start, end) of each sentence in ``text``: exactly pysbd's
    ``Segmenter.sentences_with_char_spans``, in linear rather than quadratic time.

    pysbd compiles ``re.escape(sent) + r"\\s*"`` for every sentence and walks its
    ``re.finditer`` matches over the whole text from offset 0, taking the first match that
    ends after the previous sentence's match (a sentence with none is dropped). Those matches
    form a chain: each is the next occurrence of the sentence at or after the end of the one
    before (leftmost, non-overlapping), with the whitespace after it. Here the chain starts
    instead at a *free* offset ``r`` at or before the previous end: one that no occurrence of the
    sentence, with its whitespace, can span (``text[r]`` is not whitespace, so no occurrence's
    trailing whitespace reaches it, and no occurrence starts in ``(r - len(sent), r)``). No
    match of the chain from 0 spans a free offset, so the chain from ``r`` is the chain from 0
    past ``r``, and every match before ``r`` ends too early to count. An empty sentence (whose
    pattern matches the empty string) keeps pysbd's own loop.
    """
    spans: list[tuple[str, int, int]] = []
    prior_end = 0
    size = len(text)
    for sent in sentences:
        n = len(sent)
        if n == 0:
            for match in re.finditer(r"\s*", text):
                if match.end() > prior_end:
                    spans.append((match.group(), match.start(), match.end()))
                    prior_end = match.end()
                    break
            continue
        free = min(prior_end, size)
        while free > 0:
            if free < size and text[free].isspace():
                free -= 1
                continue
            inside = text.find(sent, max(0, free - n + 1), free - 1 + n)
            if inside == -1 or inside >= free:
                break
            free = inside
        start = text.find(sent, free)
        while start != -1:
            end = _TRAILING_SPACE.match(text, start + n).end()  # type: ignore[union-attr]
            if end > prior_end:
                spans.append((text[start:end], start, end))
                prior_end = end
                break
            start = text.find(sent, end)
    return spans


def set_pysbd_starts(doc: Doc, text: str, linear: bool = False) -> None:
    """Sentence starts from pysbd, as scispaCy's ``pysbd_sentencizer`` sets them, with one fix.

    scispaCy maps each pysbd sentence to tokens with ``doc.char_span``, which returns None when
    the sentence ends inside a token ("replacement.¹"); that sentence's start is then lost and
    two sentences run together. Here a sentence starts at the first token at or after pysbd's
    offset, and the segmenter is built once instead of once per document. With ``linear``, pysbd's
    character offsets come from :func:`sentence_char_spans` (the same offsets; pysbd's own way is
    quadratic in the document's length); without it, pysbd runs as shipped.
    """
    from scispacy.consts import ABBREVIATIONS

    offsets = sorted({span.start for span in (_linear_segmenter() if linear else _segmenter()).segment(text)})
    starts = set()
    i = 0
    for tok in doc:
        while i < len(offsets) and offsets[i] < tok.idx:
            starts.add(tok.i)  # an offset inside the previous token: start here
            i += 1
        if i < len(offsets) and offsets[i] == tok.idx:
            starts.add(tok.i)
            i += 1
    prev = None
    for tok in doc:
        if prev is None:
            tok.is_sent_start = True
            prev = tok
            continue
        if tok.i in starts:
            glued = prev.text in ABBREVIATIONS or (prev.i == 0 and all(c == "\n" for c in prev.text))
            tok.is_sent_start = not glued
        else:
            # like scispaCy: a blank line always ends a sentence
            tok.is_sent_start = prev.i != 0 and prev.text.count("\n") >= 2
        prev = tok


@Language.factory(
    "evidence_sentences",
    default_config={"use_pysbd": True},
    assigns=["token.is_sent_start", "doc._.headings"],
)
def make_line_sentences(nlp: Language, name: str, use_pysbd: bool) -> LineSentences:
    return LineSentences(nlp, name, use_pysbd)


class Abbreviations:
    """scispaCy's Schwartz-Hearst abbreviation detector ("FBSS" -> its long form)."""

    def __init__(self, nlp: Language, name: str) -> None:
        from scispacy.abbreviation import AbbreviationDetector

        self.name = name
        self.detector = AbbreviationDetector(nlp, name, make_serializable=True)

    def __call__(self, doc: Doc) -> Doc:
        with warnings.catch_warnings():
            # the detector's global matcher starts without patterns; spaCy warns (W036) per doc
            warnings.filterwarnings("ignore", message=r".*\[W036\]")
            return self.detector(doc)


@Language.factory("evidence_abbreviations", assigns=["doc._.abbreviations"])
def make_abbreviations(nlp: Language, name: str) -> Abbreviations:
    return Abbreviations(nlp, name)


def abbreviations_of(doc: Doc) -> dict[str, str]:
    """Short form -> long form for every abbreviation defined in ``doc``."""
    out: dict[str, str] = {}
    for a in getattr(doc._, "abbreviations", None) or []:
        if isinstance(a, dict):
            out.setdefault(a["short_text"], a["long_text"])
        else:
            out.setdefault(a.text, a._.long_form.text)
    return out
