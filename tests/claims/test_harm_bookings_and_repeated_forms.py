"""Interventions a sentence names without claiming that they treat, and one it names (session 34, gen56, from dev54's to
dev58's first sight):

* the subject of a harmful "make" ("Beta blockers can make you feel tired", "A and B, which widen the pupil, may make
  glaucoma worse"): a side effect is no treatment claim and what makes a condition worse is its cause (CLAIMS_SPEC.md),
  while "can make shingles less painful" stays a treatment;
* the booking of care a provider offers ("We offer same-week appointments with our hand therapists"): no intervention;
* a form advised against with what it contains ("Gels containing a local anaesthetic such as lidocaine are not
  recommended"), as one advised against with its place is;
* the intervention named again after a gerund of use ("in 70% of people using sprays"): one intervention, one claim.
* a share of people opening a result ("70% of the injection group improved"): the people, no intervention;
* and a cast, an intervention head as a splint is ("a plaster cast for four weeks gave better healing").

Every sentence here is written for this test, about conditions outside the development corpora.
"""

from tests.claims.conftest import treatment_texts


def test_the_subject_of_a_harmful_make_is_no_treatment(plain) -> None:  # noqa: ANN001
    found = treatment_texts(plain, "Beta blockers can make you feel tired, especially in the first few weeks.")
    assert "Beta blockers" not in found, found


def test_a_harmful_make_past_a_joined_item_and_a_relative_clause(plain) -> None:  # noqa: ANN001
    found = treatment_texts(plain, "Antihistamines and some bladder medicines, which widen the pupil, may make angle-closure glaucoma worse.")
    assert not {"Antihistamines", "bladder medicines"} & set(found), found


def test_a_make_that_eases_stays_a_treatment(plain) -> None:  # noqa: ANN001
    found = treatment_texts(plain, "Antiviral tablets such as famciclovir can make shingles less painful.")
    assert "famciclovir" in found, found


def test_the_booking_a_provider_offers_is_no_treatment(nlp) -> None:  # noqa: ANN001
    text = ("Trigger Finger Care | Northgate Hand Clinic\n\nTreatment options at Northgate\n\n"
            "Treatment options include splinting and steroid injections. We offer same-week appointments with our hand "
            "therapists, who will assess the tendon and build a splinting plan for you.")
    found = treatment_texts(nlp, text)
    assert "same-week appointments" not in found, found
    assert "splinting" in found and "steroid injections" in found, found


def test_a_form_advised_against_with_what_it_contains_is_no_treatment(plain) -> None:  # noqa: ANN001
    found = treatment_texts(plain, "Gels containing a local anaesthetic such as lidocaine are not recommended for teething, as they can numb the throat.")
    assert "Gels" not in found, found


def test_an_intervention_named_again_after_a_gerund_of_use_is_one_claim(plain) -> None:  # noqa: ANN001
    found = treatment_texts(plain, "Nasal steroid sprays work well for hay fever: symptoms settled in 70% of people using sprays, against 40% with placebo.")
    assert found == ["Nasal steroid sprays"], found


def test_a_share_of_people_opening_a_result_is_no_treatment(plain) -> None:  # noqa: ANN001
    """'70% of the injection group improved': the people of a result; the arms' interventions are named before."""
    found = treatment_texts(plain, "In a trial in tennis elbow, steroid injections eased pain faster than physiotherapy: 70% of the "
                                   "injection group improved at six weeks, against 50% of the physiotherapy group.")
    assert not [t for t in found if t[:1].isdigit()], found
    assert "steroid injections" in found and "physiotherapy" in found, found


def test_a_cast_is_an_intervention_head(plain) -> None:  # noqa: ANN001
    found = treatment_texts(plain, "In children with a broken wrist, a plaster cast for four weeks gave better healing than a soft bandage.")
    assert "plaster cast" in found, found
