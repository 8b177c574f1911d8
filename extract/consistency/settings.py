"""Settings of the consistency checks: a data file, validated on load."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field


class CheckSettings(BaseModel):
    """Tolerances and vocabularies of the checks (``data/checks.json``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: str
    description: str = ""
    about_tolerance: float = Field(ge=0, le=0.5, description="Relative tolerance of 'about' counts and ratios (an 'about' proportion is as wide as its rounding: see intervals.rounding_tolerance).")
    min_topic_overlap: int = Field(ge=0, description="Shared topic terms two documents need to be compared.")
    complementable_axes: list[str]
    severity_ratio_high: float = Field(gt=1)
    severity_ratio_medium: float = Field(gt=1)
    partitions: list[list[str]]
    granularity_max_decimals: int = Field(ge=0, le=4)
    generic_intervention_terms: list[str] = Field(description="Stems that do not name an intervention alone.")
    compare_concepts: bool = Field(
        default=True,
        description="Compare figures by their linked outcome, population and intervention concepts where both have one.",
    )
    generic_concept_terms: list[str] = Field(
        default_factory=list,
        description="Stems left out when one concept's name is checked against another's for a possible ancestor "
        "('Injection therapy' may be above 'Epidural steroid injection').",
    )
    max_pairwise_conflicts: int = Field(
        default=45,
        ge=1,
        description="A group of comparable figures reports every conflicting pair while there are at most this many "
        "(or as many as it has figures); above, each figure is compared with the group's consensus (see consistency.sweep).",
    )
    first_cues: list[str] = Field(
        description="Words saying a recommended action comes first ('first-line', 'initially'); qualitative checks."
    )
    subgroup_population_terms: list[str] = Field(
        default_factory=list,
        description="Population terms (stems, as a figure's measure keeps them) of a demographic subgroup ('woman', "
        "'child', 'elderly'): a figure of such a subgroup does not measure the same thing as a figure of an "
        "unspecified population ('Migraine affects 1 in 5 women' vs '1 in 7 people worldwide'), though a figure of "
        "another one-word population does ('chronic migraine patients' on a migraine page).",
    )
    generic_population_words: list[str] = Field(
        description="Words that do not narrow a recommendation's population ('patients', 'most'); qualitative checks."
    )
    action_light_words: list[str] = Field(
        description="Leading words that do not name a recommended action ('try', 'undergo', 'the'); qualitative checks."
    )
    negating_action_words: list[str] = Field(
        description="A leading word that makes a recommended action one against it ('avoid', 'not'); qualitative checks."
    )


@lru_cache(maxsize=4)
def load_settings(path: Optional[str] = None) -> CheckSettings:
    """The packaged settings, or a user's file at ``path``."""
    if path:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    else:
        data = json.loads(resources.files("extract.consistency").joinpath("data", "checks.json").read_text("utf-8"))
    return CheckSettings.model_validate(data)
