"""Interventions named without a claim that they treat (issue 3), in sentences written for the purpose
about conditions no corpus covers: the forms a medicine comes in, what is not suitable for someone, a
risk an intervention carries, the role another intervention is used in, a count compared; and the
class words and drug stems a writer about any condition uses for what does treat."""

import pytest

from extract.claims.cues import intervention_word, load_relation_cues

CUES = load_relation_cues()


def treatments(nlp, text: str) -> list[str]:  # noqa: ANN001
    from extract.pipeline import make_doc

    doc = nlp(make_doc(nlp, text, "doc_forms"))
    return [c.intervention.text for c in doc._.claims if c.type == "treatment"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the forms it comes in, whether its subject is named or a pronoun
        ("Minoxidil comes as a foam, a lotion and a spray.", []),
        ("Tacrolimus works well for eczema on the face. It comes as an ointment or a cream.", ["Tacrolimus"]),
        ("Testosterone is available as gels, patches and injections.", []),
        # not suitable for someone: advised against, no claim that it treats
        ("Isotretinoin is not suitable for everyone.", []),
        ("Combined pills are not usually suitable if you have migraine with aura.", []),
        # a risk it carries: a harm, not a treatment
        ("Steroid injections into the tendon carry a small risk of rupture.", []),
        # the role another intervention is used in, and a count compared
        ("Topical minoxidil should not be used as monotherapy in women with hair loss.", []),
        ("Monthly dosing kept hair growth stable with fewer injections than weekly dosing.", []),
    ],
)
def test_interventions_named_without_a_treatment_claim(plain, text: str, expected: list[str]) -> None:  # noqa: ANN001
    assert treatments(plain, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Vitamin B12 supplementation corrects the deficiency within weeks.", ["Vitamin B12 supplementation"]),
        ("Regular emollients and lubricants relieve the dryness.", ["Regular emollients", "lubricants"]),
        ("Mechanical prophylaxis and early mobilisation reduce the risk of clots after hip surgery.",
         ["Mechanical prophylaxis", "early mobilisation"]),
        ("Fesoterodine and mirabegron relax the bladder muscle.", ["Fesoterodine", "mirabegron"]),
    ],
)
def test_class_words_and_drug_stems_of_interventions(plain, text: str, expected: list[str]) -> None:  # noqa: ANN001
    assert treatments(plain, text) == expected


@pytest.mark.parametrize("word", ["mirabegron", "darifenacin", "fesoterodine", "oxybutynin", "temoporfin", "imiquimod",
                                  "pegcetacoplan", "supplementation", "pessary", "magnifiers", "thrombolysis", "needling"])
def test_intervention_words(word: str) -> None:
    assert intervention_word(word, CUES)


@pytest.mark.parametrize("word", ["acid", "training", "plaster", "nitrogen"])
def test_words_too_general_to_name_an_intervention_alone(word: str) -> None:
    assert not intervention_word(word, CUES)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Compression bandaging is the cornerstone of treatment.", ["Compression bandaging"]),
        ("Levodopa is the mainstay of treatment for tremor.", ["Levodopa"]),
        ("Weight loss, knee braces and quadriceps exercises are the main treatments for this kind of pain.",
         ["Weight loss", "knee braces", "quadriceps exercises"]),
    ],
)
def test_ranking_predicates_name_treatments(plain, text: str, expected: list[str]) -> None:  # noqa: ANN001
    assert sorted(treatments(plain, text)) == sorted(expected)  # one claim per item, whichever rule reads it


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Antibiotic ear drops clear most infections within a week.", ["Antibiotic ear drops"]),
        ("Hydrogen peroxide mouthwash can soothe the gums.", ["Hydrogen peroxide mouthwash"]),
        # "drops" as a verb or an amount names no intervention
        ("Your blood pressure drops when you stand up quickly.", []),
        ("A few drops of blood may appear on the pillow.", []),
    ],
)
def test_drops_and_peroxides(plain, text: str, expected: list[str]) -> None:  # noqa: ANN001
    assert treatments(plain, text) == expected


def test_without_an_intervention_spans_the_course_from_without(plain) -> None:  # noqa: ANN001
    # "Most people get better without surgery" names the conservative course (CLAIMS_SPEC.md, session 11); the words
    # before "without" are not part of it, and "without treatment" names nothing
    assert treatments(plain, "Most children recover within two weeks without antibiotics.") == ["without antibiotics"]
    assert treatments(plain, "Half of the spots fade within two years without treatment.") == []


def test_an_imaging_test_offered_is_no_treatment(plain) -> None:  # noqa: ANN001
    assert treatments(plain, "Coronary angiography may be offered if the stress test is abnormal.") == []
