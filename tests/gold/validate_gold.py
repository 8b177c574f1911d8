#!/usr/bin/env python3
"""Validate gold figure annotations against their documents.

Usage: python tests/gold/validate_gold.py <gold_dir> <corpus_dir>

Checks (standard library only; exits 1 and prints every problem found):
  * every corpus document (*.txt, *.md) has a <doc>.json gold file and vice versa;
  * manifest.jsonl (if present) lists exactly the corpus documents, with valid fields;
  * each figure: required keys, text[start:end] == surface, the quote occurs verbatim
    and one occurrence of it covers the figure span, enums are valid, and the value
    conventions of gold_spec.md hold (exact/about: point == lower == upper; up_to /
    less_than: lower 0, upper == point; at_least / more_than: lower == point, upper 1.0
    for proportions and null for counts/ratios; range: point null, lower < upper;
    proportions within [0, 1]; counts whole numbers);
  * the numbers written in a percentage/count surface agree with the stored values;
  * each non-claim: text[start:end] == surface and a non-empty reason;
  * no duplicate or overlapping spans, and no figure overlaps a non-claim;
  * conflicts.json: valid kinds, every [file, start] reference points at the start
    of an annotated figure, no pair is both expected and must_not_flag, and the kind
    is arithmetically plausible for the referenced values.
"""
import json
import os
import re
import sys

QUALIFIERS = {"exact", "about", "up_to", "at_least", "more_than", "less_than", "range"}
UNITS = {"proportion", "count", "ratio"}
POLARITIES = {"positive", "negative", None}
KINDS = {"contradiction", "divergent", "complement_sum", "parts_whole", "granularity"}
SOURCE_TYPES = {"clinic_web_page", "hospital_patient_info", "journal_abstract", "journal_article", "blog_post", "news", "other"}
FIG_KEYS = {"surface", "start", "end", "point", "lower", "upper", "qualifier", "unit",
            "quote", "outcome", "population", "intervention", "polarity"}
EPS = 1e-6

problems = []


def err(where, msg):
    problems.append(f"{where}: {msg}")


def close(a, b, tol=EPS):
    return a is not None and b is not None and abs(a - b) <= tol


WORDNUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "twenty": 20, "hundred": 100}
SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9}


def surface_numbers(surface):
    """Numbers written in the surface (digits, with million/billion scale words)."""
    nums = []
    for m in re.finditer(r"(\d[\d,]*(?:\.\d+)?)(\s*(thousand|million|billion))?", surface):
        v = float(m.group(1).replace(",", ""))
        if m.group(3):
            v *= SCALE[m.group(3)]
        nums.append(v)
    if not nums:
        words = re.findall(r"[a-z]+", surface.lower())
        i = 0
        while i < len(words):
            w = words[i]
            if w in WORDNUM:
                v = WORDNUM[w]
                if i + 1 < len(words) and words[i + 1] in SCALE:
                    v *= SCALE[words[i + 1]]
                    i += 1
                nums.append(float(v))
            i += 1
    return nums


