"""assess(): flags, cues, certainty and scope on sentences about various conditions."""

import pytest

from extract.assertion import AssertionRules, assess

from .conftest import span


def cue_texts(assertion, kind=None):
    return [c.text for c in assertion.cues if kind is None or c.kind == kind]


def test_does_not_negates_the_relation_it_is_written_in(judge):
    (a,) = judge("Surgery does not cause arachnoiditis.", "Surgery does not cause arachnoiditis")
    assert (a.negated, a.hedged, a.hypothetical, a.generic) == (True, False, False, False)
    assert a.certainty == "counterfact"
    (cue,) = a.cues
    assert (cue.kind, cue.text, cue.start, cue.end, cue.source, cue.category) == (
        "negated", "does not", 8, 16, "hedge", "NEGATION"
    )


def test_may_hedges_the_whole_clause(judge):
    text = "Scar tissue may give rise to chronic pain."
    relation, subject = judge(text, "Scar tissue may give rise to chronic pain", "Scar tissue")
    for a in (relation, subject):  # the modal hedges the proposition, its subject included
        assert a.hedged and not a.negated
        assert a.certainty == "possible"
        assert [(c.text, c.category, c.source) for c in a.cues] == [("may", "MODAL", "hedge")]


def test_upper_bound_hedges_the_figure_it_introduces(judge):
    text = "Up to 20 percent of patients have persistent pain after spine surgery."
    figure, relation = judge(text, "Up to 20 percent", "patients have persistent pain after spine surgery")
    assert figure.hedged and figure.certainty == "possible"
    assert [(c.text, c.category, c.start, c.end) for c in figure.cues] == [("Up to", "UPPER_BOUND", 0, 5)]
    assert relation.certainty == "fact" and not relation.cues  # not the rest of the sentence


@pytest.mark.parametrize("bound", ["as many as", "as high as", "up to"])
def test_upper_bounds_before_a_figure(judge, bound):
    text = f"Persistent pain affects {bound} 40% of patients."
    (a,) = judge(text, "40%")
    assert a.hedged and [c.category for c in a.cues] == ["UPPER_BOUND"]


def test_upper_bound_inside_a_relation_does_not_hedge_the_relation(judge):
    text = "Spinal cord stimulation relieves pain in up to 70% of patients."
    relation, figure = judge(text, "Spinal cord stimulation relieves pain in up to 70% of patients", "up to 70%")
    assert relation.certainty == "fact" and not relation.hedged
    assert figure.certainty == "possible" and cue_texts(figure) == ["up to"]


def test_no_evidence_that_negates(judge):
    text = "There is no evidence that vitamin D prevents migraine."
    (a,) = judge(text, "vitamin D prevents migraine")
    assert a.negated and a.certainty == "counterfact"
    assert cue_texts(a) == ["no evidence that"]  # the longer cue, not ConText's "no evidence" too


def test_if_clause_and_main_clause_are_hypothetical(judge):
    text = "If conservative care fails, surgery should be considered."
    main, condition = judge(text, "surgery should be considered", "conservative care fails")
    for a in (main, condition):
        assert a.hypothetical and not a.negated and not a.hedged
        assert a.certainty == "fact"  # hypothetical framing does not change the grade
        assert [(c.text, c.kind, c.category) for c in a.cues] == [("If", "hypothetical", "CONDITIONAL")]


def test_postposed_if_is_hypothetical(judge):
    (a,) = judge("Surgery is considered if conservative care fails.", "Surgery is considered")
    assert a.hypothetical and cue_texts(a) == ["if"]


def test_when_is_not_a_hypothetical_cue_and_closes_its_clause(judge):
    text = "When conservative care does not help, surgery is an option."
    main, condition = judge(text, "surgery is an option", "conservative care does not help")
    assert main.certainty == "fact" and not main.cues  # the negation stays in the when-clause
    assert condition.negated and not condition.hypothetical


def test_often_is_probable(judge):
    (a,) = judge("Back pain often returns after surgery.", "Back pain often returns after surgery")
    assert a.hedged and a.certainty == "probable"
    assert [(c.text, c.category) for c in a.cues] == [("often", "FREQUENCY")]


def test_may_not_is_doubtful(judge):
    text = "Epidural steroid injections may not relieve chronic pain."
    (a,) = judge(text, "Epidural steroid injections may not relieve chronic pain")
    assert a.negated and a.hedged and a.certainty == "doubtful"
    assert cue_texts(a, "hedged") == ["may"] and cue_texts(a, "negated") == ["not"]


