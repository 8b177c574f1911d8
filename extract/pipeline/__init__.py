"""Pipeline: the spaCy ``Language`` that parses documents and carries their claims.

This stage owns building the pipeline from scispaCy's own parts (its biomedical tokenizer,
pysbd sentence segmentation, Schwartz-Hearst abbreviation detection) on ``spacy.blank("en")``
or on an installed scispaCy model, the line-structure component (bullets and headings), and
the declaration of every ``Doc`` extension the toolkit uses. The claim components themselves
live with their stage (``extract.figures.component``) and are registered through the package's
``spacy_factories`` entry point, so a saved pipeline loads back with ``spacy.load``.
"""

from extract.pipeline.build import PIPELINE_VERSION, load, make_doc

__all__ = ["PIPELINE_VERSION", "load", "make_doc"]
