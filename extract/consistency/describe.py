"""Plain-language descriptions of figures, for explanations a reviewer can act on."""

from __future__ import annotations

from extract.records.models import StatisticClaim


def fmt_number(x: float, unit: str) -> str:
    """20% for 0.2 proportions; 250,000 for counts; 3 for ratios."""
    if unit == "proportion":
        pct = x * 100
        return f"{pct:.10g}%" if abs(pct - round(pct, 2)) < 1e-9 else f"{pct:.3g}%"
    if unit == "count" and float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:g}"


def fmt_value(c: StatisticClaim) -> str:
    """'up to 20%', 'at least 60%', '18%-25%', 'about 15%' from a claim's value."""
    v = c.value
    words = {
        "exact": "", "about": "about ", "up_to": "up to ", "less_than": "less than ",
        "at_least": "at least ", "more_than": "more than ",
    }
    if v.qualifier == "range":
        return f"{fmt_number(v.lower, v.unit)}-{fmt_number(v.upper, v.unit)}"  # type: ignore[arg-type]
    return words[v.qualifier] + fmt_number(v.point, v.unit)  # type: ignore[arg-type]


def cite(c: StatisticClaim) -> str:
    """Where a figure is: '"15%" (doc_cd60…, "For the rest, 15% of the pain persists ...")'."""
    quote = c.evidence.quote if len(c.evidence.quote) <= 140 else c.evidence.quote[:137] + "..."
    return f'"{c.value.surface}" in {c.doc_id} ("{quote}")'


def what(c: StatisticClaim) -> str:
    """What a figure measures, in the words of its sentence: 'pain relief (people; intervention:
    spinal surgery; threshold: more than 50%)'."""
    context = [c.population] if c.population else []
    if c.intervention and c.intervention.lower() not in (c.population or "").lower():
        context.append(f"intervention: {c.intervention}")
    if c.time_frame:
        context.append(c.time_frame)
    if c.threshold:
        context.append(f"threshold: {c.threshold}")
    outcome = c.outcome or "the measure"
    return f"{outcome} ({'; '.join(context)})" if context else outcome