def check_values(where, f):
    q, u = f["qualifier"], f["unit"]
    p, lo, hi = f["point"], f["lower"], f["upper"]
    for name, v in (("point", p), ("lower", lo), ("upper", hi)):
        if v is not None and not isinstance(v, (int, float)):
            err(where, f"{name} is not a number: {v!r}")
            return
    if q in ("exact", "about"):
        if p is None or not (close(p, lo) and close(p, hi)):
            err(where, f"{q}: need point == lower == upper, got {p}, {lo}, {hi}")
    elif q in ("up_to", "less_than"):
        if p is None or lo is None or hi is None or not close(lo, 0.0) or not close(hi, p):
            err(where, f"{q}: need lower 0 and upper == point, got {p}, {lo}, {hi}")
    elif q in ("at_least", "more_than"):
        if p is None or not close(lo, p):
            err(where, f"{q}: need lower == point, got {p}, {lo}")
        if u == "proportion":
            if not close(hi, 1.0):
                err(where, f"{q} proportion: need upper 1.0, got {hi}")
        elif hi is not None:
            err(where, f"{q} {u}: need upper null, got {hi}")
    elif q == "range":
        if p is not None:
            err(where, f"range: need point null, got {p}")
        if lo is None or hi is None or not lo < hi:
            err(where, f"range: need lower < upper, got {lo}, {hi}")
    if u == "proportion":
        for v in (p, lo, hi):
            if v is not None and not (0.0 <= v <= 1.0):
                err(where, f"proportion value out of [0, 1]: {v}")
    if u == "count":
        for v in (p, lo, hi):
            if v is not None and (v < 0 or abs(v - round(v)) > EPS):
                err(where, f"count value is not a whole number: {v}")
    if u == "ratio":
        for v in (p, lo, hi):
            if v is not None and v < 0:
                err(where, f"negative ratio: {v}")

    # the numbers written in the surface must agree with the stored values
    s = f["surface"]
    nums = surface_numbers(s)
    bounds = [v for v in ((p,) if q != "range" else (lo, hi)) if v is not None]
    if re.search(r"%|\bpercent\b", s):
        if u != "proportion":
            err(where, f"percentage surface {s!r} but unit {u}")
        elif len(nums) != len(bounds) or not all(close(n / 100.0, b) for n, b in zip(nums, bounds)):
            err(where, f"surface {s!r} numbers {nums} do not match stored {bounds} (as fractions)")
    elif re.search(r"\b(in|out of|per)\b", s) and u == "proportion":
        if len(nums) == 2 and q != "range" and nums[1]:
            if not close(nums[0] / nums[1], p, 1e-3):
                err(where, f"surface {s!r} implies {nums[0] / nums[1]:.6f}, stored point {p}")
    elif u == "count":
        if len(nums) != 1 or not close(nums[0], p):
            err(where, f"count surface {s!r} numbers {nums} do not match point {p}")
    elif u == "ratio":
        if nums and q == "range" and (len(nums) != 2 or not all(close(n, b) for n, b in zip(nums, bounds))):
            err(where, f"ratio range surface {s!r} numbers {nums} do not match stored {bounds}")
        elif nums and q != "range" and not close(nums[0], p):
            err(where, f"ratio surface {s!r} numbers {nums} do not match point {p}")


def check_doc(gold_path, text, docname):
    where0 = os.path.basename(gold_path)
    try:
        with open(gold_path, encoding="utf-8") as fh:
            g = json.load(fh)
    except Exception as e:  # noqa: BLE001
        err(where0, f"cannot load JSON: {e}")
        return {}
    if g.get("doc") != docname:
        err(where0, f"'doc' is {g.get('doc')!r}, expected {docname!r}")
    if not isinstance(g.get("figures"), list) or not isinstance(g.get("non_claims"), list):
        err(where0, "'figures' and 'non_claims' must be lists")
        return {}
    spans = []
    starts = {}
    for i, f in enumerate(g["figures"]):
        where = f"{where0} figure[{i}] {f.get('surface')!r}"
        missing = FIG_KEYS - set(f)
        extra = set(f) - FIG_KEYS
        if missing:
            err(where, f"missing keys {sorted(missing)}")
            continue
        if extra:
            err(where, f"unexpected keys {sorted(extra)}")
        s, a, b = f["surface"], f["start"], f["end"]
        if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(text)):
            err(where, f"bad offsets {a}, {b}")
            continue
        if text[a:b] != s:
            err(where, f"text[{a}:{b}] is {text[a:b]!r}, not the surface")
        if s != s.strip():
            err(where, "surface has leading/trailing whitespace")
        quote = f["quote"]
        if not isinstance(quote, str) or not quote or quote not in text:
            err(where, "quote does not occur verbatim in the text")
        else:
            covered = False
            k = text.find(quote)
            while k != -1:
                if k <= a and b <= k + len(quote):
                    covered = True
                    break
                k = text.find(quote, k + 1)
            if not covered:
                err(where, "no occurrence of the quote covers the figure span")
        if f["qualifier"] not in QUALIFIERS:
            err(where, f"bad qualifier {f['qualifier']!r}")
            continue
        if f["unit"] not in UNITS:
            err(where, f"bad unit {f['unit']!r}")
            continue
        if f["polarity"] not in POLARITIES:
            err(where, f"bad polarity {f['polarity']!r}")
        if not isinstance(f["outcome"], str) or not f["outcome"].strip():
            err(where, "outcome must be a non-empty string")
        for key in ("population", "intervention"):
            if f[key] is not None and not (isinstance(f[key], str) and f[key].strip()):
                err(where, f"{key} must be a non-empty string or null")
        check_values(where, f)
        if a in starts:
            err(where, f"duplicate figure start {a}")
        starts[a] = f
        spans.append((a, b, "figure", s))
    for i, n in enumerate(g["non_claims"]):
        where = f"{where0} non_claim[{i}] {n.get('surface')!r}"
        if set(n) != {"surface", "start", "end", "why"}:
            err(where, f"keys must be surface/start/end/why, got {sorted(n)}")
            continue
        a, b = n["start"], n["end"]
        if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(text)):
            err(where, f"bad offsets {a}, {b}")
            continue
        if text[a:b] != n["surface"]:
            err(where, f"text[{a}:{b}] is {text[a:b]!r}, not the surface")
        if not isinstance(n["why"], str) or not n["why"].strip():
            err(where, "empty 'why'")
        spans.append((a, b, "non_claim", n["surface"]))
    spans.sort()
    for (a1, b1, k1, s1), (a2, b2, k2, s2) in zip(spans, spans[1:]):
        if a2 < b1:
            err(where0, f"overlapping spans: {k1} {s1!r}@{a1} and {k2} {s2!r}@{a2}")
    return starts


