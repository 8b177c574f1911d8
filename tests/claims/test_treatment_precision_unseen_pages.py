"""Treatment precision on unseen pages (session 32, gen50): shapes of spurious treatment claims found on first-sight
pages, each a general construction, not a page's wording.

* a name described by an apposition before a passive of offering ("Belimumab, a biological medicine, may be offered
  if ..."): the name is offered, and the clause of situation after the verb ("if other treatments have not worked")
  names no intervention, neither as a treatment nor as the advice;
* a class head with a ranking modifier of popularity ("our most popular treatment") names no intervention, as "the
  main treatment" does not (CLAIMS_SPEC.md: a class head with only ranking modifiers);
* a referral ("Referral to a sleep clinic", "referral to a physiotherapist for jaw exercises and massage") says where
  care is had, no treatment of its own; what the referral is for stays a treatment;
* the things a self-care imperative advises ("Try relaxation techniques, such as breathing exercises or yoga, before
  bed", "Take simple painkillers such as paracetamol or ibuprofen if you need them") are recommendations only, whichever
  reader found them, unless the sentence says what they do for the condition ("take paracetamol for the pain").

Every sentence here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from tests.claims.conftest import argument_texts


def _page(title: str, *lines: str) -> str:
    return title + "\n\n" + "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Ustekinumab, a biological medicine, may be offered if other treatments have not worked.", "Ustekinumab"),
        ("Rituximab, an antibody infusion, may be offered when steroids have not helped.", "Rituximab"),
    ],
)
def test_a_name_with_its_apposition_is_what_is_offered_not_the_clause_after(nlp, sentence: str, name: str) -> None:  # noqa: ANN001
    text = _page("Sarcoidosis", sentence)
    assert argument_texts(nlp, text, "treatment") == [name]
    assert argument_texts(nlp, text, "recommendation") == [name]


def test_a_popular_treatment_names_no_intervention(nlp) -> None:  # noqa: ANN001
    text = _page(
        "Plantar warts",
        "Treatment options at our clinic include:",
        "- Cryotherapy, our most popular treatment, which freezes the wart",
        "- Salicylic acid paint applied every evening",
    )
    found = argument_texts(nlp, text, "treatment")
    assert "Cryotherapy" in found and any(t.startswith("Salicylic acid paint") for t in found)
    assert not any("popular" in t for t in found)


def test_a_referral_is_no_treatment_but_what_it_is_for_is(nlp) -> None:  # noqa: ANN001
    text = _page(
        "Neck pain",
        "Treatment options at our practice include:",
        "- Referral to a pain clinic if the pain spreads to your arm",
        "- Referral to a physiotherapist for neck exercises and massage",
    )
    found = argument_texts(nlp, text, "treatment")
    assert not any(t.lower().startswith("referral") for t in found)
    assert "neck exercises" in found and "massage" in found


@pytest.mark.parametrize(
    "line",
    [
        "- Try calming techniques, such as breathing exercises or tai chi, in the evening",
        "- Take simple painkillers such as paracetamol or naproxen if you need them.",
    ],
)
def test_the_things_a_self_care_imperative_advises_are_no_treatments(nlp, line: str) -> None:  # noqa: ANN001
    text = _page("Shingles", "Looking after yourself at home", line)
    assert argument_texts(nlp, text, "treatment") == []
    assert argument_texts(nlp, text, "recommendation")


def test_a_self_care_imperative_that_says_what_it_does_keeps_its_treatments(nlp) -> None:  # noqa: ANN001
    text = _page("Sprained ankle", "Looking after yourself at home", "- Take paracetamol or naproxen for the pain")
    assert "naproxen" in argument_texts(nlp, text, "treatment")  # the one the tagger reads, not dropped as mere advice


@pytest.mark.parametrize(
    "line",
    [
        "If you have blood in your stools, your GP will refer you for a colonoscopy, where a thin camera looks inside the bowel.",
        "When needed, we offer upper endoscopy and breath tests in our own unit.",
    ],
)
def test_a_camera_test_named_by_its_noun_is_no_treatment(nlp, line: str) -> None:  # noqa: ANN001
    found = argument_texts(nlp, _page("Coeliac disease", line), "treatment")
    assert not any(t.lower().endswith(("endoscopy", "colonoscopy")) for t in found)


def test_what_is_done_through_the_scope_stays_a_treatment(nlp) -> None:  # noqa: ANN001
    text = _page("Bladder stones", "Most stones are removed by endoscopic lithotripsy, which breaks them up with a laser.")
    assert any("lithotripsy" in t for t in argument_texts(nlp, text, "treatment"))


@pytest.mark.parametrize(
    "sentence",
    ["Concomitant prednisolone was not permitted.", "Inhaled steroids were not allowed during the first 12 weeks."],
)
def test_what_a_trial_protocol_did_not_permit_is_its_method_not_a_treatment(nlp, sentence: str) -> None:  # noqa: ANN001
    text = _page("Bullous pemphigoid", "Methods: Adults with the disease were randomly assigned to doxycycline or placebo.", sentence)
    found = argument_texts(nlp, text, "treatment")
    assert not any(("prednisolone" in t or "steroids" in t) for t in found)


@pytest.mark.parametrize(
    "sentence, named",
    [
        ("Reflux in babies rarely causes weight loss or poor feeding.", "weight loss"),
        ("Untreated, the infection can lead to an amputation of the toe.", "amputation"),
    ],
)
def test_what_a_verb_of_causing_names_is_an_effect_not_a_treatment(nlp, sentence: str, named: str) -> None:  # noqa: ANN001
    found = argument_texts(nlp, _page("Diabetic foot ulcer", sentence), "treatment")
    assert not any(named in t for t in found)


@pytest.mark.parametrize(
    "line, named",
    [
        ("- Hold a cold pack against the knee to ease the swelling", "cold pack"),
        ("- rest the leg on a cushion when you sit down, to reduce the throbbing", "leg"),
    ],
)
def test_self_care_that_says_what_it_eases_is_a_treatment_too(nlp, line: str, named: str) -> None:  # noqa: ANN001
    text = _page("Bursitis", "Looking after yourself at home", line)
    assert any(named in t for t in argument_texts(nlp, text, "treatment"))
    assert argument_texts(nlp, text, "recommendation")


def test_self_care_to_prevent_or_to_see_someone_stays_advice_only(nlp) -> None:  # noqa: ANN001
    text = _page("Impetigo", "Looking after yourself at home", "- Wash towels on a hot cycle to prevent spreading it", "- See a pharmacist to discuss creams")
    assert argument_texts(nlp, text, "treatment") == []


def test_a_ban_named_by_its_gerund_that_did_not_help_is_a_denied_treatment(nlp) -> None:  # noqa: ANN001
    from extract.pipeline import make_doc

    text = _page("Tension headache", "Banning screens in the evening did not help.")
    claims = [c for c in nlp(make_doc(nlp, text, "doc_gerund"))._.claims if c.type == "treatment"]
    assert [c.intervention.text for c in claims] == ["Banning screens in the evening"]
    assert claims[0].assertion.negated
