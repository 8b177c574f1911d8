"""Helpers shared by the claim tests: the relation cue set, loaded once, and readers of what
:func:`extract.claims.relations.find_relations` finds in one sentence."""

from extract.claims.cues import load_relation_cues
from extract.claims.relations import find_relations

CUES = load_relation_cues()


def causes(sentence: str, known=None, condition=None) -> list[tuple[str, str | None, str]]:  # noqa: ANN001
    """(cause, effect, relation) of every cause claim of ``sentence``, in order."""
    found, _ = find_relations(sentence, CUES, known, condition=condition)
    return [
        (sentence[m.subject[0] : m.subject[1]], sentence[m.object[0] : m.object[1]] if m.object else None, m.relation)
        for m in found
        if m.kind == "cause"
    ]