def test_is_unlikely_to_is_negated_and_hedged(judge):
    (a,) = judge("Physiotherapy is unlikely to cure arachnoiditis.", "Physiotherapy is unlikely to cure arachnoiditis")
    assert a.negated and a.hedged and a.certainty == "doubtful"
    assert {c.category for c in a.cues} == {"UNLIKELY", "DOUBTFUL"}


@pytest.mark.parametrize(
    "sentence, target, certainty, category",
    [
        ("Nerve damage rarely follows carpal tunnel release.", "Nerve damage rarely follows carpal tunnel release", "doubtful", "RARE"),
        ("There is little evidence that magnets relieve knee pain.", "magnets relieve knee pain", "doubtful", "DOUBTFUL"),
        ("These findings suggest that acupuncture reduces migraine frequency.", "acupuncture reduces migraine frequency", "possible", "SPECULATION"),
        ("Arachnoiditis is thought to follow repeated spinal surgery.", "Arachnoiditis is thought to follow repeated spinal surgery", "possible", "SPECULATION"),
        ("Weight loss probably slows knee osteoarthritis.", "Weight loss probably slows knee osteoarthritis", "probable", "PROBABLE"),
        ("Symptoms usually improve within six weeks.", "Symptoms usually improve within six weeks", "probable", "FREQUENCY"),
        ("Headaches sometimes return after the injections.", "Headaches sometimes return after the injections", "possible", "OCCASIONAL"),
        ("Not all patients benefit from a second operation.", "patients benefit from a second operation", "possible", "OCCASIONAL"),
        ("Infection cannot be ruled out in such patients.", "Infection cannot be ruled out in such patients", "possible", "SPECULATION"),
    ],
)
def test_hedges_and_their_grades(judge, sentence, target, certainty, category):
    (a,) = judge(sentence, target)
    assert a.hedged and not a.negated
    assert a.certainty == certainty
    assert category in {c.category for c in a.cues}


def test_the_weakest_hedge_wins(judge):
    (a,) = judge("Scarring often may cause pain.", "Scarring often may cause pain")
    assert a.certainty == "possible" and {c.category for c in a.cues} == {"FREQUENCY", "MODAL"}


@pytest.mark.parametrize(
    "sentence, target, cue",
    [
        ("Knee braces did not reduce pain in the trial.", "Knee braces did not reduce pain", "did not"),
        ("Fusion failed to relieve leg pain.", "Fusion failed to relieve leg pain", "failed to"),
        ("Neither rest nor massage cured the sciatica.", "rest nor massage cured the sciatica", "Neither"),
        ("A second operation is never the first option.", "A second operation is never the first option", "never"),
        ("Physiotherapy cannot repair a torn tendon.", "Physiotherapy cannot repair a torn tendon", "cannot"),
        ("Splints doesn\u2019t cure carpal tunnel syndrome.", "Splints doesn\u2019t cure carpal tunnel syndrome", "doesn\u2019t"),
    ],
)
def test_negations_of_this_genre(judge, sentence, target, cue):
    (a,) = judge(sentence, target)
    assert a.negated and not a.hedged and a.certainty == "counterfact"
    assert cue in cue_texts(a, "negated")


def test_without_negates_only_the_noun_phrase_after_it(judge):
    text = "Patients without prior surgery had a success rate of 80%."
    figure, phrase = judge(text, "80%", "prior surgery")
    assert figure.certainty == "fact" and not figure.cues
    assert phrase.negated and [(c.text, c.category) for c in phrase.cues] == [("without", "NEGATION_NP")]
    (around,) = judge("Surgery without fusion relieves leg pain.", "Surgery without fusion relieves leg pain")
    assert not around.negated


def test_generic_statements(judge):
    text = "People with diabetes generally heal more slowly after surgery."
    (a,) = judge(text, "People with diabetes generally heal more slowly")
    assert a.generic and a.hedged and a.certainty == "probable"
    assert [(c.text, c.kind) for c in a.cues] == [("People with", "generic"), ("generally", "generic"), ("generally", "hedged")]
    (sample,) = judge("In our cohort, 12 of 52 people with diabetes healed slowly.", "12 of 52")
    assert not sample.generic


