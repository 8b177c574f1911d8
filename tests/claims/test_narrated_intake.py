"""What someone takes, told in the third person ("She now takes levothyroxine", "Mr Patel takes ..."): the verb and
its adverb are no modifiers of the drug's name (relations.json 0.4.92, modifier_stopwords). Sentences written for these
tests, about conditions no corpus covers."""

from __future__ import annotations

import pytest

from extract.claims.cues import load_relation_cues
from extract.claims.treatments import intervention_mentions
from extract.figures.cues import load_context_cues

CUES = load_relation_cues()


def _mentions(sentence: str) -> list[str]:
    ctx = load_context_cues()
    heads = frozenset(h.lower() for h in ctx.intervention_heads)
    generic = frozenset(g.lower() for g in ctx.generic_interventions)
    return [sentence[s:e] for s, e in intervention_mentions(sentence, heads, generic, CUES)]


@pytest.mark.parametrize(
    ("sentence", "drug"),
    [
        ("She now takes levothyroxine every morning.", "levothyroxine"),
        ("Mr Okafor takes allopurinol and has cut out beer.", "allopurinol"),
        ("He already uses a salbutamol inhaler before exercise.", "salbutamol inhaler"),
        ("My mother usually takes paracetamol at night.", "paracetamol"),
    ],
)
def test_the_verb_of_taking_is_no_modifier(sentence: str, drug: str) -> None:
    assert _mentions(sentence) == [drug]


def test_real_modifiers_stay() -> None:
    assert _mentions("Low-dose amitriptyline can help the pain.") == ["Low-dose amitriptyline"]
