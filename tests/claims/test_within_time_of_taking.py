"""A medicine named only for the time of something else ("Do not test within 2 weeks of taking a PPI") is no claim that
it treats, as "within five years of the operation" (session 27, gen34); unless the main clause says an effect
("recover within 4 weeks of taking X", "halve their attacks within three months of starting X"). Sentences written for
these tests, about conditions not in the corpora."""

import pytest


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201
    from extract.pipeline import load

    return load(link=False, progress=False)


def treatments(nlp, text: str) -> list[str]:  # noqa: ANN001
    from extract.pipeline import make_doc

    doc = nlp(make_doc(nlp, "Notes\n\n" + text + "\n", "doc_gen34_within"))
    return [c.intervention.text for c in doc._.claims if c.type == "treatment"]


def test_a_time_after_a_use_names_no_treatment(nlp) -> None:  # noqa: ANN001
    found = treatments(nlp, "Do not measure faecal calprotectin within 2 weeks of taking a proton pump inhibitor or within 4 weeks"
                            " of taking antibiotics, as this can give a false result.")
    assert found == [], found


@pytest.mark.parametrize(
    ("sentence", "drug"),
    [
        ("Most people with Lyme disease recover within 4 weeks of taking doxycycline.", "doxycycline"),
        ("More than half of people with cluster headache halve their attacks within three months of starting verapamil.", "verapamil"),
    ],
)
def test_an_effect_within_a_time_of_use_stays(nlp, sentence: str, drug: str) -> None:  # noqa: ANN001
    assert drug in treatments(nlp, sentence)