@pytest.mark.parametrize(
    "sentence, target",
    [
        ("No more than 5% of patients had an infection.", "No more than 5%"),
        ("Surgery not only relieves pain but also improves sleep.", "Surgery not only relieves pain"),
        ("Steroids are no doubt effective for swelling.", "Steroids are no doubt effective for swelling"),
        ("Smokers are more likely to develop back pain.", "Smokers are more likely to develop back pain"),
    ],
)
def test_pseudo_cues_set_nothing(judge, sentence, target):
    (a,) = judge(sentence, target)
    assert a.certainty == "fact" and not a.cues


# --- scope ----------------------------------------------------------------------------------


def test_a_cue_never_reaches_the_next_sentence(judge):
    text = "Surgery does not help. Physiotherapy may help. Exercise reduces pain."
    first, second, third = judge(text, "Surgery does not help", "Physiotherapy may help", "Exercise reduces pain")
    assert first.negated and not first.hedged
    assert second.hedged and not second.negated
    assert third.certainty == "fact" and not third.cues
    (fever,) = judge("The patient denies chest pain. Fever is present.", "Fever")  # ConText's scope too
    assert not fever.cues


def test_but_ends_the_scope_of_a_negation(judge):
    text = "Surgery does not cure arachnoiditis, but it reduces leg pain."
    negated, other = judge(text, "Surgery does not cure arachnoiditis", "it reduces leg pain")
    assert negated.negated and negated.certainty == "counterfact"
    assert not other.negated and other.certainty == "fact" and not other.cues


@pytest.mark.parametrize(
    "text, target",
    [
        ("Surgery does not cure arachnoiditis; 20% of patients improve with rest.", "20%"),
        ("Surgery does not cure arachnoiditis: 20% of patients improve with rest.", "20%"),
        ("Surgery is not always successful, and up to 40% of patients keep their pain.", "up to 40%"),
        ("Although surgery may help, pain persists in 20% of patients.", "20%"),
        ("Injections rarely help; however, physiotherapy reduces pain.", "physiotherapy reduces pain"),
    ],
)
def test_clause_boundaries_end_scopes(judge, text, target):
    (a,) = judge(text, target)
    assert not a.negated
    assert a.certainty in ("fact", "possible")  # "up to" still hedges its own figure
    assert all(c.category == "UPPER_BOUND" for c in a.cues)


def test_overlapping_targets_are_assessed_independently(judge):
    text = "Up to 20% of patients develop arachnoiditis, which does not respond to surgery."
    first = "Up to 20% of patients develop arachnoiditis"
    second = "arachnoiditis, which does not respond to surgery"
    a, b = judge(text, first, second)
    assert span(text, first)[1] > span(text, second)[0]  # they do overlap
    assert a.hedged and not a.negated and a.certainty == "possible" and cue_texts(a) == ["Up to"]
    assert b.negated and not b.hedged and b.certainty == "counterfact" and cue_texts(b) == ["does not"]
    # and in the other order, and repeated, with the same answers
    b2, a2, a3 = judge(text, second, first, first)
    assert (a2, a3, b2) == (a, a, b)


def test_contained_target_gets_its_own_cues(judge):
    text = "Steroid injections may not relieve pain in up to 30% of patients."
    relation, figure = judge(text, "Steroid injections may not relieve pain in up to 30% of patients", "up to 30%")
    assert relation.certainty == "doubtful" and {c.category for c in relation.cues} == {"MODAL", "NEGATION"}
    assert figure.certainty == "doubtful"  # after "not" and "may" in the same clause
    assert {c.category for c in figure.cues} == {"MODAL", "NEGATION", "UPPER_BOUND"}


# --- ConText ------------------------------------------------------------------------------


def test_context_cues_carry_their_category_and_offsets(judge):
    text = "The patient denies chest pain. The lesion is suspicious for malignancy."
    pain, lesion = judge(text, "chest pain", "malignancy")
    (cue,) = pain.cues
    assert (cue.source, cue.category, cue.kind, cue.text) == ("context", "NEGATED_EXISTENCE", "negated", "denies")
    assert text[cue.start : cue.end] == "denies"
    assert pain.certainty == "counterfact"
    (cue,) = lesion.cues
    assert (cue.source, cue.category, cue.kind, cue.text) == ("context", "POSSIBLE_EXISTENCE", "hedged", "suspicious for")
    assert lesion.certainty == "possible"


def test_context_hypothetical(judge):
    text = "Should the patient develop a fever, antibiotics are started."
    (a,) = judge(text, "antibiotics are started")
    assert a.hypothetical
    assert [(c.source, c.category, c.text) for c in a.cues] == [("context", "HYPOTHETICAL", "Should the patient")]


