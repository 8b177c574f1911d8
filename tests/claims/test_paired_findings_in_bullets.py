"""A bullet that names a finding word and a finding with its place joined by "or" / "and" ("tingling or
numbness in the toes", "you have pain and swelling behind the knee") names two findings, as the same
words in prose do (CLAIMS_SPEC.md: findings named on their own stay apart; session 27, gen32).

Every sentence here is written for these tests, about conditions outside the development corpora.
"""

import pytest

from extract.pipeline import make_doc


def symptoms(nlp, text: str) -> list[str]:  # noqa: ANN001
    doc = nlp(make_doc(nlp, "Tarsal tunnel syndrome\n\n" + text + "\n", "doc_paired_findings"))
    return [c.symptom.text for c in doc._.claims if c.type == "symptom"]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ("Symptoms include:\n- tingling or numbness in the sole of the foot\n- a burning pain in the heel",
         ["tingling", "numbness in the sole of the foot"]),
        ("Common symptoms are:\n- pain and stiffness in the ankle\n- a limp",
         ["pain", "stiffness in the ankle"]),
        ("Contact your GP if:\n- you have tingling or numbness in your toes\n- the pain keeps you awake",
         ["tingling", "numbness in your toes"]),
        ("Contact your GP if:\n- your child has difficulty chewing or swallowing",
         ["difficulty chewing", "swallowing"]),
    ],
)
def test_a_bullet_names_two_findings_joined_by_a_conjunction(nlp, lines: str, expected: list[str]) -> None:  # noqa: ANN001
    found = symptoms(nlp, lines)
    assert all(f in found for f in expected), found
