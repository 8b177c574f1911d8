"""Causes named by the subject of a cause verb as two coordinated names, or as a class and its examples
(session 12: dev11, dev13). The sentences are written for these tests, about other conditions than the
development corpora's."""

import pytest

from tests.claims.conftest import causes


def subjects(sentence: str) -> list[str]:
    return [c for c, _, _ in causes(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # two names before a plural verb are two causes, whatever their length
        ("Heavy drinking and a poor diet can bring on an attack of pancreatitis.", ["Heavy drinking", "poor diet"]),
        ("Shift work and poor sleep have both been associated with a higher risk.", ["Shift work", "poor sleep"]),
        ("Being under 5 and living in a crowded home also raise the risk.", ["under 5", "living in a crowded home"]),
        ("Poorly controlled blood pressure and kidney disease increase the risk of a second stroke.",
         ["Poorly controlled blood pressure", "kidney disease"]),
    ],
)
def test_two_coordinated_subjects_are_two_causes(sentence: str, expected: list[str]) -> None:
    assert sorted(subjects(sentence)) == sorted(expected)


@pytest.mark.parametrize(
    "sentence",
    [
        "Hip and knee pain can lead to poor sleep.",  # the head "pain" is shared: one finding
        "Inflammation of the bladder and urethra can cause it.",  # "urethra" is a second object of "of"
    ],
)
def test_a_shared_head_or_a_second_object_stays_one_subject(sentence: str) -> None:
    assert len(subjects(sentence)) == 1


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a class and its examples: the class and each example
        ("Infections such as measles, mumps and chickenpox are all closely linked to it.",
         ["measles", "mumps", "chickenpox", "Infections"]),
        # a comma aside with several commas inside
        ("Money trouble, such as debt, losing a job, or a large unexpected bill, can trigger a relapse.",
         ["debt", "losing a job", "large unexpected bill", "Money trouble"]),
        # a dash aside that says what the last example is
        ("Skin conditions such as eczema and psoriasis - both of which break the skin barrier - have been linked to it.",
         ["eczema", "psoriasis", "Skin conditions"]),
        # a vague class is named by its examples only, and a name coordinated with it stays a cause
        ("Dehydration and certain drugs, such as lithium and diuretics, can also cause it.", ["lithium", "diuretics", "Dehydration"]),
        # "viruses such as those that cause X and Y": the illnesses name the viruses
        ("Some viruses, such as those that cause measles and mumps, have been linked to it.", ["measles", "mumps"]),
    ],
)
def test_a_subject_class_with_examples(sentence: str, expected: list[str]) -> None:
    assert subjects(sentence) == expected


def test_examples_in_a_clause_are_no_subject_list() -> None:
    # "such as" inside a fronted clause: the examples belong to the clause, the subject is "stress"
    found = subjects("When you eat foods such as cheese or chocolate, stress can trigger it.")
    assert "cheese" not in found and "chocolate" not in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a verb of harm to a part of the body, with an adverb between the modal and the verb, or in the present
        ("Repeated sunburn can seriously damage the skin.", [("sunburn", "skin")]),
        ("Chronic acid exposure inflames the lining of the gullet.", [("Chronic acid exposure", "lining of the gullet")]),
        ("Chlorine and perfumed soaps irritate the skin of the hands.", [("Chlorine", "skin of the hands"), ("perfumed soaps", "skin of the hands")]),
    ],
)
def test_a_verb_of_harm_names_a_cause(sentence: str, expected: list) -> None:
    found = [(c, e) for c, e, _ in causes(sentence)]
    for cause, effect in expected:
        assert any(cause in c and e == effect for c, e in found), (cause, found)


@pytest.mark.parametrize(
    "sentence",
    [
        "The parasite multiplies and damages the gut lining.",  # "multiplies" is the first verb, not a subject
        "When the cough lasts a month, or begins to damage your sleep, see a doctor.",  # "begins to": the verb the cue completes
    ],
)
def test_a_verb_before_a_harm_verb_is_no_cause(sentence: str) -> None:
    assert not any(c.split()[-1] in {"multiplies", "begins"} for c, _, _ in causes(sentence))


def test_a_body_part_harmed_by_a_condition_is_no_symptom(plain) -> None:  # noqa: ANN001
    from extract.pipeline import make_doc

    doc = plain(make_doc(plain, "Mumps and measles can also damage the auditory nerve.\n", "doc_harm"))
    assert not [c for c in doc._.claims if c.type == "symptom"]
