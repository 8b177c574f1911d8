"""The stage timing of the bench (extract/pipeline/timing.py): stages measured and consistent
when on; nothing wrapped and the same outputs when off. No figure of speed is asserted."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.linking.linker import Linker
from extract.pipeline import load, timing
from extract.runner import CLAIMS, DOCUMENTS, read_run, run

TEXTS = {
    "a.txt": "Failed Back Surgery Syndrome\n\nUp to 20% of patients have persistent pain after lumbar spine "
    "surgery. Smoking is a common cause of failed back surgery syndrome (FBSS). Spinal cord stimulation "
    "relieved pain in 48% of patients with FBSS.\n",
    "b.txt": "Migraine\n\nAbout 12% of adults have migraine. Triptans are recommended for acute migraine attacks.\n",
}


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_off_nothing_is_wrapped(nlp) -> None:
    tokenizer, components = nlp.tokenizer, list(nlp.components)
    items = [1, 2, 3]
    assert timing.active() is None
    assert timing.instrument(nlp) is nlp
    assert nlp.tokenizer is tokenizer and list(nlp.components) == components
    assert timing.timed(items) is items
    assert timing.stage_seconds() == {}


def test_measuring_wraps_then_puts_everything_back(nlp) -> None:
    tokenizer, components, names = nlp.tokenizer, list(nlp.components), list(nlp.pipe_names)
    link, link_many = Linker.__dict__["link"], Linker.__dict__["link_many"]
    with timing.measuring() as clock:
        timing.instrument(nlp)
        assert nlp.tokenizer is not tokenizer
        # a mark before each component and one after the last, the components themselves untouched
        assert nlp.pipe_names[1::2] == names and len(nlp.pipe_names) == 2 * len(names) + 1
        assert all(name.startswith(timing.MARK) for name in nlp.pipe_names[0::2])
        assert [c for c in nlp.components if not c[0].startswith(timing.MARK)] == components
        assert Linker.__dict__["link"] is not link
        doc = nlp("Smoking is a common cause of failed back surgery syndrome.")
        assert doc._.claims  # the wrapped pipeline still works
        with pytest.raises(RuntimeError, match="do not nest"):
            with timing.measuring():
                pass
    assert nlp.tokenizer is tokenizer and list(nlp.components) == components and nlp.pipe_names == names
    assert Linker.__dict__["link"] is link and Linker.__dict__["link_many"] is link_many
    assert clock.tokens == len(doc)
    assert set(clock.wall) == {"tokenizer", *nlp.pipe_names}  # every component timed, and nothing else
    assert all(seconds > 0 for seconds in clock.wall.values())


def test_run_stages_are_measured_and_within_the_total(corpus: Path, tmp_path: Path) -> None:
    fresh = load()  # a pipeline that has not linked yet: the linker is timed from its first call
    with timing.measuring() as clock:
        info = run([corpus], tmp_path / "out", nlp=fresh)
    stages = clock.stages()
    assert set(stages) == set(timing.STAGES)
    assert all(seconds >= 0 for seconds in stages.values())
    assert stages["read"] > 0 and stages["parse"] > 0 and stages["extract"] > 0
    assert stages["link"] > 0 and clock.link_calls > 0  # "failed back surgery syndrome", "migraine"...
    assert sum(stages.values()) <= info.timings["total"]
    cpu = clock.stages(cpu=True)
    assert set(cpu) == set(timing.STAGES) and all(s >= 0 for s in cpu.values())
    written = read_run(tmp_path / "out").timings
    for name in timing.STAGES:  # run.json carries them
        assert written[name] == pytest.approx(stages[name], abs=0.001)
    assert clock.tokens == sum(len(fresh.make_doc(t)) for t in TEXTS.values())


def test_link_many_calling_link_counts_once(kb_dir: Path) -> None:
    from extract.linking import get_linker

    linker = get_linker()
    with timing.measuring() as clock:
        timing._time_linker(clock)
        linker.link_many(["sciatica", "leg pain", "migraine"])
        linker.link("allodynia")
    assert clock.link_calls == 2
    assert clock.link_wall["outside"] > 0  # not inside a component


def test_outputs_are_the_same_with_timing_on_and_off(nlp, corpus: Path, tmp_path: Path) -> None:
    run([corpus], tmp_path / "off", nlp=nlp)
    with timing.measuring():
        info = run([corpus], tmp_path / "on", nlp=nlp)
    assert info.counts["claims"] > 0
    for name in (CLAIMS, DOCUMENTS):
        assert (tmp_path / "on" / name).read_bytes() == (tmp_path / "off" / name).read_bytes()
    off = read_run(tmp_path / "off").timings
    assert not set(timing.STAGES) & set(off)  # only a measured run records the stages
    assert set(timing.STAGES) <= set(read_run(tmp_path / "on").timings)


def test_measuring_does_not_keep_a_pipeline_the_run_released(corpus: Path, tmp_path: Path) -> None:
    """The bench measures a run with the timing on; the timing's undoing must not hold the
    pipeline the run drops before its check (else the bench measures a run `evidence run` is not)."""
    import gc
    import weakref

    made: list[weakref.ref] = []

    def build():  # noqa: ANN202
        built = load()
        made.append(weakref.ref(built))
        return built

    with timing.measuring() as clock:
        run([corpus], tmp_path / "out", pipeline=build)
        gc.collect()
        assert made[0]() is None
        assert clock.tokens > 0 and clock.stages()["parse"] > 0 and clock.stages()["extract"] > 0
