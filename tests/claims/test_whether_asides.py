"""A concessive "whether X or Y" aside set off by commas is no claim and no item of the list around it (session 26;
b12's "Nitrous oxide, whether given as an anaesthetic or used recreationally, inactivates cobalamin" gave three
spurious causes from the aside). The rules read the sentence with the aside blanked, offsets kept. Sentences written
for these tests, about conditions no corpus covers."""

import extract
from extract.claims.cues import load_relation_cues
from extract.claims.relations import rules_view

CUES = load_relation_cues()


def test_the_aside_is_blanked_with_offsets_kept() -> None:
    sentence = "Stress, whether at work or at home, can trigger a flare of shingles."
    view = rules_view(sentence, CUES)
    assert len(view) == len(sentence)
    assert "whether" not in view and view.startswith("Stress ") and view.endswith("can trigger a flare of shingles.")


def test_a_whether_clause_that_is_no_aside_stays() -> None:
    sentence = "Ask your doctor whether a brace or a cast is better."
    assert rules_view(sentence, CUES) == sentence


def test_the_subject_before_the_aside_is_the_cause() -> None:
    nlp = extract.load(link=False, progress=False)
    doc = nlp("Solvents, whether inhaled at work or used recreationally, can cause peripheral neuropathy.")
    assert [(c.cause.text, c.effect.text) for c in doc._.claims if c.type == "cause"] == [("Solvents", "peripheral neuropathy")]
