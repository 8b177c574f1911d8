"""The opposing-claims check by classes of statements: the same conflicts and coverage as
comparing every pair, and a bound on how many pairs of documents two opposing classes report."""

from __future__ import annotations

import random
from collections import defaultdict

import pytest

from extract.consistency import check_qualitative
from extract.consistency.qualitative import (
    Oppositions,
    _keep,
    compare,
    group_pairs,
    statement,
    statement_keys,
    to_conflict,
)
from extract.consistency.settings import load_settings

from .conftest import cause, recommendation, treatment

SCAR = ("Scar tissue", "EV:epidural_fibrosis", "Epidural fibrosis")
PAIN = ("chronic pain", "HP:0012532", "Chronic pain")


def all_pairs(claims, settings, topics=None, labels=None):
    """The check as it was defined: every pair of every group compared (group_pairs)."""
    statements = [statement(c, settings) for c in claims if not c.assertion.hypothetical]
    groups = defaultdict(list)
    for s in statements:
        for key in statement_keys(s)[1]:
            groups[key].append(s)
    found, pairs, compared = {}, 0, set()
    for key, members in groups.items():
        for a, b in group_pairs(key, members):
            same_thing, opposition = compare(a, b, settings, topics)
            if same_thing:
                pairs += 1
                compared.update((a.claim.claim_id, b.claim.claim_id))
                if opposition is not None:
                    _keep(found, opposition, to_conflict(opposition, labels or {}))
    coverage = {
        "qualitative_claims_examined": len(statements),
        "qualitative_claims_compared": len(compared),
        "qualitative_pairs_compared": pairs,
    }
    return sorted(found.values(), key=lambda c: c.conflict_id), coverage


ACTIONS = ["surgery", "spine surgery", "physical therapy", "conservative care", "bed rest", "opioids"]
THINGS = ["Scar tissue", "Smoking", "Obesity"]
EFFECTS = ["chronic pain", "leg pain"]
TOPICS = [("knee", "osteoarthr", "cartilag"), ("knee", "osteoarthr", "joint"), ("migrain", "headach", "aura"), ("back", "spine", "pain")]


def random_claims(rng: random.Random, n: int, docs: int) -> list:
    claims = []
    for i in range(n):
        doc = f"doc_{rng.randrange(docs)}"
        kind = rng.choice(["cause", "treatment", "recommendation", "recommendation"])
        flags = {"hedged": rng.random() < 0.3}
        if kind == "cause":
            negated = rng.random() < 0.4
            subject = rng.choice([SCAR, *THINGS[1:]])
            effect = rng.choice([PAIN, *EFFECTS[1:]])
            relation = rng.choice(["causes", "causes", "risk_factor", "associated_with"])
            quote = f"{subject if isinstance(subject, str) else subject[0]} and {effect if isinstance(effect, str) else effect[0]} ({i})."
            claims.append(cause(doc, quote, subject, effect, relation=relation, negated=negated, **flags))
        elif kind == "treatment":
            negated = rng.random() < 0.4
            action = rng.choice(ACTIONS)
            condition = rng.choice(EFFECTS + [None])
            quote = f"{action} for {condition or 'it'} ({i})."
            claims.append(treatment(doc, quote, action, condition, negated=negated, **flags))
        else:
            action, instead = rng.sample(ACTIONS, 2)
            prefix = rng.choice(["", "", "avoid ", "try "])
            first = rng.random() < 0.3
            instead = instead if rng.random() < 0.5 else None
            quote = f"{prefix}{action}{' first' if first else ''}{f' rather than {instead}' if instead else ''} in back pain ({i})."
            claims.append(
                recommendation(
                    doc, quote, prefix + action, rng.choice(["back pain", None]), instead_of=instead,
                    against=rng.random() < 0.3, strength=rng.choice(["should", "may"]), **flags,
                )
            )
    return claims


@pytest.mark.parametrize("seed", range(40))
def test_classes_give_what_every_pair_gives(seed: int) -> None:
    rng = random.Random(seed)
    claims = random_claims(rng, rng.randrange(2, 120), rng.randrange(2, 12))
    docs = sorted({c.doc_id for c in claims})
    topics = None if seed % 3 == 0 else {d: rng.choice(TOPICS) for d in docs if rng.random() < 0.9}
    settings = load_settings().model_copy(update={"max_pairwise_conflicts": 10**6})
    labels = {d: d + ".txt" for d in docs}
    assert check_qualitative(claims, settings, labels, topics) == all_pairs(claims, settings, topics, labels)


