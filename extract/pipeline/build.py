"""Building the pipeline: scispaCy's parts on ``spacy.blank("en")`` or on a scispaCy model."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Optional

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer

if TYPE_CHECKING:  # pragma: no cover
    from extract.records import Reference

#: Version of the pipeline's rules and components; part of every claim's evidence.
PIPELINE_VERSION = "0.2.0"


class ModelNotFound(RuntimeError):
    """The requested spaCy/scispaCy model is not installed."""


#: The name of scispaCy's tokenizer in spaCy's tokenizer registry (see :func:`scispacy_tokenizer`).
SCISPACY_TOKENIZER = "evidence.scispacy_tokenizer.v1"


@spacy.registry.tokenizers(SCISPACY_TOKENIZER)
def scispacy_tokenizer() -> Callable[[Language], Tokenizer]:
    """scispaCy's biomedical tokenizer (``combined_rule_tokenizer``) as a spaCy tokenizer factory,
    so that ``spacy.blank("en")`` builds it in place of spaCy's default English tokenizer.

    ``combined_rule_tokenizer(nlp)`` is meant to replace the tokenizer of a built pipeline: it
    reads the language's defaults and the default tokenizer's ``token_match``. Built that way,
    the default tokenizer (its prefix, suffix and infix expressions compiled, its 1,300 special
    cases added) was made in every process only to be thrown away, a tenth of a cold start.
    Here it gets what it reads from the defaults directly (a default English tokenizer's
    ``token_match`` is ``Defaults.token_match``), so the tokenizer is the same and the default
    is never built (checked in ``tests/pipeline/test_build.py``)."""

    def make(nlp: Language) -> Tokenizer:
        from scispacy.custom_tokenizer import combined_rule_tokenizer

        # what combined_rule_tokenizer reads of a pipeline, before the pipeline has a tokenizer
        shim = SimpleNamespace(
            Defaults=nlp.Defaults, vocab=nlp.vocab, tokenizer=SimpleNamespace(token_match=nlp.Defaults.token_match)
        )
        with warnings.catch_warnings(), _faster_tokenizer_build():
            # scispaCy's infix regex trips a FutureWarning of Python's re module; harmless
            warnings.filterwarnings("ignore", message="Possible set union", category=FutureWarning)
            return combined_rule_tokenizer(shim)  # type: ignore[arg-type]

    return make


@contextmanager
def _faster_tokenizer_build() -> Iterator[None]:
    """While scispaCy's tokenizer is built, two shortcuts to the same tokenizer (checked in
    ``tests/pipeline/test_build.py``), about a tenth of a cold start between them:

    * its prefix, suffix and infix expressions (long alternations: ``re`` parses them in pure
      Python) are compiled through :mod:`extract.regexcache`, which keeps the compiled programs
      per machine: ``spacy.util.compile_*_regex`` call ``re.compile`` of ``spacy.util``'s
      ``re``, the cache's module in the meantime;
    * the 1,367 special cases' token attributes (``{ORTH: "a.m.", NORM: ...}``, integer keys)
      skip ``spacy.attrs.intify_attrs``'s pass over deprecated names, which leaves such a dict
      as it is and took most of the time of adding them. Any other dict goes to spaCy's own.

    Module globals of spaCy are swapped for the duration and put back after, even on an error.
    """
    import spacy.tokenizer
    import spacy.util
    import spacy.vocab
    from spacy.attrs import intify_attrs
    from spacy.symbols import NORM, ORTH

    from extract import regexcache

    plain = frozenset({ORTH, NORM})

    def intify(attrs, strings_map=None, _do_deprecated=False):  # type: ignore[no-untyped-def]  # noqa: ANN001, ANN202
        if type(attrs) is dict and attrs.keys() <= plain:
            if strings_map is None:
                return dict(attrs)
            return {k: strings_map.add(v) if isinstance(v, str) else v for k, v in attrs.items()}
        return intify_attrs(attrs, strings_map=strings_map, _do_deprecated=_do_deprecated)

    swaps = [(spacy.util, "re", regexcache), (spacy.tokenizer, "intify_attrs", intify), (spacy.vocab, "intify_attrs", intify)]
    saved = [(module, name, getattr(module, name)) for module, name, _ in swaps if hasattr(module, name)]
    try:
        for module, name, value in swaps:
            if hasattr(module, name):
                setattr(module, name, value)
        yield
    finally:
        for module, name, value in saved:
            setattr(module, name, value)


def _base(model: Optional[str]) -> Language:
    if not model or model == "blank":
        return spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": SCISPACY_TOKENIZER}}})
    try:
        return spacy.load(model, exclude=["ner", "lemmatizer"])
    except OSError as e:
        raise ModelNotFound(
            f"spaCy model {model!r} is not installed. Install a scispaCy model "
            f"(en_core_sci_sm/md/lg) from its release page, or omit --model to run on "
            f'spacy.blank("en") with scispaCy\'s tokenizer.'
        ) from e


def load(
    model: Optional[str] = None,
    *,
    cues: Optional[str] = None,
    context_cues: Optional[str] = None,
    relation_cues: Optional[str] = None,
    link: bool = True,
    learned: bool = True,
    learned_models: Optional[str | Path] = None,
    progress: bool = True,
) -> Language:
    """Return the evidence pipeline as an ordinary spaCy ``Language``.

    Args:
        model: name or path of an installed scispaCy model (``en_core_sci_sm`` ...); ``None``
            uses ``spacy.blank("en")`` with scispaCy's biomedical tokenizer.
        cues: path of a figure cue file replacing the packaged ``figures.json``.
        context_cues: path of a context cue file replacing the packaged ``context.json``.
        relation_cues: path of a relation cue file replacing the packaged ``relations.json``.
        link: link claim arguments to concepts of HPO, ICD-10-CM and the curated vocabulary.
            The knowledge base is checked here, and built if it is missing or out of date (first
            use: about two minutes); the linker itself loads on the first document that needs it.
            ``False`` leaves every argument's ``concept`` empty and needs no knowledge base.
        learned: with linking on, add the claims the learned tagger finds that no rule found
            (:mod:`extract.claims.learned`); ``False`` keeps the rules' claims only.
        learned_models: a folder of tagger models trained elsewhere
            (``python -m extract.evaluation.trainlearned --out-dir DIR``) used in place of the
            packaged ones, e.g. models that have not seen the corpus being scored.
        progress: show the knowledge base build, when there is one, on stderr (a line and a
            progress bar); ``False`` only logs it.

    The pipeline: sentences (pysbd + line structure; a model's parser when it has one),
    abbreviations (Schwartz-Hearst), references (the reference list and what each sentence
    cites), figures, qualitative claims (causes, symptoms,
    treatments, recommendations) linked to the vocabularies. Docs carry their claims as ``doc._.claims``.
    """
    import extract.assertion.component  # noqa: F401  (registers the factories)
    import extract.claims.component  # noqa: F401
    import extract.figures.component  # noqa: F401
    import extract.pipeline.components  # noqa: F401
    import extract.references.component  # noqa: F401

    nlp = _base(model)
    if link:
        _ensure_kb(progress)
        if learned and learned_models:
            from extract.claims.learned import tagger_from

            tagger_from(str(learned_models)).taggers  # noqa: B018 - refused here, not on the first document
    has_parser = "parser" in nlp.pipe_names or "senter" in nlp.pipe_names
    if has_parser:
        first = "parser" if "parser" in nlp.pipe_names else "senter"
        nlp.add_pipe("evidence_sentences", config={"use_pysbd": False}, before=first)
    else:
        nlp.add_pipe("evidence_sentences")
    nlp.add_pipe("evidence_abbreviations")
    nlp.add_pipe("evidence_references")
    nlp.add_pipe("evidence_figures", config={"cues": cues, "context_cues": context_cues})
    nlp.add_pipe("evidence_claims", config={
        "cues": relation_cues, "link": link, "learned": learned,
        "learned_models": str(learned_models) if learned_models else None,
    })
    nlp.add_pipe("evidence_assertion")
    return nlp


def _ensure_kb(progress: bool) -> None:
    """Build the linking knowledge base now if it is missing or stale, rather than in the middle
    of the first document (where a caller's own progress display may be showing); then start
    loading its ANN index in the background (:func:`~extract.linking.derived.prefetch_ann_index`),
    beside the rest of the start."""
    from extract.linking.derived import prefetch_ann_index
    from extract.linking.kb import ensure_kb

    folder, _ = ensure_kb(progress=progress)
    prefetch_ann_index(folder)


def make_doc(  # noqa: ANN201 (spacy.tokens.Doc)
    nlp: Language, text: str, doc_id: str, *, source_type: Optional[str] = None, references: Sequence[Reference] = ()
):
    """A tokenized Doc of ``text`` carrying ``doc_id``, ready for ``nlp(doc)`` or ``nlp.pipe``:
    the claim components take the document's id from it, so claim ids follow the input file.

    ``source_type`` (the Document's) goes into every claim's evidence; ``references`` (the
    Document's ``Reference`` records, when its input carried a list, as JATS XML does) are the
    entries its markers are tied to instead of a list found in the text."""
    from extract.pipeline.extensions import register_extensions

    register_extensions()
    doc = nlp.make_doc(text)
    doc._.doc_id = doc_id
    doc._.source_type = source_type
    doc._.references = list(references) or None
    return doc
