"""A bracketed other name of the intervention just named, with its article ("a hormone-releasing coil (the
levonorgestrel intrauterine system)", "a heart-rhythm check (an ambulatory ECG)") is the same intervention: no second
claim, as a bracketed name without an article already is (session 33, gen53, from dev55's fibroid bullet). A bracketed
list of examples stays a claim each.

Every sentence here is written for this test, about conditions outside the development corpora.
"""

from extract.claims.cues import load_relation_cues
from extract.claims.treatments import incidental_intervention

CUES = load_relation_cues()


def _reason(sentence: str, mention: str, named: str):  # noqa: ANN202
    s, o = sentence.index(mention), sentence.index(named)
    return incidental_intervention(sentence, (s, s + len(mention)), CUES, (), [(o, o + len(named))])


def test_a_bracketed_other_name_with_its_article_is_no_second_claim() -> None:
    sentence = "For the hot flushes she was offered a skin patch (the estradiol transdermal patch), worn twice a week."
    assert _reason(sentence, "estradiol", "skin patch") == "classifier"


def test_a_bracketed_list_of_examples_stays_a_claim_each() -> None:
    sentence = "For the pain she was offered an NSAID (ibuprofen, naproxen or diclofenac) for a week."
    assert _reason(sentence, "ibuprofen", "NSAID") is None