def test_the_random_groups_hold_conflicts_and_pairs() -> None:
    """The equivalence above is not vacuous: its groups oppose and agree across documents."""
    settings = load_settings().model_copy(update={"max_pairwise_conflicts": 10**6})
    found = [check_qualitative(random_claims(random.Random(s), 80, 6), settings) for s in range(5)]
    assert all(len(conflicts) > 5 and coverage["qualitative_pairs_compared"] > 100 for conflicts, coverage in found)
    kinds = {c.explanation.split(" recommends ")[0] != c.explanation for conflicts, _ in found for c in conflicts}
    assert kinds == {True, False}  # causes/treatments denied, and recommendations


def test_many_documents_for_and_a_few_against_report_each_dissenter_once() -> None:
    """60 documents state a claim and 3 deny it: 180 pairs of documents would be flagged; above
    the bound each denying document is flagged once, against the firmest affirming claim."""
    yes = [cause(f"doc_{i:02d}", f"Scar tissue causes chronic pain ({i}).", SCAR, PAIN, hedged=i != 7) for i in range(60)]
    no = [cause(f"doc_n{i}", f"Scar tissue does not cause chronic pain ({i}).", SCAR, PAIN, negated=True) for i in range(3)]
    conflicts, coverage = check_qualitative(yes + no)
    assert len(conflicts) == 3
    assert {c.statements[1].doc_id for c in conflicts} == {"doc_n0", "doc_n1", "doc_n2"}
    assert all(c.statements[0].claim_id == yes[7].claim_id and c.severity == "high" for c in conflicts)
    # coverage counts every comparable pair: 60*3 opposing, C(60,2) + C(3,2) agreeing
    assert coverage == {"qualitative_claims_examined": 63, "qualitative_claims_compared": 63, "qualitative_pairs_compared": 180 + 1770 + 3}


def test_under_the_bound_every_pair_of_documents_is_reported() -> None:
    yes = [cause(f"doc_{i}", f"Scar tissue causes chronic pain ({i}).", SCAR, PAIN) for i in range(9)]
    no = [cause(f"doc_n{i}", f"Scar tissue does not cause chronic pain ({i}).", SCAR, PAIN, negated=True) for i in range(5)]
    conflicts, _ = check_qualitative(yes + no)
    assert len(conflicts) == 45  # 9 x 5 = max_pairwise_conflicts (45): all of them


def test_a_large_group_is_counted_not_enumerated() -> None:
    """20,000 statements of one claim in 10,000 documents: 200 million pairs, counted exactly
    (enumerating them would not finish in a test run)."""
    claims = [
        treatment(f"doc_{i // 2}", f"Physical therapy helps knee pain ({i}).", "Physical therapy", "knee pain")
        for i in range(20_000)
    ]
    opposing = Oppositions(load_settings())
    statements = [statement(c, opposing.settings) for c in claims]
    for key in sorted({k for s in statements for k in statement_keys(s)[1]}):
        opposing.check_group(key, [s for s in statements if key in statement_keys(s)[1]])
    conflicts, coverage = opposing.result(len(statements))
    assert conflicts == []
    assert coverage["qualitative_pairs_compared"] == (20_000 * 20_000 - 10_000 * 4) // 2
    assert coverage["qualitative_claims_compared"] == 20_000


class _Counted(list):
    """Statements that count how often they are iterated and looked up by position."""

    def __init__(self, items) -> None:
        super().__init__(items)
        self.passes, self.looked_up = 0, []

    def __iter__(self):
        self.passes += 1
        return super().__iter__()

    def __getitem__(self, position):
        self.looked_up.append(position)
        return super().__getitem__(position)


def test_a_group_is_read_once_in_order_and_only_flagged_statements_are_looked_up() -> None:
    """check_group reads its members in one pass, then only the statements of the pairs it
    flags (the file check reads members from disk: a group of 2,000 statements is not held)."""
    yes = [cause(f"doc_{i}", f"Scar tissue causes chronic pain ({i}).", SCAR, PAIN) for i in range(2_000)]
    no = [cause(f"doc_n{i}", f"Scar tissue does not cause chronic pain ({i}).", SCAR, PAIN, negated=True) for i in range(2)]
    settings = load_settings()
    members = _Counted(statement(c, settings) for c in yes + no)
    (key,) = {k for s in members for k in statement_keys(s)[1] if k.endswith("EV:epidural_fibrosis")}
    members.passes = 0
    opposing = Oppositions(settings)
    opposing.check_group(key, members)
    conflicts, coverage = opposing.result(len(members))
    assert members.passes == 1
    looked_up = {list.__getitem__(members, p).claim.claim_id for p in members.looked_up}
    assert len(conflicts) == 2 and looked_up == {i for c in conflicts for i in c.claim_ids}  # the two dissenters, the firmest claim
    assert coverage["qualitative_pairs_compared"] == 2_000 * 2 + 2_000 * 1_999 // 2 + 1
