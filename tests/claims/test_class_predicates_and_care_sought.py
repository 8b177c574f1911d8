"""What a medicine named before is, said again by a class noun, is no claim of its own (session 27, gen34): after
", which is" ("topiramate, which is an anticonvulsant tablet"), after the subject's apposition ("Dupilumab, an injected
antibody, remains the only biologic ..."), after a pronoun opening a clause ("...: they are prescription medicines"),
and a form before the name ("A newer gel, tacrolimus, blocks ...", whose "blocks" is the verb); nor is the care people
seek ("seek medical care"). The medicine named stays a claim. Sentences written for these tests, about conditions not in
the corpora."""

import pytest


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201
    from extract.pipeline import load

    return load(link=False, progress=False)


def treatments(nlp, text: str) -> list[str]:  # noqa: ANN001
    from extract.pipeline import make_doc

    doc = nlp(make_doc(nlp, "Notes\n\n" + text + "\n", "doc_gen34_classes"))
    return [c.intervention.text for c in doc._.claims if c.type == "treatment"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("My neurologist started me on topiramate, which is an anticonvulsant tablet.", ["topiramate"]),
        ("Dupilumab, an injected antibody, remains the only biologic licensed for children with eczema.", ["Dupilumab"]),
        ("A newer gel, tacrolimus, blocks part of the immune response in the skin.", ["tacrolimus"]),
        ("Only a few people with shingles seek medical care, and most take aciclovir tablets.", ["aciclovir tablets"]),
    ],
)
def test_a_class_said_again_or_care_sought_is_no_claim(nlp, sentence: str, expected: list) -> None:  # noqa: ANN001
    assert treatments(nlp, sentence) == expected


def test_a_pronoun_after_a_colon_classifies(nlp) -> None:  # noqa: ANN001
    assert treatments(nlp, "Do not buy isotretinoin online: they are prescription medicines for good reason.") == []


def test_serious_side_effects_name_a_harm(nlp) -> None:  # noqa: ANN001
    # "X can have serious side effects": the harms of X, no claim that it treats (harm_verbs, relations 0.4.110)
    assert treatments(nlp, "Isotretinoin tablets can have serious side effects, including liver damage.") == []
    assert treatments(nlp, "Isotretinoin tablets clear most cases of severe acne within six months.") == ["Isotretinoin tablets"]
