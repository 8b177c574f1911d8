"""Helpers shared by the claim tests: the relation cue set, loaded once, and readers of what
:func:`extract.claims.relations.find_relations` (or a whole pipeline) finds in one sentence."""

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


def argument_texts(nlp, text: str, kind: str) -> list[str]:  # noqa: ANN001
    """The main argument of each claim of ``kind`` the pipeline ``nlp`` finds in ``text`` (the intervention of a
    treatment, the action of a recommendation ...), in order."""
    from extract.evaluation.claims import arguments

    return [arguments(c)[0].text for c in nlp(text)._.claims if c.type == kind]


def treatment_texts(plain, text: str, doc_id: str = "doc_test") -> list[str]:  # noqa: ANN001
    """The intervention of every treatment claim the pipeline ``plain`` finds in ``text``, read as document ``doc_id``."""
    from extract.pipeline import make_doc

    doc = plain(make_doc(plain, text, doc_id))
    return [c.intervention.text for c in doc._.claims if c.type == "treatment"]