def interval(f):
    return f["lower"], f["upper"]


def _stated(f):
    """The number a figure states: its point, or the lower end of an explicit range."""
    return f["point"] if f["point"] is not None else f["lower"]


def check_conflict_semantics(where, kind, figs):
    if any(f is None for f in figs):
        return
    if kind in ("contradiction", "divergent", "complement_sum") and len(figs) != 2:
        err(where, f"{kind} must reference exactly 2 figures")
        return
    if kind == "contradiction":
        (l1, u1), (l2, u2) = interval(figs[0]), interval(figs[1])
        u1 = float("inf") if u1 is None else u1
        u2 = float("inf") if u2 is None else u2
        if not (u1 < l2 - EPS or u2 < l1 - EPS):
            err(where, "contradiction but the intervals are not disjoint")
    elif kind == "divergent":
        f1, f2 = figs
        pt = lambda f: f["qualifier"] in ("exact", "about")  # noqa: E731
        if pt(f1) and pt(f2):
            if close(f1["point"], f2["point"]):
                err(where, "divergent point estimates are equal")
        else:
            bound, other = (f1, f2) if not pt(f1) else (f2, f1)
            if bound["qualifier"] == "range" or not pt(other):
                err(where, "divergent needs a one-sided bound vs a point (or two points)")
            else:
                lo, hi = interval(bound)
                hi = float("inf") if hi is None else hi
                if not (lo - EPS <= other["point"] <= hi + EPS) or close(other["point"], bound["point"]):
                    err(where, "divergent point is not strictly inside the bound")
    elif kind == "complement_sum":
        f1, f2 = figs
        if any(f["unit"] != "proportion" for f in figs):
            err(where, "complement_sum needs proportions")
        elif not _stated(f1) + _stated(f2) > 1.0 + EPS:
            err(where, f"complement_sum: stated figures sum to {_stated(f1) + _stated(f2):.3f}, not > 1")
        elif f1["polarity"] == f2["polarity"]:
            err(where, "complement_sum figures should have opposite polarity")
    elif kind == "parts_whole":
        if len(figs) < 3 or any(f["unit"] != "count" for f in figs):
            err(where, "parts_whole needs the whole and at least 2 parts, all counts")
        elif close(figs[0]["point"], sum(f["point"] for f in figs[1:])):
            err(where, "parts_whole: the parts do add up to the whole")


