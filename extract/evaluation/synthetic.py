"""Synthetic figures for measuring the consistency check at scale: claims.jsonl of N figures
over M measures, and the benchmark that times :func:`~extract.consistency.check_file` on them.

The figures look like what the figures stage writes: percentages of an outcome after an
intervention, in documents about one condition each (documents on one condition share their
topic terms, as real pages about one condition share their most frequent words). Each measure
has a true value; most of its figures state it exactly or "about" it, some give a one-sided
bound ("up to") or a range around it, a few are one percentage point off (noise) and a few
are outliers. Some measures are stated as successes in some documents and as failures in
others (complements, on a shared outcome axis); populations ("adults" or unstated) and time
points ("12 months", "1 year", "6 months") vary. Everything is drawn from one seeded random
generator: the same arguments give the same file, byte for byte.

Records are built as plain dicts and written with :mod:`json` (building a million pydantic
objects would cost more than the check itself); the tests validate every line of small files
against the Claim model and schemas/.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Optional

from extract.records.ids import stable_id
from extract.records.models import SCHEMA_VERSION

CONDITIONS = (
    ("failed back surgery syndrome", ("fail", "back", "surgery", "syndrom")),
    ("carpal tunnel syndrome", ("carpal", "tunnel", "syndrom", "hand")),
    ("knee osteoarthritis", ("kne", "osteoarthrit", "joint", "cartilag")),
    ("chronic migraine", ("migrain", "headach", "chronic", "aura")),
    ("sciatica", ("sciatica", "nerve", "leg", "lumbar")),
    ("plantar fasciitis", ("plantar", "fasciit", "heel", "foot")),
)
OUTCOMES = (
    ("pain relief", "relief"), ("function", "function"), ("sleep", "sleep"), ("return to work", "work"),
    ("disability", "disabil"), ("walking distance", "walk"), ("opioid use", "opioid"), ("quality of life", "qualiti"),
    ("mobility", "mobil"), ("grip strength", "grip"), ("range of motion", "motion"), ("numbness", "numb"),
    ("headache days", "day"), ("swelling", "swell"), ("stiffness", "stiff"), ("fatigue", "fatigu"),
    ("anxiety", "anxieti"), ("depression", "depress"), ("medication use", "medic"), ("satisfaction", "satisfact"),
)
INTERVENTIONS = (
    ("spinal cord stimulation", "stimul"), ("physical therapy", "therapi"), ("epidural steroid injection", "injection"),
    ("radiofrequency ablation", "ablat"), ("carpal tunnel release", "releas"), ("knee replacement", "replac"),
    ("botulinum toxin", "botulinum"), ("acupuncture", "acupunctur"), ("massage", "massag"), ("yoga", "yoga"),
    ("surgery", "surgeri"), ("splinting", "splint"), ("cognitive behavioral therapy", "cognit"), ("exercise", "exercis"),
    ("erenumab", "erenumab"), ("gabapentin", "gabapentin"), ("duloxetine", "duloxetin"), ("PRP injection", "prp"),
    ("dry needling", "needl"), ("shockwave therapy", "shockwav"),
)
SECTIONS = ("Results", "Outcomes", "What to expect", "Treatment")
TIMES = ((None, []), ("at 12 months", ["12", "month"]), ("after 1 year", ["1", "year"]), ("at 6 months", ["6", "month"]))


@dataclass(frozen=True)
class _Measure:
    topic: int
    outcome: tuple[str, str]
    intervention: tuple[str, str]
    value: int  # true percentage
    complements: bool  # stated as success in some documents, failure in others


def _measures(rng: random.Random, n_measures: int) -> list[_Measure]:
    """Distinct (outcome, intervention) measures, up to 400 per condition topic."""
    per_topic = len(OUTCOMES) * len(INTERVENTIONS)
    out = []
    for k in range(n_measures):
        topic, slot = divmod(k, per_topic)
        outcome, intervention = OUTCOMES[slot % len(OUTCOMES)], INTERVENTIONS[slot // len(OUTCOMES)]
        out.append(_Measure(topic, outcome, intervention, rng.randint(10, 90), rng.random() < 0.2))
    return out


def _condition(topic: int) -> tuple[str, tuple[str, ...]]:
    """The condition of a topic and its terms: past the first round of CONDITIONS, a numbered
    variant whose terms are its own, so that two topics share no term and the same outcome and
    intervention on two topics are two measures (as on real pages about two conditions)."""
    name, terms = CONDITIONS[topic % len(CONDITIONS)]
    round_ = topic // len(CONDITIONS)
    if round_:
        return f"{name} type {round_ + 1}", tuple(f"{t}{round_ + 1}" for t in terms)
    return name, terms


def _topic_terms(topic: int) -> list[str]:
    return sorted((*_condition(topic)[1], f"site{topic}"))


def _stated(rng: random.Random, true: int) -> tuple[str, dict]:
    """A way of stating a percentage around ``true``: (kind, value fields)."""
    r = rng.random()
    if r < 0.60:
        return "exact", _point(true, "exact", f"{true}%")
    if r < 0.80:
        about = 5 * round(true / 5)
        return "about", _point(about, "about", f"about {about}%")
    if r < 0.85:
        return "up_to", {"point": true / 100, "lower": 0.0, "upper": true / 100, "qualifier": "up_to", "surface": f"up to {true}%"}
    if r < 0.90:
        lo, hi = max(1, true - rng.randint(2, 5)), min(99, true + rng.randint(2, 5))
        return "range", {"point": None, "lower": lo / 100, "upper": hi / 100, "qualifier": "range", "surface": f"{lo}-{hi}%"}
    if r < 0.97:
        near = min(99, max(1, true + rng.choice((-1, 1))))
        return "exact", _point(near, "exact", f"{near}%")
    far = min(99, max(1, true + rng.choice((-1, 1)) * rng.randint(10, 30)))
    return "exact", _point(far, "exact", f"{far}%")


def _point(percent: int, qualifier: str, surface: str) -> dict:
    return {"point": percent / 100, "lower": percent / 100, "upper": percent / 100, "qualifier": qualifier, "surface": surface}


def synthetic_claims(n_figures: int, n_measures: int, seed: int = 0, figures_per_doc: int = 10) -> Iterator[dict]:
    """``n_figures`` statistic claim records (as dicts, in document order) over ``n_measures``
    measures; each document is about one condition and states about ``figures_per_doc`` figures
    of that condition's measures."""
    if n_figures < 0 or n_measures < 1:
        raise ValueError("the synthetic corpus needs n_figures >= 0 and n_measures >= 1")
    rng = random.Random(seed)
    measures = _measures(rng, n_measures)
    by_topic: dict[int, list[_Measure]] = {}
    for m in measures:
        by_topic.setdefault(m.topic, []).append(m)
    topics = sorted(by_topic)
    made, doc_number = 0, 0
    while made < n_figures:
        topic = topics[doc_number % len(topics)]
        doc_id = stable_id("doc_", "synthetic", seed, doc_number)
        count = min(n_figures - made, figures_per_doc)
        offset = 0
        for sentence in range(count):
            record, offset = _claim(rng, rng.choice(by_topic[topic]), doc_id, sentence, offset)
            yield record
        made += count
        doc_number += 1


