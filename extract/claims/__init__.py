"""Qualitative claims: causes, symptoms, treatments and recommendations.

This stage owns finding them in sentences (:mod:`~extract.claims.relations`, cue phrases from
``data/relations.json``), delimiting their arguments without a parser
(:mod:`~extract.claims.phrases`; which words are verbs: :mod:`~extract.lexicon`), and the spaCy component that links the arguments and writes
the records (:mod:`~extract.claims.component`).
"""

from extract.claims.cues import RelationCues, load_relation_cues
from extract.claims.grammar import RelationMention
from extract.claims.relations import find_relations

__all__ = ["RelationCues", "RelationMention", "find_relations", "load_relation_cues"]
