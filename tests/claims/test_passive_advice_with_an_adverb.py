"""A passive advice with an adverb of frequency before its participle ("X should not be routinely offered") names the
intervention as its subject, as without the adverb (CLAIMS_SPEC.md, session 17: when the verb gives the intervention the
subject is the named thing). Sentences written for these tests, about conditions outside the development corpora."""

from extract.claims.cues import load_relation_cues
from extract.claims.recommendations import recommendations

CUES = load_relation_cues()


def advice(sentence: str) -> list[tuple[str, bool]]:
    return [(sentence[m.subject[0] : m.subject[1]], m.against) for m in recommendations(sentence, CUES)]


def test_an_adverb_before_the_participle_keeps_the_named_subject() -> None:
    assert advice("Antiviral drugs should not be routinely offered to people with warts.") == [("Antiviral drugs", True)]
    assert advice("Cortisone injections should not be usually given for heel spurs.") == [("Cortisone injections", True)]


def test_another_action_on_the_thing_stays_the_advice() -> None:
    # (session 27: another action than giving it is the advice)
    assert advice("Beta-blockers should not be stopped abruptly.") == [("stopped abruptly", True)]
