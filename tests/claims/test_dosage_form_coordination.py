"""The forms of one medicine coordinated under its modifiers are one intervention (session 21, gen11;
CLAIMS_SPEC.md): "a steroid nasal spray or drops" claims the spray, not the drops again. Sentences written for
these tests, about other conditions. (A claim read by a verb's list, "X or Y can ease the itch", is that rule's.)"""

import pytest


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201
    from extract.pipeline import load

    return load(link=False, progress=False)


def treatments(nlp, text: str) -> list[str]:  # noqa: ANN001
    from extract.pipeline import make_doc

    doc = nlp(make_doc(nlp, "Notes\n\n" + text + "\n", "doc_gen11_forms"))
    return [c.intervention.text for c in doc._.claims if c.type == "treatment"]


@pytest.mark.parametrize(
    ("sentence", "first"),
    [
        ("Antiviral creams and tablets can shorten an outbreak of cold sores.", "Antiviral creams"),
        ("Antifungal pessaries and creams for thrush are sold in most pharmacies.", "Antifungal pessaries"),
        ("Antihistamine tablets or syrups for hives are sold in supermarkets.", "Antihistamine tablets"),
    ],
)
def test_a_second_form_of_one_medicine_is_no_claim_of_its_own(nlp, sentence: str, first: str) -> None:  # noqa: ANN001
    found = treatments(nlp, sentence)
    assert len(found) == 1 and first in found[0], found


def test_two_medicines_in_one_form_each_are_still_claims(nlp) -> None:  # noqa: ANN001
    found = treatments(nlp, "Hydrocortisone cream and clotrimazole cream are both used for nappy rash.")
    assert len(found) == 2, found


# session 26 (gen30): the same in a bullet and after commas (dev36's lichen planus, dev23's fungal nail, heldout2's psoriasis
# had the second and third forms as claims of their own); a site's form and a list of bare forms stay apart
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Treatment options include:\n- strong steroid creams or ointments for discoid eczema", ["strong steroid creams"]),
        ("Treatment options include:\n- steroid mouthwashes, sprays or pastes for the mouth", ["steroid mouthwashes"]),
        ("Treatment options include:\n- Clotrimazole cream or spray for the skin between the toes", ["Clotrimazole cream"]),
        ("Treatment options include:\n- creams, tablets or injections", ["creams", "tablets", "injections"]),
        ("There are no eye drops or tablets that can cure glaucoma.", ["eye drops", "tablets"]),
    ],
)
def test_a_second_form_in_a_bullet_or_after_a_comma_is_no_claim_of_its_own(nlp, text: str, expected: list) -> None:  # noqa: ANN001
    assert treatments(nlp, text) == expected
