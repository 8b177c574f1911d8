"""Shared fixtures of the figure tests: the packaged cue file, loaded once, and the figures a
sentence claims."""

import pytest

from extract.figures import find_figures, load_cues


@pytest.fixture(scope="module")
def cues():
    return load_cues()


def surfaces(sentence, cues):
    """The surfaces of the figures ``sentence`` claims (its statistics, not its context numbers)."""
    return [m.surface for m in find_figures(sentence, cues) if m.role == "claim"]
