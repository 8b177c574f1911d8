"""Counts of the studies and trials a finding rests on, and of the people they pooled, are no
statistic of a condition; the size of one cited study or review still is (as the gold has it)."""

import pytest

from extract.figures import load_cues
from extract.figures.cues import CueFileError, parse_cues

from tests.figures.conftest import surfaces


@pytest.mark.parametrize(
    "sentence, kept",
    [
        # how many studies a review found, and whom they pooled
        ("Results: Nine trials (2,340 participants) met the inclusion criteria.", []),
        ("We identified 14 randomised controlled trials with 1,875 children with croup.", []),
        ("Dexamethasone shortened admission (mean difference -9 hours; 3 trials, 412 children; low-certainty evidence).", []),
        ("Seventeen studies involving a total of 3,019 women were eligible.", []),
        ("The search returned 1,902 records, of which 26 studies (15 cohort studies and 11 case series) were included.", []),
        # what a finding rests on
        ("Zinc shortened colds in three small trials, but the evidence was of low certainty.", []),
        ("Night-time symptoms predicted relapse in five cohorts (Ortega et al., 2020).", []),
        ("In 4 of the 11 studies, the benefit disappeared after one year.", []),
        # the statistic of the same sentence survives
        ("Six trials (980 adults) found that 42% of those given the spray were free of symptoms.", ["42%"]),
        # the size of one cited study or review is a figure (the gold's convention)
        ("A 2019 review of 16 studies found that relapse was common.", ["16"]),
        ("In a trial of 420 adults with gout, 61% were flare-free at a year.", ["420", "61%"]),
        ("In one cohort study of 2,900 women, 18% reported wrist pain.", ["2,900", "18%"]),
        ("According to a 2021 randomised trial of 318 patients, pain fell.", ["318"]),
        ("We enrolled 156 adults (98 women, 58 men) with chronic urticaria.", ["156", "98", "58"]),
    ],
)
def test_evidence_counts(cues, sentence, kept):
    assert surfaces(sentence, cues) == kept


def test_people_counts_elsewhere_are_kept(cues):
    assert surfaces("About 1.5 million people in the UK live with lupus.", cues) == ["About 1.5 million"]


def test_evidence_cue_lists_are_validated():
    data = load_cues().model_dump()
    data["evidence_units"] = ["trials", "  "]
    with pytest.raises(CueFileError):
        parse_cues(data)


@pytest.mark.parametrize(
    "field", ["evidence_units", "usual_care_verbs", "most_subject_verbs", "preparation_nouns", "ratio_reference_followers"]
)
def test_a_cue_file_without_one_of_the_precision_lists_is_rejected_naming_it(field):
    """A figures.json that lacks one of these lists (an older user copy, a typo in its key) would turn
    that rule off without a word if the list defaulted to empty: it is an error naming the field."""
    data = load_cues().model_dump()
    del data[field]
    with pytest.raises(CueFileError, match=field):
        parse_cues(data)