def test_context_is_what_finds_clinical_negation(judge, hedges_only):
    text = "The patient denies chest pain."
    (with_context,) = judge(text, "chest pain")
    (without,) = judge(text, "chest pain", rules=hedges_only)
    assert with_context.negated and not without.negated


@pytest.mark.parametrize(
    "text, target",
    [
        ("Symptoms resolved in 70% of patients.", "70%"),
        ("Sixty percent of patients were pain free at one year.", "Sixty percent"),
        ("Smoking raises the risk of failed back surgery syndrome.", "Smoking raises the risk of failed back surgery syndrome"),
        ("Antibiotic prophylaxis reduces wound infection.", "Antibiotic prophylaxis reduces wound infection"),
    ],
)
def test_context_rules_disabled_for_this_genre(judge, text, target):
    (a,) = judge(text, target)
    assert a.certainty == "fact" and not a.cues


# --- offsets, purity, errors ----------------------------------------------------------------

SENTENCES = [
    "Surgery cannot cure arachnoiditis, and it doesn't always relieve pain.",
    "It is unclear whether PRP helps; injections may not work in up to 40% of cases.",
    "If symptoms persist, patients without relief might be offered surgery.",
    "  • People with migraine usually respond to triptans.\n\nThe patient denies fever.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_cue_offsets_are_exact(sci_nlp, nlp, text):
    for pipeline in (nlp, sci_nlp):
        doc = pipeline(text)
        targets = [(s.start_char, s.end_char) for s in doc.sents] + [(t.idx, t.idx + len(t)) for t in doc if not t.is_space]
        assessed = assess(doc, targets)
        assert any(a.cues for a in assessed)
        for a in assessed:
            for c in a.cues:
                assert text[c.start : c.end] == c.text and c.text.strip() == c.text


def test_cannot_as_two_tokens_is_one_cue(sci_nlp):
    text = "Rest cannot repair a disc."
    doc = sci_nlp(text)
    assert [t.text for t in doc][1:3] == ["can", "not"]
    (a,) = assess(doc, [span(text, "Rest cannot repair a disc")])
    assert cue_texts(a) == ["cannot"] and a.certainty == "counterfact"


def test_assess_does_not_modify_the_doc(nlp):
    doc = nlp("Surgery does not cause arachnoiditis. The patient denies pain.")
    before = (dict(doc.user_data), list(doc.spans), [t.is_sent_start for t in doc])
    assess(doc, [(0, 36), (38, 61)])
    assert (dict(doc.user_data), list(doc.spans), [t.is_sent_start for t in doc]) == before


def test_no_targets_no_assertions(nlp):
    assert assess(nlp("Surgery may help."), []) == []


@pytest.mark.parametrize("target", [(5, 5), (-1, 3), (0, 999), (7, 3)])
def test_bad_targets_are_errors(nlp, target):
    with pytest.raises(ValueError, match="target"):
        assess(nlp("Surgery may help."), [target])


def test_doc_without_sentences_is_an_error():
    import spacy

    doc = spacy.blank("en")("Surgery may help.")
    with pytest.raises(ValueError, match="sentence"):
        assess(doc, [(0, 7)])


def test_hedge_rules_alone(judge, hedges_only):
    (a,) = judge("Scar tissue may give rise to chronic pain.", "Scar tissue may give rise to chronic pain", rules=hedges_only)
    assert a.certainty == "possible" and cue_texts(a) == ["may"]
    assert AssertionRules(use_context=False).context is None


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("Call your doctor if you have a headache that does not go away.", "a headache that does not go away"),
        ("Warning signs include a cough that won't settle.", "a cough"),
        ("She described a feeling that her lungs had not filled properly.", "a feeling that her lungs had not filled properly"),
    ],
)
def test_a_negation_inside_a_relative_clause_describes_the_finding_and_does_not_deny_it(judge, text, finding):
    (a,) = judge(text, finding)
    assert not a.negated and a.certainty != "counterfact"


def test_a_negation_in_a_clause_set_off_by_a_comma_is_the_claims_own(judge):
    text = "We advise against cough syrups, which do not shorten the illness."
    (a,) = judge(text, "cough syrups, which do not shorten the illness")
    assert a.negated


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("For acne that does not respond to creams, a dermatologist may prescribe isotretinoin.", "isotretinoin"),
        ("In adults who have not improved after six weeks of physiotherapy, offer a steroid injection.", "a steroid injection"),
        ("For a cold sore that hasn't healed in ten days, see your GP.", "see your GP"),
    ],
)
def test_a_relative_clause_ends_at_its_comma_and_its_negation_stays_in_it(judge, text, target):
    """Session 30: the main clause after the comma is not denied by the relative clause before it
    (sentences written for this test)."""
    (a,) = judge(text, target)
    assert not a.negated and a.certainty != "counterfact"