def main(argv):
    if len(argv) != 3:
        print(__doc__)
        return 2
    gold_dir, corpus_dir = argv[1], argv[2]
    docs = sorted(f for f in os.listdir(corpus_dir) if f.endswith((".txt", ".md")))
    golds = sorted(f for f in os.listdir(gold_dir) if f.endswith(".json") and f != "conflicts.json")
    if not docs:
        err(corpus_dir, "no .txt or .md documents")
    for d in docs:
        if d + ".json" not in golds:
            err(gold_dir, f"missing gold file for {d}")
    for gname in golds:
        if gname[:-5] not in docs:
            err(gold_dir, f"gold file {gname} has no document in {corpus_dir}")

    man = os.path.join(corpus_dir, "manifest.jsonl")
    if os.path.exists(man):
        seen = []
        with open(man, encoding="utf-8") as fh:
            for ln, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    m = json.loads(line)
                except ValueError as e:
                    err("manifest.jsonl", f"line {ln}: bad JSON: {e}")
                    continue
                for key in ("file", "title", "publisher", "source_type", "url"):
                    if key not in m:
                        err("manifest.jsonl", f"line {ln}: missing {key}")
                if m.get("source_type") not in SOURCE_TYPES:
                    err("manifest.jsonl", f"line {ln}: bad source_type {m.get('source_type')!r}")
                seen.append(m.get("file"))
        if sorted(seen) != docs:
            err("manifest.jsonl", f"files {sorted(seen)} != documents {docs}")

    index = {}
    for d in docs:
        if d + ".json" not in golds:
            continue
        with open(os.path.join(corpus_dir, d), encoding="utf-8") as fh:
            text = fh.read()
        index[d] = check_doc(os.path.join(gold_dir, d + ".json"), text, d)

    cpath = os.path.join(gold_dir, "conflicts.json")
    if not os.path.exists(cpath):
        err(gold_dir, "missing conflicts.json")
    else:
        try:
            with open(cpath, encoding="utf-8") as fh:
                c = json.load(fh)
        except Exception as e:  # noqa: BLE001
            err("conflicts.json", f"cannot load JSON: {e}")
            c = {}
        if set(c) != {"expected", "must_not_flag"}:
            err("conflicts.json", f"top-level keys must be expected/must_not_flag, got {sorted(c)}")

        def resolve(where, ref):
            if not (isinstance(ref, list) and len(ref) == 2 and isinstance(ref[1], int)):
                err(where, f"bad figure reference {ref!r}")
                return None
            fname, start = ref
            if fname not in index:
                err(where, f"unknown file {fname!r}")
                return None
            if start not in index[fname]:
                err(where, f"{fname}@{start} is not the start of an annotated figure")
                return None
            return index[fname][start]

        pairs = {}
        for section in ("expected", "must_not_flag"):
            for i, e in enumerate(c.get(section, [])):
                where = f"conflicts.json {section}[{i}]"
                if not isinstance(e.get("why"), str) or not e["why"].strip():
                    err(where, "missing 'why'")
                refs = e.get("figures")
                least = 1 if e.get("kind") == "granularity" else 2
                if not isinstance(refs, list) or len(refs) < least:
                    err(where, f"'figures' must list at least {least} reference(s)")
                    continue
                figs = [resolve(where, r) for r in refs]
                if len({tuple(r) for r in refs if isinstance(r, list)}) != len(refs):
                    err(where, "the same figure is referenced twice")
                if section == "expected":
                    if e.get("kind") not in KINDS:
                        err(where, f"bad kind {e.get('kind')!r}")
                    else:
                        check_conflict_semantics(where, e["kind"], figs)
                elif "kind" in e:
                    err(where, "must_not_flag entries take no 'kind'")
                key = frozenset(tuple(r) for r in refs if isinstance(r, list))
                if key in pairs:
                    err(where, f"same figures already listed in {pairs[key]}")
                pairs[key] = where

    if problems:
        for p in problems:
            print("PROBLEM:", p)
        print(f"{len(problems)} problem(s) found")
        return 1
    nfig = sum(len(v) for v in index.values())
    print(f"OK: {len(index)} documents, {nfig} figures, conflicts.json valid")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
