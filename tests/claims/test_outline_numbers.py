"""A guideline's numbered recommendations ("1.5 Offer a proton pump inhibitor ...") read as the sentences they are, the
outline number blanked (offsets kept) (session 25, from dev38's first-sight errors).

Every sentence here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from extract.claims.relations import rules_view
from extract.pipeline import make_doc

from .conftest import CUES


@pytest.mark.parametrize(
    ("sentence", "opening"),
    [
        ("1.5 Offer a bisphosphonate to women with a fragility fracture.", "Offer"),
        ("2.3.1 Consider a supervised exercise programme.", "Consider"),
        ("R12 Do not offer antibiotics for uncomplicated cases.", "Do"),
        ("1.4. Refer people with red flags urgently.", "Refer"),
    ],
)
def test_an_outline_number_is_blanked_offsets_kept(sentence: str, opening: str) -> None:
    view = rules_view(sentence, CUES)
    assert len(view) == len(sentence)
    assert view.lstrip().startswith(opening) and view.strip() == sentence[sentence.index(opening) :].strip()


@pytest.mark.parametrize("sentence", ["1.5 million people have sarcoidosis.", "2.5 mg is the usual dose.", "In 2019 Offer letters went out."])
def test_a_number_that_is_no_outline_number_stays(sentence: str) -> None:
    assert rules_view(sentence, CUES) == sentence


def _claims(nlp, text: str):  # noqa: ANN001
    return nlp(make_doc(nlp, text, "doc_outline_numbers"))._.claims


def test_numbered_guideline_recommendations_are_read(nlp) -> None:  # noqa: ANN001
    text = ("Osteoporosis: assessment and treatment\n\nRecommendations\n\n"
            "1.5 Offer a bisphosphonate to women with a fragility fracture.\n\n"
            "1.6 Do not offer calcitonin for long-term treatment.\n")
    recs = [(c.action.text, c.against) for c in _claims(nlp, text) if c.type == "recommendation"]
    assert ("bisphosphonate", False) in recs
    assert any(action.startswith("calcitonin") and against for action, against in recs)



@pytest.mark.parametrize(
    ("sentence", "action", "population"),
    [
        ("Consider radiofrequency denervation for people with chronic facet joint pain.", "radiofrequency denervation",
         "people with chronic facet joint pain"),
        ("1.7 Consider a bisphosphonate for women with osteopenia, to reduce the risk of fracture.", "bisphosphonate",
         "women with osteopenia"),
    ],
)
def test_consider_x_for_people_names_x_for_them(nlp, sentence: str, action: str, population: str) -> None:  # noqa: ANN001
    recs = [(c.action.text, c.population.text if c.population else None)
            for c in _claims(nlp, "Osteoporosis\n\n" + sentence + "\n") if c.type == "recommendation"]
    assert (action, population) in recs


@pytest.mark.parametrize(
    ("sentence", "examples", "not_actions"),
    [
        ("Offer a biologic, such as adalimumab, to adults with severe disease.", {"biologic", "adalimumab"}, {"adults"}),
        ("Give plenty of drinks, such as water or diluted squash, to prevent dehydration.", {"water", "diluted squash"},
         {"prevent dehydration"}),
    ],
)
def test_examples_set_off_by_commas_end_before_the_advice_own_preposition(nlp, sentence, examples, not_actions) -> None:  # noqa: ANN001
    actions = {c.action.text for c in _claims(nlp, "Psoriasis\n\n" + sentence + "\n") if c.type == "recommendation"}
    assert examples <= actions
    assert not (actions & not_actions)


@pytest.mark.parametrize(("sentence", "cls"), [("Offer a biologic, such as adalimumab, to adults with severe disease.", "biologic"),
                                               ("Prescribe an antiviral, such as aciclovir, within 72 hours.", "antiviral")])
def test_a_class_named_for_its_examples_leaves_out_the_verb_that_offers_it(nlp, sentence: str, cls: str) -> None:  # noqa: ANN001
    treatments = {c.intervention.text for c in _claims(nlp, "Psoriasis\n\n" + sentence + "\n") if c.type == "treatment"}
    assert cls in treatments
    assert not any(t.lower().startswith(("offer ", "prescribe ")) for t in treatments)