def _claim(rng: random.Random, m: _Measure, doc_id: str, sentence: int, offset: int) -> tuple[dict, int]:
    negative = m.complements and rng.random() < 0.5
    true = 100 - m.value if negative else m.value
    _, value = _stated(rng, true)
    outcome_text = ("no " if negative else "") + m.outcome[0]
    population, population_terms = ("adults", ["adult"]) if rng.random() < 0.4 else (None, [])
    time_text, time_terms = rng.choice(TIMES)
    condition = _condition(m.topic)[0]
    quote = f"{value['surface'][0].upper()}{value['surface'][1:]} of {population or 'patients'} with {condition} reported {outcome_text} after {m.intervention[0]}{' ' + time_text if time_text else ''}."
    start = offset
    axis = "success" if m.complements else None
    record = {
        "schema_version": SCHEMA_VERSION,
        "claim_id": stable_id("clm_", doc_id, "statistic", quote, start),
        "doc_id": doc_id,
        "evidence": {
            "quote": quote, "start": start, "end": start + len(quote), "sentence_index": sentence,
            "section": SECTIONS[sentence % len(SECTIONS)], "rule": "percent", "extractor_version": "synthetic/1",
        },
        "type": "statistic",
        "value": {
            **value, "unit": "proportion", "start": start, "end": start + len(value["surface"]),
            "precision": 0.005,
        },
        "outcome": outcome_text,
        "population": population,
        "intervention": m.intervention[0],
        "time_frame": time_text,
        "polarity": ("negative" if negative else "positive") if m.complements else None,
        "measure": {
            "outcome_terms": [m.outcome[1]],
            "population_terms": population_terms,
            "intervention_terms": [m.intervention[1]],
            "axis": axis,
            "time_terms": time_terms,
            "topic_terms": _topic_terms(m.topic),
            "key": f"outcome={m.outcome[1]}; axis={axis or '-'}; intervention={m.intervention[1]}; population={' '.join(population_terms) or '-'}; unit=proportion",
        },
    }
    return record, start + len(quote) + 1


