"""In a section about treatment, the subject of an active effect verb names what treats though the heads and the
vocabulary may not know it ("Retinoids unblock pores"); a person, a finding, the page's condition, a passive's
subject or a verb without an object names none (issue 3: treatments of unseen pages). The pages are written for
these tests, about conditions of no development corpus."""

from extract.claims.cues import load_relation_cues
from extract.claims.treatments import named_in_treatment_section
from extract.pipeline import make_doc

CUES = load_relation_cues()


def treatments(nlp, text: str) -> list[str]:  # noqa: ANN001
    doc = nlp(make_doc(nlp, text, "doc_section"))
    return sorted(c.intervention.text for c in doc._.claims if c.type == "treatment")


WARTS_PAGE = """Warts: what helps

Treatment
Salicylic acid helps soften the hard skin of the wart.
Most warts go away without treatment within two years.
Warts can be removed with cryotherapy, but they often come back.
Your pharmacist can recommend a product.

Causes
Salicylic acid helps soften the skin, which is why wart paints sting.
"""


def test_the_subject_of_an_effect_verb_under_a_treatment_heading_is_a_treatment(plain) -> None:  # noqa: ANN001
    got = treatments(plain, WARTS_PAGE)
    assert "Salicylic acid" in got  # a name no head or stem knows, under "Treatment"
    assert got.count("Salicylic acid") == 1  # under "Causes" the same sentence is no treatment claim
    assert not any(t.lower().startswith(("most warts", "warts", "your pharmacist", "they")) for t in got)


def test_what_names_an_intervention_in_a_treatment_section() -> None:
    assert named_in_treatment_section("Salicylic acid", CUES)
    assert named_in_treatment_section("Topical retinoids", CUES)
    for text in ("Most people", "Your doctor", "the pain", "Symptoms", "For heart failure", "Taking them with food",
                 "doesn't", "compared", "a rheumatologist"):
        assert not named_in_treatment_section(text, CUES), text
