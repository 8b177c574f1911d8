"""Loading and validating the cue lists of qualitative claims (``data/relations.json``).

The file is data a user can read and edit; a malformed one fails on load naming the field.
Phrases are compiled once into word-boundary regular expressions (longest phrase first, so
"is the most common cause of" wins over "cause of").
"""

from __future__ import annotations

from functools import cached_property, lru_cache
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from extract import regexcache as re  # re, with compiled patterns cached on disk
from extract.claims.prefilter import prefiltered
from extract.datafiles import load_data_file
from extract.linking.stems import stem_concept
from extract.figures.cues import CueFileError

ClaimKind = Literal["cause", "risk_factor", "symptom", "treatment"]
CauseRelation = Literal["causes", "risk_factor", "associated_with"]


class RecommendationCue(BaseModel):
    """A phrase that makes a sentence a recommendation, with its strength and direction."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    phrase: str = Field(min_length=1)
    strength: Literal["must", "should", "may"]
    against: bool
    sentence_initial: bool = Field(
        default=False, description="Only a recommendation at the start of a sentence (imperatives: 'Avoid ...')."
    )
    imperative: bool = Field(
        default=False, description="The phrase is the verb of the advice itself ('Stay active', 'Take pain relievers'): the action starts with it."
    )
    predicate: bool = Field(
        default=False,
        description="A predicate noun ('the best option', 'the treatment of choice', 'a last resort'): it counts after a copula "
        "('is', 'should be', 'remains') and the action is the subject before that copula.",
    )
    action_side: Literal["auto", "left", "right"] = Field(
        default="auto",
        description="Where the action is: 'left' the subject before the cue ('X is ideal'), 'right' the phrase after it "
        "('you may be offered X'); 'auto' decides by the cue's form.",
    )
    agent: bool = Field(
        default=False,
        description="Only a recommendation when who gives care (or 'you') is its subject: 'your surgeon may suggest X', "
        "not 'the results suggest X'.",
    )
    needs_first: bool = Field(
        default=False, description="Only a recommendation when 'first' follows the action ('our doctors try physical therapy first')."
    )
    gerund_subject: bool = Field(
        default=False,
        description="A predicate that judges a course of action ('is a mistake', 'is dangerous'): only a recommendation when "
        "its subject is a gerund phrase ('Skipping doses is dangerous', not 'Untreated diabetes is dangerous').",
    )


class RelationCues(BaseModel):
    """Every cue list the claim finder uses."""

    model_config = ConfigDict(extra="forbid", frozen=True, ignored_types=(cached_property,))

    version: str
    description: str = ""
    list_heads: dict[ClaimKind, list[str]]
    list_verbs: list[str]
    section_cues: dict[ClaimKind, list[str]] = Field(
        description="Words of a heading or a question line that announce what the section's bullets are, beyond the "
        "list heads ('What causes gallstones?', 'Who gets it?', 'What does an asthma attack feel like?')."
    )
    question_words: list[str] = Field(
        description="First words of the questions whose list heads type a section ('What are the symptoms?'); a yes/no "
        "question ('Can asthma cause a cough?') is typed by its section cues only."
    )
    list_leads: dict[ClaimKind, list[str]] = Field(
        description="Words of a lead-in ending in a colon that say what the bullets after it are ('You may also have:', "
        "'Things that raise your risk are:', 'Your doctor may recommend:'); '{M}' stands for an optional run of modals "
        "and adverbs ('may also')."
    )
    care_verbs: list[str] = Field(description="Verbs of seeking care in a warning lead-in ('see', 'call', 'go to').")
    care_places: list[str] = Field(
        description="Who or where care is sought in a warning lead-in ('a doctor', '111', 'the emergency department'): "
        "'Call us if you:' is marketing, 'See your GP if you:' announces warning signs."
    )
    warning_item_verbs: list[str] = Field(
        description="Verbs of having a finding that start a warning item ('you have a fever', 'wake up with a headache'): "
        "what follows them are the findings."
    )
    warning_hearsay: list[str] = Field(
        description="Openings of a warning item reported by others ('have been told you stop breathing'): the rest is the finding."
    )
    finding_places: list[str] = Field(
        description="Findings that take states as a body part does ('the sores become crusted', 'the glands are "
        "swollen and tender'): each state is a finding of its own."
    )
    place_verbs: list[str] = Field(
        description="Verbs of going or staying that, with a particle of place_particles, make one action of a list of "
        "places ('Stay off school, nursery or work', 'go back to school or work')."
    )
    place_particles: list[str] = Field(description="The particles of place_verbs ('off', 'back', 'home', 'to' ...).")
    offer_not_heads: list[str] = Field(
        description="Last words of a recommended subject that is no intervention offered by name: a principle of care "
        "('an anabolic-first approach should be considered'), a deficiency to look for, a comparison ('more than')."
    )
    offer_not_items: list[str] = Field(
        description="Words of a recommended subject that make it a test, a referral or information rather than an "
        "intervention offered ('may be offered a scan', 'should be offered advice and support')."
    )
    case_seers: list[str] = Field(
        description="Who meets a condition's causes in practice ('we', 'doctors', 'specialists'): 'the most common "
        "triggers we see' ends the predicate noun with a relative clause of who sees them, it modifies nothing."
    )
    case_meeting_verbs: list[str] = Field(
        description="What those people do with the causes in that clause ('see', 'find', 'come across')."
    )
    supply_adjectives: list[str] = Field(
        description="Adjectives that make 'a source of' a supply, not an origin ('a good source of vitamin D', 'a rich "
        "source of fibre'): no cause."
    )
    kin_nouns: list[str] = Field(
        description="Relatives ('parent', 'brother', 'sister'): a run of them sharing a condition ('a parent, brother or "
        "sister with epilepsy') names one risk, a family history, not a risk per relative."
    )
    warning_risk_states: list[str] = Field(
        description="States of the reader that put them at risk, named in a warning item ('you have a weakened immune system', "
        "'you are pregnant'): who should seek care sooner, no sign of the condition."
    )
    navigation_leads: list[str] = Field(
        description="Headings and lead-ins of lists of page links ('Related pages:', 'See also'): their bullets claim nothing."
    )
    worse_with_courses: list[str] = Field(
        description="What a condition is 'worse with' that tells how it goes, not what sets it off ('worse with age', "
        "'worse with rest', 'worse with time'): no cause; what else it is worse with ('worse with stress') is a cause."
    )
    dosage_form_words: list[str] = Field(
        description="Forms a medicine comes in ('drops', 'spray', 'lotions', 'tablets'): a bare form coordinated right after "
        "another form ('a steroid nasal spray or drops', 'lotions and sprays') is the same intervention, no claim of its own."
    )
    quantity_determiners: list[str] = Field(
        description="Words that count or pick one of a bare medicine form or class word ('one tablet a day', 'a single "
        "capsule', 'either drug', 'any remedy'): a dose, or the ones named before, no intervention of its own."
    )
    advice_verbs: list[str] = Field(
        description="Imperative verbs that, opening a bullet as a recommendation cue, make it self-care advice and no "
        "treatment item, though the lexicon knows them as nouns too ('keep fingernails short', 'use a fine comb'); "
        "none names an intervention as a noun, unlike 'ice' or 'rest' ('Ice packs', 'Rest and ice' are items)."
    )
    form_modifiers: list[str] = Field(
        description="Modifiers that tell only how a medicine is made or sold ('chewable', 'branded'): with a quantity "
        "word before a bare form ('a single chewable tablet'), still no intervention named."
    )
    report_lead_verbs: list[str] = Field(
        description="Verbs by which people tell what they feel, ending a lead-in whose subject is a plural noun of people "
        "('Students describe:', 'Runners often notice:', 'People with shin splints report:'): the bullets after it are symptoms."
    )
    attribution_verbs: list[str] = Field(
        default_factory=list,
        description="Verbs of a closing attribution ('..., doctors say.', '..., patients report, although ...', '..., "
        "Dr Shah explains.'): the attribution is no item of the sentence's lists and no argument.",
    )
    vague_determiners: list[str] = Field(
        description="Determiners that leave a class unnamed: 'certain medicines, such as diuretics' lists the diuretics, "
        "not 'medicines'."
    )
    item_lead_verbs: list[str] = Field(
        description="Gerunds of taking or having before what a bullet item names ('taking sleeping pills', 'having diabetes'): "
        "the item is their object."
    )
    lifestyle_gerunds: list[str] = Field(
        default_factory=list,
        description="Gerunds opening a change of habit that is a treatment when it is the subject of an effect verb "
        "('losing weight can ease ...', 'quitting may reduce flares', '• Raising the head of the bed').",
    )
    state_gerunds: list[str] = Field(
        default_factory=list,
        description="Gerunds naming a state in a symptom bullet that may pair with another ('feeling sick or being sick', "
        "'feeling tired and being short of breath'): each of the two is a finding.",
    )
    state_gerund_tails: list[str] = Field(
        default_factory=list,
        description="Words that may follow the one word after a state gerund within the state ('being short of breath').",
    )
    risk_item_lead_verbs: list[str] = Field(
        description="Verbs of being and having a bullet under a cause or risk lead-in opens with ('You are more likely to "
        "get it if you:' then 'are overweight', 'have high blood pressure', 'had diabetes in pregnancy'): the item is what follows."
    )
    modals: list[str]
    cause_forward: dict[CauseRelation, list[str]]
    cause_backward: dict[Literal["causes"], list[str]]
    risk_backward: list[str] = Field(description="'Y is more common in X': X is a risk factor for Y.")
    symptom_forward: list[str]
    symptom_experiencers: list[str]
    symptom_verbs: list[str]
    condition_causes_symptom: list[str]
    treatment_forward: list[str]
    treatment_backward: list[str]
    treatment_offer: list[str]
    effect_verbs: list[str]
    anaphoric_effect_verbs: list[str] = Field(
        description="Verbs, beyond the treatment and effect verbs, whose pronoun subject after a sentence that named an "
        "intervention is that intervention, with an effect on the condition ('They halve the risk of ...', 'This "
        "softens the oil ...', 'It shortens the illness')."
    )
    denial_partial_words: list[str] = Field(
        description="Words right after a negation that keep a claim's argument asserted (extract.claims.grammar."
        "through_denial): a partial or comparative denial ('do not always work', 'is not as effective as', 'are not "
        "covered', 'not part of')."
    )
    denial_persisting_verbs: list[str] = Field(
        description="Verbs of a finding's ending: denied right after a symptom ('the pain won't go away', 'does not "
        "settle'), they say it persists, and the symptom stays asserted (extract.claims.grammar.through_denial)."
    )
    denial_contrast_words: list[str] = Field(
        description="Words after a denied predicate that take the denial back or make it partial ('won't fix everything, "
        "but they can improve ...', 'is not a disease in itself but a symptom')."
    )
    complement_heads: list[str] = Field(
        description="Nouns whose complement is what a cause or risk bullet names, a coordination inside it shared: 'a "
        "history of drug or alcohol misuse', 'a diet high in salt or animal protein', 'a family history of X or Y' are "
        "one item each (extract.claims.lists)."
    )
    harm_reason_nouns: list[str] = Field(
        description="Nouns of a possible harm after 'because of' / 'due to' ('because of the risk of bradycardia', 'due "
        "to the danger of dependence'): the reason advice gives, a harm to avoid, no cause of the condition "
        "(extract.claims.causes)."
    )
    treatment_specific_words: list[str] = Field(
        description="A treatment verb phrase with one of these words names a treatment relation by itself "
        "('is used to treat'); others ('helps', 'reduces') need a known intervention as subject."
    )
    recommendation_cues: list[RecommendationCue]
    passive_recommendation_verbs: list[str]
    instead_of: list[str]
    non_recommendation_verbs: list[str]
    reassurance_verbs: list[str] = Field(
        description="Verbs of feeling or judging after 'don't' or 'never' ('Don't panic', 'Don't settle for feeling tired', "
        "'Don't underestimate the emotional side'): a reassurance or an encouragement, no advice of care, though negated."
    )
    call_to_action_words: list[str]
    improvement_verbs: list[str] = Field(
        default_factory=list,
        description="Verbs of getting better before 'with' and what helps ('Symptoms usually improve with rest and ice', "
        "'Gingivitis is reversible with good home care'): each thing after 'with' is a treatment claim.",
    )
    no_intervention_with: list[str] = Field(
        default_factory=list,
        description="What 'improves with' names that is no intervention: time, age, a generic treatment ('improves with time', "
        "'gets better with treatment').",
    )
    housekeeping_phrases: list[str] = Field(
        default_factory=list,
        description="Words of a medicine's storage, disposal or the errands of a visit ('Keep this medicine out of the sight and "
        "reach of children', 'Do not store above 25C', 'Please bring all your inhalers with you'): an action with one is no "
        "advice of care.",
    )
    coordinated_action_verbs: list[str] = Field(
        description="Verbs that start a further action in a coordination ('drive after 10 days and return to work', "
        "'Keep a diary, give each treatment a fair trial'); the imperative cues' verbs count too."
    )
    care_nouns: list[str] = Field(
        description="Heads of what care needs ('X requires a multidisciplinary approach', 'needs careful assessment'); "
        "'X needs a definition' is no advice."
    )
    non_recommendation_subjects: list[str] = Field(
        description="Subjects of 'is needed' that call for research, not care ('further studies are needed')."
    )
    imperative_objects: list[str] = Field(
        description="Words that open the object of an imperative ('Rest the joint', 'Cut your mileage', 'Ice it'): a first "
        "word that can be a noun or a verb ('rest', 'load') starts advice only before one of these."
    )
    recipient_passive_verbs: list[str] = Field(
        description="Passive verbs whose subject is who receives the care ('older adults should be offered X', 'should be "
        "prioritised for X'): X is the recommendation, the subject its population."
    )
    information_requests: list[str] = Field(
        description="An imperative in a sentence with one of these ('ask your team if you have any questions', 'if "
        "anything is unclear', 'for more information') is a leaflet's sign-off, not advice."
    )
    care_contacts: list[str] = Field(
        description="Whom a patient is told to call or contact ('contact your GP', 'call the sleep service', 'call 111'): "
        "advice, not a call to the site's own office."
    )
    advisor_words: list[str] = Field(
        description="Who gives advice besides who gives care ('experts advise ...', 'health officials are urging ...', "
        "'the panel recommends ...'): the subject that makes 'advise', 'urge' or 'recommend' a recommendation."
    )
    person_nouns: list[str] = Field(
        description="Nouns that name people a recommendation is for, besides the symptom experiencers ('parents', "
        "'carers', 'smokers', 'older adults'): 'advise parents to ...' tells parents."
    )
    recommendation_labels: list[str] = Field(
        description="Words of a guideline's grading label ('Grade A recommendation:', 'Strong recommendation:', 'Level of "
        "evidence:'): the label is no advice itself; the advice follows it."
    )
    weak_recommendation_labels: list[str] = Field(
        description="Label words that grade the advice after them as conditional ('Weak recommendation:', 'Conditional "
        "recommendation:'): its strength is 'may'."
    )
    advice_frames: list[str] = Field(
        description="Heads of a noun phrase that names advice, its action after 'is (to)': 'The best thing you can do is "
        "(to) stay active', 'Your best bet is to see a dermatologist', 'My advice would be to get it checked'."
    )
    avoid_list_leads: list[str] = Field(
        description="Ends of a heading or lead-in line whose bulleted items are things to avoid ('Foods to avoid', "
        "'Things to avoid', 'Try to avoid:', \"Don'ts\"): each item is a recommendation against it."
    )
    advice_list_leads: list[str] = Field(
        description="Ends of a lead-in line whose bullets are advice ('you should:', 'try to:', 'While you wait:', 'Do'): "
        "a bullet opening with a lower-case verb is an imperative there ('• sieve your urine')."
    )
    evidence_gaps: list[str] = Field(
        description="Words right before a recommending cue that withhold the advice ('there is insufficient evidence to "
        "recommend X', 'not enough evidence to advise for or against'): no recommendation."
    )
    course_of_care_verbs: list[str] = Field(
        description="Verbs after 'should' that time a course of care whose subject is the care itself ('Treatment with "
        "antivirals should begin within 72 hours'): the subject is the recommended action."
    )
    recovery_expectations: list[str] = Field(
        default_factory=list,
        description="What 'should' expects of people, not advises them to do ('You should feel better within a few days', "
        "'They should be able to go home the next day'): no recommendation, whoever the subject."
    )
    expectation_verbs: list[str] = Field(
        description="Verbs after 'should' that tell what is expected to happen, not what to do ('the rash should clear up', "
        "'the tablets should lower your blood pressure'), when the subject is no person."
    )
    denied_expectation_verbs: list[str] = Field(
        default_factory=list,
        description="Verbs after 'should not' that tell what a thing is expected not to do, not what to avoid ('it should not "
        "affect your sight', 'the swelling should not last more than a week'), when the subject is no person.",
    )
    recommendation_adverbs: list[str] = Field(
        description="Adverbs that may stand inside a recommendation cue ('should only be considered', 'is not usually "
        "recommended') without changing it."
    )
    left_boundaries: list[str]
    right_boundaries: list[str]
    leading_words: list[str]
    trailing_words: list[str]
    dose_units: list[str] = Field(description="Units of a dose after a drug ('naproxen 500 mg twice daily'): no part of its name.")
    duration_units: list[str] = Field(
        description="Units of a duration after a preposition ('Ice the heel for 10 to 15 minutes'): no part of an argument."
    )
    measure_words: list[str] = Field(description="Words that may join numbers and units in a trailing dose or duration ('6 to 8', 'twice daily').")
    measure_leads: list[str] = Field(description="Prepositions that open a trailing duration ('for six weeks', 'over 3 months').")
    number_words: list[str] = Field(description="Numbers written as words in a trailing dose or duration ('for six weeks').")
    clause_words: list[str]
    negative_item_starts: list[str]
    pronouns: list[str]
    mention_blockers: list[str] = Field(
        description="Words right before an intervention that make it a time anchor, not a treatment claim ('pain after surgery')."
    )
    modifier_stopwords: list[str] = Field(description="Words that never modify an intervention's head ('getting', 'million').")
    time_anchor_outcomes: list[str] = Field(
        description="Words of a treatment's outcome: with one in the sentence, 'after X' reports how X worked ('satisfied a year "
        "after their knee replacement', 'relief after ablation'), not a time anchor."
    )
    time_anchor_recurrences: list[str] = Field(
        description="Words and phrases of a treated condition's course after a treatment (recurrence, healing): with one in "
        "the clause before 'after X' ('the cyst comes back in about half of people after aspiration', 'recurrence had "
        "occurred in 32% after collagenase'), or after a fronted 'After X,' ('After drilling, most lesions heal'), 'after X' "
        "reports how X worked, not a time anchor."
    )
    arm_non_interventions: list[str] = Field(
        description="Words before 'group' or 'arm' that name no intervention ('the control group', 'the age group', 'the "
        "same group', 'pain in the left arm'); any other word there names a trial arm by its intervention ('in the collagenase group')."
    )
    metadata_labels: list[str] = Field(
        description="Labels of metadata lines ('Keywords:', 'Sources:'): the interventions such a line names are no treatment claims."
    )
    method_predicates: list[str] = Field(
        description="Verbs of a study's method ('was identified by', 'was estimated as'): the interventions of such a sentence are no claims."
    )
    scarce_evidence_predicates: list[str] = Field(
        description="Predicates saying the evidence is scarce ('remain limited', 'is sparse'): the interventions that the "
        "evidence, data or trials before it are of ('Real-world data on X remain limited') are no claims."
    )
    misuse_words: list[str] = Field(description="Words before an intervention that make it a cause ('overuse of pain medication').")
    harm_verbs: list[str] = Field(
        description="Verbs after an intervention that make it the agent of harm, not a treatment ('can harm an unborn baby', 'can affect your liver')."
    )
    worsening_make_complements: list[str] = Field(
        description="What 'make' makes of its object after an intervention that make it the agent of harm, not a treatment "
        "('Labetalol can make you feel tired', 'X and Y, which relax the sphincter, may make reflux worse', 'some "
        "antidepressants can make it harder to ...'); CLAIMS_SPEC.md: what makes a condition worse is its cause, and a side "
        "effect is no treatment claim."
    )
    facility_words: list[str] = Field(
        description="Nouns of a place or facility of care after an intervention word that names what it is for, not a "
        "treatment ('a physiotherapy gym and hydrotherapy pool', 'our laser suite'): the place, as a service is."
    )
    booking_heads: list[str] = Field(
        description="Last words of a treatment subject that name the booking of care, not an intervention ('We offer "
        "same-day appointments with our physiotherapists', 'free consultations')."
    )
    consequence_nouns: list[str] = Field(
        description="Nouns after an intervention that make it the origin of a problem ('back surgery symptoms', 'stent complications')."
    )
    side_effect_nouns: list[str] = Field(
        description="Nouns of a treatment's unwanted effects ('side effects', 'adverse events'): what a medicine can cause, and the "
        "findings listed after them ('side effects including drowsiness'), are no causes or symptoms of the condition (CLAIMS_SPEC.md)."
    )
    harm_cause_verbs: list[str] = Field(
        default_factory=list,
        description="Verbs by which a treatment causes a finding ('Terbinafine cream can cause redness'): a treatment's harm, "
        "no cause of the condition (CLAIMS_SPEC.md), unless the effect is a condition, the page's, or its worsening.",
    )
    organization_words: list[str] = Field(
        description="Nouns after an intervention word that make it a specialty or service ('our vaccination service'), and before 'of' "
        "an organisation ('Academy of Sleep Medicine'); who gives care (agent_words) counts too."
    )
    logistics_predicates: list[str] = Field(
        description="Predicates of where, how or who pays ('is done under local anaesthetic', 'is not covered by insurance'): no treatment claim."
    )
    against_predicates: list[str] = Field(
        description="Predicates that advise against an intervention or keep it for later ('is not usually recommended', "
        "'should only be considered after ...'): a recommendation, not a treatment claim."
    )
    comparison_cues: list[str] = Field(description="Words before a device named for comparison ('similar to a heart pacemaker').")
    history_modifiers: list[str] = Field(
        description="Modifiers that put an intervention in the patient's past ('a previous knee arthroscopy', 'prior laminectomies'): "
        "history, not a treatment claim."
    )
    treatment_ranks: list[str] = Field(
        description="Modifiers of a generic treatment that names the condition's treatment ('The first-line treatment for Y is X', "
        "'The usual therapy for Y is X'): the phrase after the copula is the treatment claim."
    )
    trial_outcome_nouns: list[str] = Field(
        description="Outcome nouns of a trial's comparison ('a higher responder rate than HA', 'more relief than injections'): the "
        "comparator after 'than' was given too and stays a treatment claim."
    )
    efficacy_comparatives: list[str] = Field(
        description="Comparatives of how well a treatment works before 'than' ('works better than X', 'was less effective than X', "
        "'healed ulcers less well than X', 'reduced fractures more than X'): the comparator was measured too, a treatment claim "
        "(CLAIMS_SPEC.md, session 13), unlike a comparator of another property ('less invasive than surgery')."
    )
    repeat_modifiers: list[str] = Field(
        description="Modifiers of a repeat operation ('revision surgery', 'a further operation'): when the text says it was needed, "
        "required or undergone, a complication of the first, not a treatment claim."
    )
    complication_predicates: list[str] = Field(
        description="Predicates of a device's or implant's complication ('the stimulator has to be removed', 'becomes infected'): "
        "no treatment claim."
    )
    anaphoric_list_subjects: list[str] = Field(
        description="Pronouns a list lead-in may have for its subject ('Common ones are:', 'These may include:', 'When symptoms "
        "occur, they can include:'): the list is of the kind the nearest list head before names (in the lead-in, the "
        "sentence before, else the heading)."
    )
    purpose_nouns: list[str] = Field(
        description="Nouns of a goal ('The goal of asthma therapy is ...'): a generic therapy named as what has a goal is a definition, "
        "not a treatment claim."
    )
    form_predicates: list[str] = Field(
        description="Predicates that give the form of an intervention just named ('X is given as a monthly injection'): the form is "
        "no second treatment."
    )
    control_modifiers: list[str] = Field(
        description="Modifiers of a trial's control arm or of a test ('placebo injections', 'sham surgery', 'diagnostic injections'): no treatment."
    )
    comparator_modifiers: list[str] = Field(
        description="First modifiers of a generic head that name a trial's comparator care ('compared with usual care', '13% with "
        "standard therapy', 'versus conventional medical management'): after a comparison or an arm's preposition, a treatment "
        "claim (CLAIMS_SPEC.md: the comparator of a trial is one)."
    )
    description_verbs: list[str] = Field(
        description="Verbs right after an intervention that describe what it is or how it is given ('PRP uses a sample of your blood', "
        "'X is injected into the space'): with no effect in the sentence (effect_words), a description, not a treatment claim."
    )
    effect_words: list[str] = Field(
        description="Words of what a treatment does to the condition ('pain', 'healing', 'symptoms'); with the effect and outcome "
        "verbs they make a description a claim ('uses heat to quiet the nerves that carry pain signals')."
    )
    verb_like_heads: list[str] = Field(
        description="Intervention heads that are also verbs ('block'): a verb when an object or a relative pronoun shows it ('a stone blocks the flow')."
    )
    verb_like_head_phrases: list[str] = Field(
        default_factory=list,
        description="Everyday phrases that end in a verb-like head and name no intervention ('a building block', 'in small blocks').",
    )
    condition_words: list[str] = Field(description="Heads of condition names ('failed back surgery syndrome' is no surgery).")
    non_specific_modifiers: list[str] = Field(
        description="Modifiers that leave a generic head generic ('effective treatment', 'individualized approach' "
        "name no intervention; 'conservative care', 'physical therapy' do)."
    )
    statistic_labels: list[str] = Field(
        description="Labels of an effect measure or a test statistic that open a bracket of figures ('(OR 1.9)', '(95% CI "
        "1.8-2.5)', '(p = 0.03)'): the bracket is blanked before the rules read the sentence, as no part of its grammar."
    )
    evidence_grade_words: list[str] = Field(
        description="Words of a guideline's grade of a recommendation or of its evidence ('(strong recommendation, moderate "
        "certainty)', 'grade A', 'low-quality evidence'): an item that holds one names no intervention."
    )
    ancestry_heads: list[str] = Field(
        description="Heads of a person's origins ('descent', 'family origin', 'background'): the origins coordinated "
        "before one ('of African, Caribbean or Asian family origin') are one risk group, not one per origin."
    )
    appraisal_judgments: list[str] = Field(
        description="Judgments of the studies a review appraises ('at high risk of bias', 'raised some concerns', "
        "'downgraded'): the reason given for one ('mainly because of unblinded outcome assessment') is a flaw of the "
        "studies, no cause of the condition."
    )
    condition_heads: list[str] = Field(
        description="Last words of a phrase naming a condition ('a common condition', 'a migraine attack'): what such a "
        "subject causes is a symptom of it."
    )
    disease_suffixes: list[str] = Field(
        description="Endings of disease names ('osteoarthritis', 'neuropathy'); with the page's topic they mark its condition."
    )
    symptom_weak_verbs: list[str] = Field(
        description="Experiencer verbs that also take outcomes ('report relief'); their objects must be findings."
    )
    symptom_definitions: list[str] = Field(
        default_factory=list,
        description="Verbs by which a condition is defined by what a patient has ('Chronic migraine means having headaches on "
        "15 or more days', 'FBSS describes back or leg pain that continues'): with a condition as subject, the object is a symptom.",
    )
    symptom_conditionals: list[str] = Field(
        default_factory=list,
        description="Openings of 'if you have X, you may have Y' ('if you have', 'if you notice'): X is a symptom of Y.",
    )
    symptom_diagnoses: list[str] = Field(
        default_factory=list,
        description="What follows the conditional's comma and names the condition ('you may have', 'it could be a sign of').",
    )
    symptom_body_verbs: list[str] = Field(
        default_factory=list,
        description="Verbs by which a body part shows a symptom ('the joint stiffens', 'your eyes itch'): the part and verb are the symptom.",
    )
    symptom_difficulty: list[str] = Field(
        default_factory=list,
        description="Predicates that make everyday activities a symptom ('climbing stairs starts to hurt', 'long walks have become a struggle').",
    )
    symptom_inabilities: list[str] = Field(
        default_factory=list,
        description="What a person cannot do that is a finding ('cannot swallow', 'unable to bear weight'): an inability "
        "is a sign, not a denial.",
    )
    symptom_non_items: list[str] = Field(
        default_factory=list,
        description="First words of comparisons and degrees that are never a symptom ('worse than before', 'just as bad', 'severe').",
    )
    symptom_test_heads: list[str] = Field(
        default_factory=list,
        description="Head words of a bullet that names a test or an examination, not a finding ('blood tests for antibodies', "
        "'a small biopsy from the lip', 'an endoscopy'): a bullet of how a condition is diagnosed is no symptom.",
    )
    symptom_idioms: list[str] = Field(
        default_factory=list,
        description="Set phrases that name a finding without a finding word ('off their food', 'off your food'): a child "
        "who 'may be off their food' or 'seems tired and off their food' shows a sign of the page's condition.",
    )
    symptom_fixed_pairs: list[str] = Field(
        default_factory=list,
        description="Findings named by two words joined by 'and' that are one set phrase ('pins and needles'): never split "
        "into two items, as 'pins' and 'needles' name no finding.",
    )
    symptom_care_subjects: list[str] = Field(
        default_factory=list,
        description="Last words of a subject that names a course of care, not a condition ('Treatment usually starts with "
        "behavioural changes', 'Every plan starts with relative rest'): what it starts with is care, no symptom.",
    )
    symptom_absence_words: list[str] = Field(
        default_factory=list,
        description="Words that say a sign is absent or hard to see, not a finding ('the classic features are often absent', "
        "'the rash may be faint or missing'): a predicate with one of them names no symptom.",
    )
    symptom_finding_nouns: list[str] = Field(
        default_factory=list,
        description="Nouns that name a symptom by themselves ('pain', 'rash', 'itching'): the subject of a description ('the pain "
        "comes in waves'), the name before 'called' ('the pain, called renal colic'), the head of a definition ('X is a painful rash').",
    )
    symptom_function_nouns: list[str] = Field(
        default_factory=list,
        description="Body functions that name a finding with a word of how they are ('slurred speech', 'blurred vision', 'poor "
        "appetite', 'disturbed sleep'): findings to the symptom rules, never by themselves an effect to the cause rules.",
    )
    symptom_function_changes: list[str] = Field(
        default_factory=list,
        description="Verbs by which a body function (symptom_function_nouns) changes, ending its clause ('your vision changes', "
        "'if your speech suddenly changes'): the function with the verb is a finding, as a warning sign.",
    )
    symptom_suffixes: list[str] = Field(
        default_factory=list,
        description="Endings of the medical names of findings ('hyperalgesia', 'dysphagia', 'haematuria', 'dyspnoea'): a word with one "
        "names a finding when it occurs or appears ('Hyperalgesia may also occur').",
    )
    symptom_feelings: list[str] = Field(
        default_factory=list, description="Adjectives after 'feel' that are symptoms ('you may feel sick', 'feel dizzy')."
    )
    symptom_ranks: list[str] = Field(
        default_factory=list, description="Words ranking a sign ('the first sign is ...', 'X is the most common symptom')."
    )
    symptom_rank_nouns: list[str] = Field(
        default_factory=list,
        description="Nouns of 'the first sign is X' / 'X is its most frequent complication': X is a symptom (a complication counts).",
    )
    symptom_descriptions: list[str] = Field(
        default_factory=list,
        description="Predicates describing a symptom ('the pain comes in waves', 'spreads to the groin', 'is worst in the morning', "
        "'is often described as ...'): the predicate is the symptom.",
    )
    finding_observers: list[str] = Field(
        default_factory=list, description="Who or what finds signs of the condition ('the doctor', 'we', 'blood tests', 'an "
        "X-ray'): what they find or show (finding_observer_verbs) is a symptom when it names a finding."
    )
    finding_observer_verbs: list[str] = Field(
        default_factory=list, description="'find', 'shows', 'revealed': the verbs of an examination's findings."
    )
    sign_modifiers: list[str] = Field(
        default_factory=list, description="Words that open a sign found on examination ('reduced neck movement', 'raised "
        "blood pressure', 'a swollen, tender joint'), read as a finding though its head names none."
    )
    symptom_onset_verbs: list[str] = Field(
        default_factory=list, description="Experiencer verbs of onset ('people with X develop Y'): their objects must be findings."
    )
    symptom_occur_verbs: list[str] = Field(
        default_factory=list, description="'Hyperalgesia may also occur', 'a rash appears': a finding subject is a symptom."
    )
    symptom_intolerance: list[str] = Field(
        default_factory=list, description="'find light or noise hard to bear': what an experiencer finds this way is a symptom."
    )
    symptom_qualities: list[str] = Field(
        default_factory=list,
        description="Qualities of a symptom that modify the next list item ('sudden, severe pain': one symptom, not 'sudden').",
    )
    symptom_quantifiers: list[str] = Field(
        default_factory=list,
        description="Quantifiers before a plural noun of people that make it an experiencer ('Most runners describe ...', "
        "'Many smokers notice ...').",
    )
    symptom_condition_verbs: list[str] = Field(
        default_factory=list,
        description="Verbs whose object is a symptom when their subject names a condition ('shingles usually starts with a "
        "tingling feeling', 'angina can feel like a heavy weight'); with another subject they describe nothing ('treatment starts with rest').",
    )
    symptom_feelings_of_parts: list[str] = Field(
        default_factory=list,
        description="How a body part feels or looks when it names a finding with it ('a blocked nose', 'a dry mouth', 'swollen ankles'); "
        "they do not merge list items the way symptom_qualities do.",
    )
    symptom_unintended: list[str] = Field(
        default_factory=list,
        description="How a change came without the person meaning it, after what they lost ('I've lost about 6 kg without "
        "trying', 'lost nearly a stone without dieting'): the loss is a finding, not a goal reached.",
    )
    symptom_copular_gerunds: list[str] = Field(
        default_factory=list,
        description="Gerunds that take an adjective as their whole complement ('feeling tired', 'going pale', 'turning red'): "
        "after any other gerund a lone adjective before a comma modifies the next item's noun ('passing dark, tarry stools').",
    )
    symptom_non_likenesses: list[str] = Field(
        default_factory=list,
        description="What 'it feels like' names when it names no sensation ('it feels like forever', 'feel like yourself again', "
        "'it felt like ages'): no likeness of a finding; a pronoun only when it is the whole likeness.",
    )
    symptom_examinations: list[str] = Field(
        default_factory=list,
        description="Examinations naming the findings they look for ('look for tenderness and weakness', 'on examination there may "
        "be ...'): the findings are signs.",
    )
    generic_arguments: list[str] = Field(description="Arguments that name nothing ('a variety of factors', 'the patient').")
    outcome_words: list[str] = Field(description="Words of outcomes, never of symptoms ('pain relief', 'improvement').")
    agent_words: list[str] = Field(description="Who gives a treatment ('the surgeon treats ...'): never the treatment itself.")
    agent_suffixes: list[str] = Field(
        description="Endings of the names of clinicians by their field ('-ologist': rheumatologist, '-iatrist': psychiatrist, "
        "'-ician': paediatrician), agents as agent_words are; words of 8+ letters."
    )
    intervention_words: list[str] = Field(
        description="Intervention heads beyond the figures stage's ('inhaler', 'inhibitors', 'phototherapy', drug classes)."
    )
    drug_suffixes: list[str] = Field(
        description="USAN stems that end drug names, words of 7+ letters, beyond those of the linker's stem file "
        "(extract/linking/data/drug_stems.json, which names each stem's class and is read too): stems without a "
        "curated class ('-statin', '-tinib', '-conazole')."
    )
    procedure_suffixes: list[str] = Field(description="Endings of procedure names ('-ectomy', '-plasty').")
    not_interventions: list[str] = Field(description="Words that end like a drug or procedure but are none ('cholesterol').")
    failure_modifiers: list[str] = Field(description="First modifiers that make an intervention an outcome ('failed back surgery').")
    adjective_suffixes: list[str] = Field(
        description="Endings of adjectives: 'spinal or pelvic ligament instability' coordinates two modifiers of one item."
    )
    discontinuation_words: list[str] = Field(
        description="'stopped because of side effects' gives a reason to stop a treatment, not a cause of the condition."
    )
    apposition_cues: list[str] = Field(description="'stabbing pain called neuropathic pain': the name after the cue is the item.")
    participial_causes: list[str] = Field(
        description="', leading to Y' after a clause: the clause's subject causes Y ('scar tissue can wrap around nerve roots, leading to inflammation')."
    )
    cause_predicate_nouns: dict[CauseRelation, list[str]] = Field(
        default_factory=dict,
        description="Nouns that name a cause after a copula or before one: 'X is the main culprit', 'X may act as a trigger', "
        "'the strongest risk factor is X' (the relation by the noun).",
    )
    risk_verbs: list[str] = Field(
        default_factory=list, description="Verbs of 'X increases / raises / doubles your chance of Y' (with a risk noun after them)."
    )
    risk_nouns: list[str] = Field(default_factory=list, description="'risk', 'chance', 'likelihood', 'odds': what a risk factor raises.")
    risk_rises: list[str] = Field(
        default_factory=list, description="'your risk goes up as you get older', 'its incidence rises with age': the risk noun's verb."
    )
    risk_groups: list[str] = Field(
        default_factory=list,
        description="Who a risk statement is about ('anyone who has had X can get Y', 'especially those with X', 'men are affected "
        "more often'); the phrase after 'with' / 'who have' is the risk factor.",
    )
    cause_role_nouns: list[str] = Field(
        default_factory=list, description="'X plays a part / a role (in Y)': X contributes to Y."
    )
    cause_list_nouns: list[str] = Field(
        default_factory=list,
        description="General nouns that open a relative clause of causing whose listed objects are the causes ('Things that "
        "can trigger a flare-up include stress and alcohol', 'Foods that may make it worse are ...').",
    )
    cause_states: list[str] = Field(
        default_factory=list, description="States that 'X can make you ...' brings about ('unwell', 'ill'): X causes them."
    )
    cause_comparatives: dict[CauseRelation, list[str]] = Field(
        default_factory=dict,
        description="'X makes Y worse / more frequent' (causes), 'X makes Y more likely' (risk factor).",
    )
    limitation_words: list[str] = Field(
        default_factory=list,
        description="Adjectives of a limitation after 'makes it ... to' or 'makes <doing> ...' ('can make it harder to move "
        "the joint', 'make eating and swallowing painful', 'make walking uncomfortable'): said of the condition or one "
        "of its findings, a symptom (extract.claims.causes).",
    )
    causative_changes: list[str] = Field(
        default_factory=list,
        description="Bare verbs of a change of the body after 'X makes Y ...' ('can make fat build up in the liver', 'makes "
        "the airways narrow'): X causes the change (the object is Y and its verb).",
    )
    effect_comparatives: list[str] = Field(
        default_factory=list,
        description="Comparatives of 'X makes Y ...' (causes) that add nothing to Y ('worse', 'louder'): the effect is Y alone "
        "('Caffeine can make symptoms worse': symptoms). Each must be one of cause_comparatives['causes'].",
    )
    cause_measures: list[str] = Field(
        default_factory=list,
        description="Body measures that a cause raises ('Untreated sleep apnoea can raise your blood pressure'): the raised measure is the effect.",
    )
    cause_noun_compounds: list[str] = Field(
        default_factory=list,
        description="Nouns after a cause verb that make the verb a noun modifier ('trigger points', 'trigger foods', 'trigger tracking').",
    )
    burden_outcomes: list[str] = Field(
        default_factory=list,
        description="Burdens a condition brings on a population ('a leading cause of death / disability'): a cause claim of "
        "the condition, not a symptom.",
    )
    mood_outcomes: list[str] = Field(
        default_factory=list,
        description="Mood problems a condition brings ('Lupus is associated with depression and anxiety'): in an "
        "association they are what follows, the condition what comes first (CLAIMS_SPEC.md, session 17).",
    )
    exposure_heads: list[str] = Field(
        default_factory=list,
        description="Heads of exposures and processes ('irritation', 'a build-up of fluid', 'changes in hormone levels'): "
        "what a condition named by a pronoun is linked to that comes first, its cause (CLAIMS_SPEC.md, session 17).",
    )
    body_sites: list[str] = Field(
        default_factory=list,
        description="Body parts and regions: 'X is most common in the lower back' names where X occurs, not who is at risk "
        "(an item whose last word is one of these is no risk factor).",
    )
    failure_after: list[str] = Field(
        description="Words after an intervention that make the sentence about its failing, not a treatment claim ('when spinal fusion fails')."
    )
    course_verbs: list[str] = Field(
        description="'symptoms are more likely to persist' tells a condition's course: its subject is no risk factor "
        "('women are more likely to develop it' is one)."
    )
    prepositions: list[str] = Field(description="A phrase starting with one is no subject ('In the pivotal trials that led to ...').")
    max_argument_words: int = Field(ge=2, le=30)
    max_item_words: int = Field(ge=2, le=30)

    @field_validator(
        "list_verbs",
        "modals",
        "symptom_forward",
        "symptom_experiencers",
        "symptom_verbs",
        "condition_causes_symptom",
        "treatment_forward",
        "treatment_backward",
        "treatment_offer",
        "effect_verbs",
        "passive_recommendation_verbs",
        "instead_of",
        "non_recommendation_verbs",
        "reassurance_verbs",
        "call_to_action_words",
        "housekeeping_phrases",
        "improvement_verbs",
        "no_intervention_with",
        "coordinated_action_verbs",
        "care_nouns",
        "non_recommendation_subjects",
        "imperative_objects",
        "recipient_passive_verbs",
        "information_requests",
        "care_contacts",
        "advisor_words",
        "person_nouns",
        "recommendation_labels",
        "weak_recommendation_labels",
        "advice_frames",
        "avoid_list_leads",
        "advice_list_leads",
        "evidence_gaps",
        "course_of_care_verbs",
        "expectation_verbs",
        "denied_expectation_verbs",
        "recovery_expectations",
        "recommendation_adverbs",
        "left_boundaries",
        "right_boundaries",
        "leading_words",
        "trailing_words",
        "dose_units",
        "duration_units",
        "measure_words",
        "measure_leads",
        "number_words",
        "clause_words",
        "negative_item_starts",
        "pronouns",
        "question_words",
        "care_verbs",
        "care_places",
        "warning_item_verbs",
        "warning_hearsay",
        "warning_risk_states",
        "kin_nouns",
        "case_seers",
        "case_meeting_verbs",
        "offer_not_heads",
        "offer_not_items",
        "finding_places",
        "place_verbs",
        "place_particles",
        "item_lead_verbs",
        "lifestyle_gerunds",
        "state_gerunds",
        "state_gerund_tails",
        "risk_item_lead_verbs",
        "cause_list_nouns",
        "vague_determiners",
        "navigation_leads",
        "report_lead_verbs",
        "attribution_verbs",
        "worse_with_courses",
        "dosage_form_words",
        "quantity_determiners",
        "form_modifiers",
        "advice_verbs",
        "time_anchor_outcomes",
        "time_anchor_recurrences",
        "arm_non_interventions",
        "metadata_labels",
        "method_predicates",
        "scarce_evidence_predicates",
        "misuse_words",
        "harm_verbs",
        "worsening_make_complements",
        "booking_heads",
        "facility_words",
        "consequence_nouns",
        "side_effect_nouns",
        "harm_cause_verbs",
        "organization_words",
        "logistics_predicates",
        "against_predicates",
        "comparison_cues",
        "statistic_labels",
        "history_modifiers",
        "repeat_modifiers",
        "complication_predicates",
        "treatment_ranks",
        "trial_outcome_nouns",
        "efficacy_comparatives",
        "purpose_nouns",
        "anaphoric_list_subjects",
        "form_predicates",
        "control_modifiers",
        "comparator_modifiers",
        "verb_like_heads",
        "description_verbs",
        "effect_words",
        "effect_comparatives",
        "causative_changes",
        "mood_outcomes",
        "exposure_heads",
        "symptom_inabilities",
        "symptom_test_heads",
        "symptom_absence_words",
        "symptom_idioms",
        "symptom_fixed_pairs",
        "symptom_care_subjects",
        "appraisal_judgments",
        "ancestry_heads",
    )
    @classmethod
    def _non_empty(cls, value: list[str]) -> list[str]:
        bad = [v for v in value if not v.strip() or v != v.strip()]
        if bad:
            raise ValueError(f"phrases must be non-empty and without surrounding spaces: {bad!r}")
        return value

    @field_validator("section_cues", "list_leads")
    @classmethod
    def _phrases_by_kind(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for key, phrases in value.items():
            bad = [p for p in phrases if not p.strip() or p != p.strip() or any(b in p.replace("{M}", "") for b in "{}")]
            if bad:
                raise ValueError(f"{key}: phrases must be non-empty, without surrounding spaces, braces only in '{{M}}': {bad!r}")
        return value

    @field_validator("list_heads", "cause_forward", "cause_backward")
    @classmethod
    def _non_empty_lists(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for key, phrases in value.items():
            if not phrases or any(not p.strip() for p in phrases):
                raise ValueError(f"{key}: needs at least one non-empty phrase")
        return value

    @model_validator(mode="after")
    def _effect_comparatives_are_causes(self) -> "RelationCues":
        unknown = sorted(set(self.effect_comparatives) - set(self.cause_comparatives.get("causes", [])))
        if unknown:
            raise ValueError(f"effect_comparatives must be comparatives of cause_comparatives['causes']: {unknown!r}")
        return self

    # ---- compiled forms (built once per loaded cue set) ----

    @cached_property
    def modal_re(self) -> str:
        """Regex source of an optional run of modals/adverbs between an argument and a verb."""
        return r"(?:(?:" + alternation(self.modals) + r")\s+){0,3}"

    @cached_property
    def suffixes(self) -> dict[str, tuple[str, ...]]:
        return {"drug": tuple(self.drug_suffixes), "procedure": tuple(self.procedure_suffixes), "agent": tuple(self.agent_suffixes)}

    @cached_property
    def lower_sets(self) -> dict[str, frozenset[str]]:
        return {
            name: frozenset(p.lower() for p in getattr(self, name))
            for name in (
                "cause_list_nouns",
                "harm_cause_verbs",
                "harm_reason_nouns",
                "complement_heads",
                "dosage_form_words",
                "quantity_determiners",
                "form_modifiers",
                "advice_verbs",
                "warning_risk_states",
                "kin_nouns",
                "sign_modifiers",
                "supply_adjectives",
                "leading_words",
                "trailing_words",
                "dose_units",
                "duration_units",
                "measure_words",
                "measure_leads",
                "number_words",
                "clause_words",
                "negative_item_starts",
                "pronouns",
                "call_to_action_words",
                "non_recommendation_verbs",
                "reassurance_verbs",
                "coordinated_action_verbs",
                "care_nouns",
                "non_recommendation_subjects",
                "imperative_objects",
                "recipient_passive_verbs",
                "care_contacts",
                "advisor_words",
                "person_nouns",
                "recommendation_labels",
                "weak_recommendation_labels",
                "avoid_list_leads",
                "advice_list_leads",
                "evidence_gaps",
                "expectation_verbs",
                "denied_expectation_verbs",
                "no_intervention_with",
                "recovery_expectations",
                "modifier_stopwords",
                "condition_words",
                "non_specific_modifiers",
                "evidence_grade_words",
                "appraisal_judgments",
                "ancestry_heads",
                "failure_modifiers",
                "condition_heads",
                "symptom_weak_verbs",
                "symptom_non_items",
                "symptom_finding_nouns",
                "symptom_function_nouns",
                "symptom_function_changes",
                "symptom_feelings",
                "symptom_quantifiers",
                "symptom_qualities",
                "symptom_feelings_of_parts",
                "symptom_unintended",
                "symptom_copular_gerunds",
                "symptom_non_likenesses",
                "outcome_words",
                "generic_arguments",
                "intervention_words",
                "not_interventions",
                "booking_heads",
                "agent_words",
                "discontinuation_words",
                "symptom_rank_nouns",
                "prepositions",
                "metadata_labels",
                "control_modifiers",
                "comparator_modifiers",
                "history_modifiers",
                "repeat_modifiers",
                "trial_outcome_nouns",
                "purpose_nouns",
                "time_anchor_outcomes",
                "efficacy_comparatives",
                "time_anchor_recurrences",
                "arm_non_interventions",
                "effect_words",
                "verb_like_heads",
                "verb_like_head_phrases",
                "body_sites",
                "burden_outcomes",
                "mood_outcomes",
                "exposure_heads",
                "care_places",
                "offer_not_heads",
                "offer_not_items",
                "finding_places",
                "place_verbs",
                "place_particles",
                "symptom_test_heads",
                "symptom_absence_words",
                "symptom_care_subjects",
            )
        }


def agent_word(word: str, cues: RelationCues) -> bool:
    """Whether a lower-case word names who gives care: a listed agent ("surgeon", "gp", "team") or a clinician by the
    ending of their field ("rheumatologist", "dermatologists", "psychiatrist", "paediatrician")."""
    return word in cues.lower_sets["agent_words"] or (len(word) >= 8 and word.endswith(cues.suffixes["agent"]))


def intervention_word(word: str, cues: RelationCues) -> bool:
    """Whether a lower-case word can head an intervention by itself: a listed class word, a drug
    name by its USAN stem ("adalimumab", "lisinopril", "omeprazole": the linker's stem file, which
    also names the class, or ``drug_suffixes``) or a procedure by its ending ("fundoplication" no,
    "thyroidectomy" yes)."""
    if word in cues.lower_sets["not_interventions"]:
        return False
    if word in cues.lower_sets["intervention_words"]:
        return True
    if len(word) >= 7 and word.endswith(cues.suffixes["drug"]) or stem_concept(word) is not None:
        return True
    # one word, not a hyphenated compound: "haemodialysis", "hydrotherapy", not the "triple-therapy group" of a trial
    return len(word) >= 8 and "-" not in word and word.endswith(cues.suffixes["procedure"])


def per_cue_set(fn):  # type: ignore[no-untyped-def]
    """Cache ``fn(cues)`` per cue-set object (cue sets are unhashable pydantic models that live
    for the whole process once loaded). The patterns in what it returns scan only the texts
    that hold one of their needed words (:func:`~extract.claims.prefilter.prefiltered`)."""
    cache: dict[int, tuple[object, object]] = {}

    def wrapper(cues):  # type: ignore[no-untyped-def]
        hit = cache.get(id(cues))
        if hit is None or hit[0] is not cues:
            hit = (cues, prefiltered(fn(cues)))
            cache[id(cues)] = hit
        return hit[1]

    wrapper.__doc__ = fn.__doc__
    wrapper.__name__ = fn.__name__
    return wrapper


def memo_per_cue_set(maxsize: int):  # type: ignore[no-untyped-def]
    """Cache ``fn(text, cues)`` per text and cue-set object, for a pure ``fn`` whose result is
    immutable: at most ``maxsize`` texts a cue set (then the cache starts again)."""

    def decorate(fn):  # type: ignore[no-untyped-def]
        cache: dict[int, tuple[object, dict]] = {}

        def wrapper(text, cues):  # type: ignore[no-untyped-def]
            hit = cache.get(id(cues))
            if hit is None or hit[0] is not cues:
                hit = cache[id(cues)] = (cues, {})
            memo = hit[1]
            if text in memo:
                return memo[text]
            if len(memo) >= maxsize:
                memo.clear()
            out = memo[text] = fn(text, cues)
            return out

        wrapper.__doc__ = fn.__doc__
        wrapper.__name__ = fn.__name__
        wrapper.__wrapped__ = fn
        return wrapper

    return decorate


def alternation(phrases: list[str]) -> str:
    """A regex alternation of ``phrases``, longest first, spaces matching any whitespace.

    Written as a trie of the lower-cased phrases (issue 6: speed): ``re`` tries every branch of
    an alternation at every position it reaches, and a case-insensitive branch has no fast
    first-character test, so a flat list of a few hundred cue phrases costs a few hundred
    branch entries per word of a sentence; the trie enters one branch per first character. It
    matches what the flat, longest-first alternation matches, and offers the same ends in the
    same order (:func:`flat_alternation`, compared in ``tests/claims/test_speed.py``): the
    phrases that match at one position are prefixes of one another (a phrase's ``\\s+`` takes
    all the white space before the next word's letter), the longer first in both forms. An
    apostrophe matches a typographic one as well ("it’s more common"). Phrases
    with a cased letter outside ASCII (which may match the same character as another letter
    case-insensitively), and lists with a phrase that is empty or not single-spaced (the flat
    form orders it by its length as written), keep the flat form.
    """
    return _alternation(tuple(phrases))


@per_cue_set
def housekeeping(cues: RelationCues) -> "re.Pattern[str]":
    """The words of a medicine's storage, disposal or a visit's errands (``housekeeping_phrases``), as whole words: a
    sentence with one ("Keep this medicine out of the sight and reach of children", "Do not store above 25C") gives no
    advice of care and names no treatment."""
    return re.compile(r"(?<![\w-])(?:" + alternation(cues.housekeeping_phrases) + r")(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1024)  # some rules build their pattern at each call ("feel sick"): the trie once
def _alternation(phrases: tuple[str, ...]) -> str:
    parts = _alternation_parts(phrases)
    if any(not p or p != " ".join(p.split()) or any(not ch.isascii() and ch.lower() != ch.upper() for ch in p) for p in parts):
        return flat_alternation(phrases)
    trie: dict = {}
    for p in parts:
        node = trie
        for ch in " ".join(p.split()):
            node = node.setdefault(ch, {})
        node[""] = {}  # a phrase ends here
    return "|".join(_trie_branches(trie))


#: A cue's apostrophe matches a typographic one too ("it's", "it’s"): web pages write either.
_APOSTROPHE = "['\u2019]"


def flat_alternation(phrases: list[str]) -> str:
    """``phrases`` as a flat regex alternation, longest first (what :func:`alternation` matches)."""
    return "|".join(r"\s+".join(re.escape(w).replace("'", _APOSTROPHE) for w in p.split()) for p in _alternation_parts(phrases))


def _alternation_parts(phrases: "list[str] | tuple[str, ...]") -> list[str]:
    # ties in alphabetical order, not a set's (per-process) order: the same pattern in every
    # process, so its compiled form can be reused (extract.regexcache)
    return sorted({p.lower() for p in phrases}, key=lambda p: (-len(p), p))


def _trie_branches(node: dict) -> list[str]:
    """The branches below a trie node, one per next character (a space is ``\\s+``)."""
    return [(r"\s+" if ch == " " else _APOSTROPHE if ch == "'" else re.escape(ch)) + _trie_rest(node[ch]) for ch in sorted(node) if ch]


def _trie_rest(node: dict) -> str:
    """What follows a trie node: its branches, all optional (longest first) when a phrase ends there."""
    branches = _trie_branches(node)
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return body
    return ("(?:" + body + ")" if len(branches) == 1 else body) + "?"


def phrase_regex(phrases: list[str]) -> re.Pattern[str]:
    """Word-bounded, case-insensitive regex matching any of ``phrases``."""
    return re.compile(r"(?<![\w-])(?:" + alternation(phrases) + r")(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=8)
def load_relation_cues(path: Optional[str] = None) -> RelationCues:
    """Load and validate the relation cue file (the packaged one when ``path`` is None)."""
    return load_data_file(RelationCues, "extract.claims", "relations.json", path, CueFileError)