def write_synthetic(path: str | Path, n_figures: int, n_measures: int, seed: int = 0) -> int:
    """Write the synthetic claims to ``path`` as claims.jsonl; returns the bytes written."""
    size = 0
    with Path(path).open("w", encoding="utf-8") as sink:
        for record in synthetic_claims(n_figures, n_measures, seed):
            line = json.dumps(record, separators=(",", ":")) + "\n"
            sink.write(line)
            size += len(line)
    return size


# -- the benchmark ---------------------------------------------------------------------------------


@dataclass
class CheckBench:
    """Figures of one run of the check on synthetic figures (printed, never asserted)."""

    figures: int
    measures: int
    megabytes: float
    generate_seconds: float
    cpu_seconds: float
    wall_seconds: float
    peak_rss_mb: float
    conflicts: int
    conflicts_by_kind: dict[str, int]
    coverage: dict[str, int]
    phases: dict[str, float] = field(default_factory=dict)

    def format(self) -> str:
        """The figures as a few readable lines (see :func:`format_check_bench`)."""
        return format_check_bench(self)


_CHILD = """
import json, resource, sys, time
from collections import Counter
from extract.consistency import check_file
timings = {}
cpu, wall = time.process_time(), time.perf_counter()
result = check_file(sys.argv[1], labels=None, topics=None, timings=timings)
cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
print(json.dumps({"cpu": cpu, "wall": wall, "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  "conflicts": len(result.conflicts), "kinds": Counter(c.kind for c in result.conflicts),
                  "coverage": result.coverage, "phases": timings}))
"""


def measure_check(figures: int = 1_000_000, measures: int = 10_000, seed: int = 0, workdir: Optional[Path] = None) -> CheckBench:
    """Write ``figures`` synthetic figures over ``measures`` measures, then run check_file on
    them in a fresh process (so its peak memory is the check's): CPU and wall seconds, peak
    resident memory, conflicts, coverage, and CPU seconds by phase."""
    with tempfile.TemporaryDirectory(prefix="evidence-check-bench-", dir=workdir) as tmp:
        path = Path(tmp) / "claims.jsonl"
        started = time.process_time()
        size = write_synthetic(path, figures, measures, seed)
        generate = time.process_time() - started
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (str(Path(__file__).resolve().parents[2]), os.environ.get("PYTHONPATH")) if p)}
        done = subprocess.run([sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True, env=env, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"the check failed on the synthetic figures: {done.stderr.strip()[-2000:]}")
        out = json.loads(done.stdout.strip().splitlines()[-1])
    return CheckBench(
        figures=figures, measures=measures, megabytes=size / 1e6, generate_seconds=generate, cpu_seconds=out["cpu"],
        wall_seconds=out["wall"], peak_rss_mb=_rss_mb(out["rss"]), conflicts=out["conflicts"],
        conflicts_by_kind=dict(sorted(out["kinds"].items())), coverage=out["coverage"], phases=out["phases"],
    )


def _rss_mb(maxrss: int) -> float:
    """ru_maxrss in MB (kilobytes on Linux, bytes on macOS)."""
    return maxrss / (1024 * 1024) if sys.platform == "darwin" else maxrss / 1024


def format_check_bench(b: CheckBench) -> str:
    """The figures of :func:`measure_check` as a few readable lines."""
    kinds = ", ".join(f"{k} {v:,}" for k, v in b.conflicts_by_kind.items()) or "none"
    phases = ", ".join(f"{k} {v:.1f} s" for k, v in b.phases.items())
    return "\n".join([
        f"Consistency check on {b.figures:,} synthetic figures over {b.measures:,} measures ({b.megabytes:,.0f} MB of claims.jsonl, written in {b.generate_seconds:.1f} s CPU):",
        f"  {b.cpu_seconds:.1f} s CPU ({b.wall_seconds:.1f} s wall), peak memory {b.peak_rss_mb:,.0f} MB",
        f"  CPU by phase: {phases}",
        f"  {b.coverage.get('pairs_compared', 0):,} comparable pairs over {b.coverage.get('figures_compared', 0):,} figures; conflicts {b.conflicts:,} ({kinds})",
    ])


def bench_json(b: CheckBench) -> dict:
    """The figures as a JSON-ready dict."""
    return asdict(b)


__all__ = ["CheckBench", "format_check_bench", "measure_check", "synthetic_claims", "write_synthetic"]
