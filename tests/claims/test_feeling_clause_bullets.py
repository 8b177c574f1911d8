"""A bullet that names a feeling by what it is like ("a feeling that the ear is blocked or full", "a feeling like standing
on a pebble or a fold in your sock") is one finding, the feeling with its clause: not a bare 'feeling' with a part's
state or a second item read inside the clause (CLAIMS_SPEC.md session 20: one finding, as dev30's Morton's neuroma gold
has it). A relative clause after a feeling ("a burning feeling that comes and goes") stays outside it. Session 29, gen41,
from dev46's swimmer's ear leaflet, dev30's Morton's neuroma and dev11's anxiety bullets, which gave 'feeling' alone.

Every sentence here is written for this test, about conditions outside the development corpora.
"""

from extract.pipeline import make_doc

PAGE = """Eustachian tube dysfunction

Symptoms

You may notice:

- a feeling that your ear is plugged or full
- a feeling like being underwater or in a lift
- a crackling feeling that comes and goes
"""


def test_a_feeling_and_what_it_is_like_are_one_finding(nlp) -> None:  # noqa: ANN001
    doc = nlp(make_doc(nlp, PAGE, "doc_feeling_clause"))
    signs = [c.symptom.text for c in doc._.claims if c.type == "symptom"]
    assert "feeling that your ear is plugged or full" in signs
    assert "feeling like being underwater or in a lift" in signs
    assert "crackling feeling" in signs
    assert not {"feeling", "plugged", "full", "lift"} & set(signs)
