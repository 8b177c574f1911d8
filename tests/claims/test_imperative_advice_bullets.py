"""A bullet opened by an imperative recommendation cue whose verb names no intervention ("keep", "use", "take",
"treat") is self-care advice, a recommendation and no treatment claim, even when the lexicon knows the verb as a noun
too ("keep fingernails short", "use ..."; CLAIMS_SPEC.md, session 11: imperative self-care bullets are
recommendations). A bullet opened by a word that names an intervention ("Ice packs", "Rest and ice") stays an item,
and a bullet that says what it does for the condition stays a treatment too (gen47, session 31, from dev50's hygiene
bullets).

Every sentence here is written for this test, about conditions outside the development corpora.
"""

from extract.pipeline import make_doc

ADVICE = """Head lice

After treatment, for a week:

- keep long hair tied back at school
- use a fine-toothed comb on wet hair every 3 days
- take all hair bands out of the bedroom
"""

ITEMS = """Sprained ankle

Treatment options include:

- Ice packs
- Rest and elevation
"""


def _claims(plain, text: str, kind: str) -> list[str]:  # noqa: ANN001
    doc = plain(make_doc(plain, text, "doc_imperative_bullets"))
    return [c.intervention.text if kind == "treatment" else c.evidence.quote for c in doc._.claims if c.type == kind]


def test_imperative_bullets_are_advice_not_treatments(plain) -> None:  # noqa: ANN001
    treatments = _claims(plain, ADVICE, "treatment")
    assert not [t for t in treatments if t.startswith(("keep", "use", "take"))], treatments
    advice = _claims(plain, ADVICE, "recommendation")
    assert any(q.startswith("keep long hair") for q in advice), advice


def test_bullets_named_by_an_intervention_word_stay_treatments(plain) -> None:  # noqa: ANN001
    treatments = _claims(plain, ITEMS, "treatment")
    assert "Ice packs" in treatments, treatments
