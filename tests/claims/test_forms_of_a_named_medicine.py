"""A bare dosage form that only says in what form a medicine named before it comes is no claim of its own (session 27,
gen34): after its strength ("penciclovir 1% cream"), after "given ... as" ("given to toddlers as drops"), or the reader's
own after a possessive ("Use your spray as shown"). The medicine named stays a claim. Sentences written for these tests,
about conditions not in the corpora."""

import pytest


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201
    from extract.pipeline import load

    return load(link=False, progress=False)


def treatments(nlp, text: str) -> list[str]:  # noqa: ANN001
    from extract.pipeline import make_doc

    doc = nlp(make_doc(nlp, "Notes\n\n" + text + "\n", "doc_gen34_forms"))
    return [c.intervention.text for c in doc._.claims if c.type == "treatment"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Other options for cold sores: topical aciclovir 5% cream five times daily for 5 days, or topical penciclovir 1% cream"
         " every two hours.", ["topical aciclovir", "topical penciclovir"]),
        ("There is an influenza vaccine that is given to toddlers as drops in the nose every autumn.", ["influenza vaccine"]),
    ],
)
def test_the_form_of_a_medicine_named_before_is_no_claim_of_its_own(nlp, sentence: str, expected: list) -> None:  # noqa: ANN001
    assert treatments(nlp, sentence) == expected


def test_the_readers_own_form_is_no_claim(nlp) -> None:  # noqa: ANN001
    found = treatments(nlp, "Use your spray exactly as shown and carry a salbutamol inhaler at all times.")
    assert "spray" not in found and any("salbutamol" in f for f in found), found


def test_a_form_with_a_determiner_of_its_own_stays(nlp) -> None:  # noqa: ANN001
    assert treatments(nlp, "Antifungal cream clears most cases of ringworm within two weeks.") == ["Antifungal cream"]


def test_an_aim_after_the_examples_is_no_example(nlp) -> None:  # noqa: ANN001
    # "..., such as A or B, to ease ...": the infinitive of the aim was read as a third example ('to')
    found = treatments(nlp, "Your pharmacist may recommend:\n\n- antihistamines, such as cetirizine or loratadine, to ease itching and swelling")
    assert "to" not in found and "cetirizine" in found and "loratadine" in found, found
