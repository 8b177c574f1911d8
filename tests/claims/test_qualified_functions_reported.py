"""A body function with a word of how it is ("muffled hearing", "slurred speech") is a finding a weak verb of
experience takes ("may report", "notice"), whether or not the linker knows its name; a function with only a word of
amount or betterment ("better sleep") is none. Sentences written for these tests, about conditions outside the
development corpora (glue ear, motor neurone disease, myasthenia gravis)."""

from extract.claims.cues import load_relation_cues
from extract.claims.relations import find_relations

CUES = load_relation_cues()


def nothing_known(text: str) -> bool:
    return False


def symptoms(sentence: str) -> list[str]:
    found, _ = find_relations(sentence, CUES, nothing_known, None, None, nothing_known)
    return [sentence[m.subject[0] : m.subject[1]] for m in found if m.kind == "symptom"]


def test_a_qualified_function_is_reported_as_a_finding() -> None:
    assert "muffled hearing" in symptoms("With glue ear, older children may report muffled hearing.")
    assert "slurred speech" in symptoms("In motor neurone disease, some patients report slurred speech.")
    assert "double vision" in symptoms("People with myasthenia gravis often report double vision.")


def test_a_function_that_got_better_is_no_finding() -> None:
    assert not [s for s in symptoms("Patients report better sleep after treatment.") if "sleep" in s]