def test_a_main_clause_negation_after_a_relative_clause_and_its_comma_still_denies(judge):
    text = "For acne that does not respond to creams, antibiotics do not help."
    (a,) = judge(text, "antibiotics do not help")
    assert a.negated


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("About 1 in 5 women with thrush do not respond to fluconazole.", "fluconazole"),
        ("In the trial, 25% of children given montelukast had no improvement in wheeze.", "montelukast"),
        ("Roughly a third of people with gout do not tolerate allopurinol at first.", "allopurinol"),
    ],
)
def test_a_negation_said_of_a_proportion_of_a_group_denies_nothing_of_the_whole(judge, text, target):
    """Session 30: what a part of a group does not do ('1 in 5 ... do not respond to X') is a
    figure about that part; X is not denied (sentences written for this test)."""
    (a,) = judge(text, target)
    assert not a.negated


def test_a_negation_of_the_whole_group_still_denies(judge):
    (a,) = judge("People with thrush do not need fluconazole tablets.", "fluconazole tablets")
    assert a.negated
    (b,) = judge("Fluconazole does not cure 1 in 5 cases of thrush.", "Fluconazole does not cure 1 in 5 cases of thrush")
    assert b.negated  # the proportion comes after the negation: the claim's own


def test_a_negation_after_the_relative_clause_still_denies_the_claim(judge):
    text = "A rash that itches does not mean the infection has spread."
    (a,) = judge(text, "A rash that itches does not mean the infection has spread")
    assert a.negated


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("If two courses of antibiotics have not cleared the infection, your surgeon may suggest a sinus washout.",
         "two courses of antibiotics have not cleared the infection, your surgeon may suggest a sinus washout"),
        ("If the rash doesn't improve within a week, see your pharmacist again.", "the rash doesn't improve within a week, see your pharmacist"),
    ],
)
def test_a_negation_in_a_fronted_condition_does_not_deny_the_main_clause(judge, text, target):
    """A recommendation's target runs from its situation to its action; the negation of the
    "If ..." clause belongs to the situation."""
    (a,) = judge(text, target)
    assert not a.negated and a.hypothetical


def test_a_negation_of_the_main_clause_after_a_condition_still_denies(judge):
    text = "If you have a cold, antibiotics do not help."
    (a,) = judge(text, "antibiotics do not help")
    assert a.negated


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Stress and lack of sleep can trigger an attack.", "lack of sleep"),
        ("Most sprains heal without surgery.", "without surgery"),
        ("Low fibre intake and lack of exercise raise the risk of constipation.", "lack of exercise"),
    ],
)
def test_a_phrase_opened_by_its_own_negation_names_a_thing_and_is_not_denied(judge, text, target):
    (a,) = judge(text, target)
    assert not a.negated


def test_a_noun_phrase_negation_before_a_claim_still_denies_it(judge):
    (a,) = judge("She was discharged without antibiotics being prescribed.", "antibiotics being prescribed")
    assert a.negated


@pytest.mark.parametrize(
    "text,target",
    [
        ("Myth: cracking your knuckles causes arthritis.", "cracking your knuckles causes arthritis"),
        ('Myth #2: "Psoriasis is caused by poor hygiene."', "Psoriasis is caused by poor hygiene"),
        ("Common misconception: sugar makes children hyperactive.", "sugar makes children hyperactive"),
    ],
)
def test_a_myth_label_denies_its_whole_sentence_past_its_colon(judge, text, target):
    (a,) = judge(text, target)
    assert a.negated and a.certainty == "counterfact"
    assert [c.category for c in a.cues if c.kind == "negated"] == ["MYTH"]


@pytest.mark.parametrize(
    "text,target",
    [
        ("Myths and facts: smoking causes lung cancer.", "smoking causes lung cancer"),  # a heading's words, no label
        ("The myth that vaccines cause autism has been disproved.", "vaccines cause autism"),  # the sentence's own verb decides
        ("Fact: smoking causes lung cancer.", "smoking causes lung cancer"),
    ],
)
def test_no_myth_label_no_denial(judge, text, target):
    (a,) = judge(text, target)
    assert not any(c.category == "MYTH" for c in a.cues)
