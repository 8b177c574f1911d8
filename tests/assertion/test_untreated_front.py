"""A fronted "Without treatment," sets the situation of what follows, it denies nothing of it (a pseudo-cue in
hedges.json): "Without treatment, shingles can cause severe pain" states the pain, hedged by "can"; "without" still
denies the noun it governs elsewhere. Sentences written for these tests, about other conditions."""


def _claims(nlp, text: str) -> list[tuple[str, bool]]:  # noqa: ANN001
    doc = nlp("Cellulitis\n\n" + text + "\n")
    return [(c.type, c.assertion.negated) for c in doc._.claims if c.type in ("symptom", "cause")]


def test_a_fronted_without_treatment_denies_nothing(plain):  # noqa: ANN001
    found = _claims(plain, "Without treatment, cellulitis can cause a high fever.")
    assert found and not any(negated for _, negated in found)


def test_without_before_a_finding_still_denies_it():
    from extract.assertion.assess import default_rules
    from extract.assertion.hedges import hedge_cues

    text = "Most people recover without treatment, and the rash heals without scarring."
    scar = (text.index("scarring"), text.index("scarring") + len("scarring"))
    assert [c.kind for c in hedge_cues(default_rules().hedges, text, [scar]).per_target[0]] == ["negated"]
