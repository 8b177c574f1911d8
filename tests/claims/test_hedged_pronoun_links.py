"""A supposed link of the condition named by a pronoun ("It is thought to be linked to X", "They may be linked to X")
names X as its cause, as "Lung cancer is associated with smoking" does (session 27, gen34: the pronoun was the cause, X
its effect, on three development pages); a plain link ("it is linked to heart disease and stroke") still reads the
pronoun's condition as leading to what follows. Sentences written for these tests, about conditions not in the corpora."""

from tests.claims.conftest import causes


def test_a_supposed_link_names_the_cause() -> None:
    found = causes("Nobody knows exactly why, but it is thought to be linked to an imbalance of chemicals in the brain.")
    assert [(c, e) for c, e, _ in found] == [("imbalance of chemicals in the brain", "it")], found


def test_may_be_linked_names_the_cause() -> None:
    found = causes("They may be linked to repeated pressure on the skin over the bony ankle.")
    assert found and found[0][0].startswith("repeated pressure") and found[0][1] == "They", found


def test_a_plain_link_of_the_condition_is_what_it_leads_to() -> None:
    found = causes("Untreated narcolepsy disrupts work, and it is linked to depression and obesity.")
    assert ("it", "depression") in [(c, e) for c, e, _ in found], found
