"""The statistical profiler of ``python -m extract.evaluation.profile --sample``."""

from __future__ import annotations

import signal
import time

from extract.evaluation.profile import Sampler


def _busy(seconds: float) -> int:
    """Pure Python work for ``seconds`` of CPU time."""
    end, n = time.process_time() + seconds, 0
    while time.process_time() < end:
        n += sum(i * i for i in range(200))
    return n


def _caller(seconds: float) -> int:
    return _busy(seconds)


def test_samples_go_to_the_running_function_and_its_callers() -> None:
    with Sampler(interval=0.001) as sampler:
        _caller(0.3)
    assert sampler.samples > 10
    own = sampler.table(0.3, top=3, own=True)
    assert any(name.endswith("(_busy)") or name.endswith("(<genexpr>)") for _, name in own)
    inclusive = dict((name.rsplit("(", 1)[-1], sec) for sec, name in sampler.table(0.3, top=20))
    assert inclusive["_caller)"] >= inclusive["_busy)"] > 0.2  # every sample of _busy is one of _caller
    assert sum(sec for sec, _ in sampler.table(0.3, top=1000, own=True)) <= 0.3 + 1e-9


def test_the_timer_stops_and_the_previous_handler_comes_back() -> None:
    previous = signal.getsignal(signal.SIGPROF)
    with Sampler():
        _busy(0.01)
    assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGPROF) == previous
