"""The linker's fast paths answer exactly as the slow ones they replace (issue 6)."""

from __future__ import annotations

import random
from difflib import SequenceMatcher

import pytest

from extract.linking.linker import SAME_WORD_RATIO, _same_word


def _difflib_same_word(a: str, b: str) -> bool:
    """The definition: same first four letters, or a difflib ratio at the threshold."""
    return a[:4] == b[:4] or SequenceMatcher(None, a, b).ratio() >= SAME_WORD_RATIO


def _pairs(seed: int, n: int) -> list[tuple[str, str]]:
    """Word pairs over a small alphabet, the second often an edit of the first, so that many
    pairs fall on either side of the threshold and near it."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        a = "".join(rng.choice("aeinrst") for _ in range(rng.randint(1, 14)))
        b = list(a)
        for _ in range(rng.randint(0, 4)):
            op, k = rng.randrange(3), rng.randrange(len(b) + 1)
            if op == 0:
                b.insert(k, rng.choice("aeinrstx"))
            elif b and op == 1:
                del b[min(k, len(b) - 1)]
            elif b:
                b[min(k, len(b) - 1)] = rng.choice("aeinrstx")
        out.append((a, "".join(b) or "x"))
    return out


def test_same_word_agrees_with_difflib_on_edited_words() -> None:
    pairs = _pairs(6, 20_000)
    answers = [_same_word(a, b) for a, b in pairs]
    assert answers == [_difflib_same_word(a, b) for a, b in pairs]
    assert 0.1 < sum(answers) / len(answers) < 0.9  # both answers are exercised
    near = [(a, b) for a, b in pairs if a[:4] != b[:4] and abs(SequenceMatcher(None, a, b).ratio() - SAME_WORD_RATIO) < 0.02]
    assert len(near) > 100  # and pairs at the threshold itself (ratio exactly 0.75 included)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("herniation", "herniations"),  # shared prefix
        ("radiofrequncy", "radiofrequency"),
        ("tears", "colitis"),
        ("raise", "raised"),
        ("low", "lower"),
        ("abcd", "dcba"),  # the same letters in another order: the multiset bound passes, the ratio does not
        ("xabc", "yabc"),  # ratio exactly 0.75
        ("a", "b"),
    ],
)
def test_same_word_agrees_with_difflib_on_words_in_both_orders(a: str, b: str) -> None:
    assert _same_word(a, b) is _difflib_same_word(a, b)
    assert _same_word(b, a) is _difflib_same_word(b, a)


def test_the_linker_cache_keeps_the_most_recently_used_entries_only() -> None:
    from extract.linking.linker import LruCache

    cache = LruCache(3)
    for k in "abc":
        cache[k] = k.upper()
    assert cache.get("a") == "A"  # a use: "b" is now the oldest
    cache["d"] = "D"
    assert len(cache) == 3
    assert "b" not in cache and cache.get("b") is None
    assert [cache.get(k) for k in "acd"] == ["A", "C", "D"]
    cache["e"] = []  # an empty candidate list is a value like any other
    assert "e" in cache and cache.get("e") == [] and "a" not in cache


def test_a_linker_whose_caches_overflow_links_as_one_that_keeps_everything(linker, monkeypatch) -> None:  # noqa: ANN001
    """Bounded caches forget, and what is forgotten is scored again to the same result."""
    from extract.linking import linker as module

    mentions = ["migrane", "lower back pain", "radiofrequncy ablation", "pain in the hands", "steroid injection therapy",
                "microscopic tears", "back surgery", "migrane", "radiofrequncy ablation"]
    linker.clear_cache()
    wide = [linker.link(m) for m in mentions]
    monkeypatch.setattr(linker, "_cache", module.LruCache(1))
    monkeypatch.setattr(linker, "_ann_cache", module.LruCache(1))
    narrow = [linker.link(m) for m in mentions]
    assert [c and c.model_dump() for c in narrow] == [c and c.model_dump() for c in wide]
    assert len(linker._cache) == 1 and len(linker._ann_cache) == 1
    assert wide[0] is not None and wide[0].score < 1  # a near (ANN) match went through the caches


def _reference_substitution(mention: str, alias: str, ignored: frozenset[str]) -> bool:
    """word_substitution as first written, over difflib directly."""
    import re

    def content(text: str) -> list[str]:
        return [w for w in re.findall(r"[a-z0-9]+", text) if len(w) > 2 and w not in ignored]

    m, a = content(mention), content(alias)
    return any(not any(_difflib_same_word(w, v) for v in a) for w in m) and any(
        not any(_difflib_same_word(v, w) for w in m) for v in a
    )


def test_word_substitution_agrees_with_its_first_definition() -> None:
    from extract.linking.linker import word_substitution

    rng = random.Random(7)
    words = [w for pair in _pairs(8, 3_000) for w in pair]
    ignored = frozenset(rng.sample(words, 50))
    phrases = [" ".join(rng.sample(words, rng.randint(0, 4))) for _ in range(3_000)]
    pairs = list(zip(phrases, phrases[1:] + phrases[:1]))
    pairs += [(a, f"{a} {b.split(' ')[0]}".strip()) for a, b in pairs[:1_000]]  # an extra word: never a swap
    answers = [word_substitution(m, a, ignored) for m, a in pairs]
    assert answers == [_reference_substitution(m, a, ignored) for m, a in pairs]
    assert 0.05 < sum(answers) / len(answers) < 0.95


def test_near_bound_never_lets_an_alias_that_max_would_take_be_skipped() -> None:
    """An alias is skipped when ``near_bound(base, alias) <= best``: then ``(base * factor, alias)``
    for any factor in [0, 1] must not beat ``best`` as ``max`` compares tuples, whatever the sign
    of ``base`` (a weight of 0, a similarity just below 0) and with NaN among the scores."""
    from extract.linking.linker import POLAR_FACTOR, SUBSTITUTION_FACTOR, near_bound

    rng = random.Random(11)
    aliases = ["back pain", "back pains", "pain", "migraine", "a", ""]
    specials = [0.0, -0.0, 1.0, 0.95, -1e-7, 1e-300, float("nan")]
    bases = specials + [rng.uniform(-0.1, 1.0) for _ in range(3_000)]
    factors = [1.0, SUBSTITUTION_FACTOR, POLAR_FACTOR, 0.0] + [rng.random() for _ in range(20)]
    skipped = 0
    for base in bases:
        for alias in aliases:
            bound = near_bound(base, alias)
            for best in [(b, a) for b in (base, rng.uniform(-0.1, 1.0), *specials[:4]) for a in aliases[:3]]:
                if not bound <= best:
                    continue
                skipped += 1
                for factor in factors:
                    assert not (base * factor, alias) > best, (base, factor, alias, best)
    assert skipped > 10_000  # the bound does skip, often


def _max_over_every_alias(linker, key: str, found) -> list:  # noqa: ANN001
    """How the near candidates were first scored: every alias of a concept, the largest
    ``(similarity * weight * near factor, alias)``; an alias of a disorder, finding or body part that names only the
    modifiers of a compound with a generic head ("asthma" of "asthma treatment") at the substitution factor at most
    (session 31)."""
    from extract.linking.linker import MODIFIER_ONLY_TYPES, SUBSTITUTION_FACTOR, Scored
    from extract.linking.normalize import compact

    def weight(alias: str, index: int) -> float:
        entry = linker._table.get(compact(alias), [[]])
        return next((w for i, w in zip(entry[1::2], entry[2::2]) if i == index), 0.0)

    modifiers = linker._generic_head_modifiers(key)

    def factor(alias: str, index: int) -> float:
        f = linker._near_factor(key, alias, linker._ignored)
        if modifiers and linker._types[index] in MODIFIER_ONLY_TYPES and set(alias.split()) <= modifiers:
            f = min(f, SUBSTITUTION_FACTOR)
        return f

    out = []
    for mc in found:
        i = linker._index[mc.concept_id]
        score, alias = max(
            (min(1.0, sim) * weight(a, i) * factor(a, i), a)
            for a, sim in zip(mc.aliases, mc.similarities)
        )
        out.append(Scored(i, round(score, 4), alias))
    return out


def test_near_candidates_score_as_the_max_over_every_alias(linker) -> None:  # noqa: ANN001
    """The bounded, memoized scoring of near candidates gives every concept the same score and
    alias as scoring every alias of it, on misspelled, reworded and extended names of the
    knowledge base (concepts with several near aliases among them)."""
    rng = random.Random(5)
    names = sorted(a for entry in linker._table.values() for a in entry[0] if 6 < len(a) < 40)
    keys = []
    for name in rng.sample(names, 400):
        k = rng.randrange(len(name))
        edit = rng.randrange(4)
        if edit == 0:
            keys.append(name[:k] + name[k + 1 :])  # a letter dropped
        elif edit == 1:
            keys.append(name[:k] + rng.choice("aeiourst") + name[k:])  # a letter added
        elif edit == 2:
            keys.append(f"{name} {rng.choice(['pain', 'therapy', 'injection', 'low', 'chronic'])}")  # a word added
        else:
            keys.append(" ".join(reversed(name.split())))  # words reordered
    keys = list(dict.fromkeys(keys))
    several = 0
    for key, found in zip(keys, linker._generator(keys, 30)):
        assert linker._near_scored(key, found) == _max_over_every_alias(linker, key, found), key
        several += sum(len(mc.aliases) > 1 for mc in found)
    assert several > 200  # concepts reached through several aliases, where the bound can skip
