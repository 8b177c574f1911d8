"""The bench's corpus builder, its variations and its JSON report (extract/evaluation/bench.py).
No speed is asserted: the figures are checked for presence and consistency only."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from extract.evaluation import bench
from extract.evaluation.bench import (
    BenchError,
    BenchReport,
    build_corpus,
    change_numbers,
    restyle_heading,
    shuffle_sections,
    swap_names,
    vary,
)
from extract.ingest import iter_documents
from extract.records import Document, Skipped

CORPORA = Path(__file__).resolve().parents[2] / "corpora"

PAGE = (
    "Migraine And Its Treatment\n\n"
    "About 12% of adults have migraine, and 1,200 patients took part in the trial.\n\n"
    "What Causes Migraine\n\n"
    "Stress is a common cause of migraine attacks.\n\n"
    "Ibuprofen relieved pain in 48.5 percent of patients.\n\n"
    "Treatment Options\n\n"
    "Triptans are recommended for acute attacks of MIGRAINE.\n\n"
    "References\n\n"
    "1. Smith J. Migraine in adults. Lancet. 2020.\n"
)
HTML = (
    "<html><head><title>Migraine</title></head><body><h1>Migraine And Its Treatment</h1>"
    "<p>About 12% of adults have migraine.</p><h2>What Causes Migraine</h2>"
    "<p>Stress is a common cause of <b>migraine</b> attacks.</p>"
    "<p>Ibuprofen relieved pain in 48.5% of 300 patients.</p></body></html>"
)


@pytest.fixture()
def sources(tmp_path: Path) -> Path:
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "page.txt").write_text(PAGE, encoding="utf-8")
    (folder / "page.html").write_text(HTML, encoding="utf-8")
    (folder / "notes.json").write_text("{}", encoding="utf-8")  # not a document: ignored
    return folder


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


# -- the variations ---------------------------------------------------------------------------


def test_names_are_swapped_in_the_case_written() -> None:
    mapping = {"migraine": "sciatica", "ibuprofen": "gabapentin", "NSAIDs": "yoga"}
    text = "Migraine, MIGRAINE and migraine; ibuprofen and NSAIDs; migraines stay (another word)."
    assert swap_names(text, mapping) == (
        "Sciatica, SCIATICA and sciatica; gabapentin and yoga; migraines stay (another word)."
    )


def test_figures_change_but_keep_their_format() -> None:
    text = "In 12% of cases, 48.5 percent of 1,200 patients and 300 adults; in 2019, 7 days."
    copies = [change_numbers(text, random.Random(seed)) for seed in range(60)]
    assert any(changed != text for changed in copies)
    for changed in copies:
        assert changed.endswith("in 2019, 7 days.")  # years and other numbers are left alone
        words = changed.split()
        assert words[1].endswith("%") and words[1][:-1].isdigit() and 1 <= int(words[1][:-1]) <= 100
        assert len(words[4].split(".")[1]) == 1 and 0 <= float(words[4]) <= 100  # one decimal kept
        assert re.fullmatch(r"\d{1,3}(,\d{3})*", words[7]) and words[8] == "patients"  # thousands separated
    assert [change_numbers(text, random.Random(seed)) for seed in range(60)] == copies  # the generator decides


def test_most_figures_of_a_copy_are_kept_and_few_disagree() -> None:
    """Copies quote a measure as real sources do: most as written, counts sometimes moved within
    the check's 10% tolerance, a few changed beyond it (not every figure of every copy)."""
    rng = random.Random(0)
    kept = near = far = 0
    for _ in range(2000):
        changed = int(change_numbers("of 1000 patients", rng).split()[1])
        ratio = changed / 1000
        kept += ratio == 1
        near += ratio != 1 and abs(ratio - 1) <= 0.05
        far += abs(ratio - 1) > 0.05
    assert kept > 0.75 * 2000 and 0 < far < 0.15 * 2000 and 0 < near < 0.15 * 2000
    percents = [change_numbers("in 40% of cases", rng) for _ in range(2000)]
    assert 0.75 * 2000 < sum(p == "in 40% of cases" for p in percents) < 2000


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        ("upper", "WHAT CAUSES FBSS AFTER SURGERY"),
        ("title", "What Causes FBSS After Surgery"),
        ("sentence", "What causes FBSS after surgery"),
        ("as written", "What Causes FBSS after Surgery"),
    ],
)
def test_headings_are_restyled_and_acronyms_kept(style: str, expected: str) -> None:
    assert restyle_heading("What Causes FBSS after Surgery", style) == expected


def test_sections_are_shuffled_with_their_headings_title_first_references_last() -> None:
    blocks = [b for b in PAGE.strip().split("\n\n")]
    for seed in range(10):
        shuffled = [b for b in shuffle_sections(PAGE, random.Random(seed)).strip().split("\n\n")]
        assert sorted(shuffled) == sorted(blocks)  # the same paragraphs
        assert shuffled[0] == blocks[0] and shuffled[-2:] == blocks[-2:]
        at = shuffled.index("What Causes Migraine")  # a heading keeps its section
        assert set(shuffled[at + 1 : at + 3]) == {blocks[3], blocks[4]}
    assert len({shuffle_sections(PAGE, random.Random(seed)) for seed in range(10)}) > 1


def test_a_varied_copy_differs_and_swaps_names_within_their_kind() -> None:
    names = bench.load_variations()
    copy = vary(PAGE, ".txt", random.Random(1), names)
    assert copy != PAGE
    lowered = copy.lower()
    assert "migraine" not in lowered  # mapped to another condition (the lists are permuted)
    assert any(name.lower() in lowered for name in names.conditions)
    assert "References" in copy and copy.rstrip().endswith("Lancet. 2020.")


def test_html_copies_stay_well_formed_and_readable(tmp_path: Path) -> None:
    names = bench.load_variations()
    copy = vary(HTML, ".html", random.Random(2), names)
    assert copy.count("<p>") == HTML.count("<p>") == copy.count("</p>")
    assert copy.count("<h2>") == 1 and "<b>" in copy and copy.startswith("<html><head><title>")
    (tmp_path / "copy.html").write_text(copy, encoding="utf-8")
    (read,) = list(iter_documents([tmp_path / "copy.html"]))
    assert isinstance(read, Document) and "of adults have" in read.text


def test_a_bad_variation_file_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "names.json"
    bad.write_text(json.dumps({"conditions": ["gout", "Gout"], "treatments": ["yoga", "tai chi"]}), encoding="utf-8")
    with pytest.raises(BenchError, match="(?s)names.json is invalid.*distinct"):
        bench.load_variations(str(bad))


# -- the corpus -------------------------------------------------------------------------------


def test_the_corpus_reaches_its_size_one_file_at_a_time(sources: Path, tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    seen: list[int] = []

    def tick(size: int) -> None:  # called after each file is written, before the next is made
        on_disk = sorted(out.iterdir())
        assert len(on_disk) == len(seen) + 1 and on_disk[-1].stat().st_size == size
        seen.append(size)

    info = build_corpus([sources], out, size_mb=0.01, seed=7, tick=tick)
    written = files(out)
    assert info.bytes == sum(map(len, written.values())) == sum(seen) >= 10_000
    assert info.bytes - seen[-1] < 10_000  # stopped at the file that reached the size
    assert info.documents == len(written) and info.sources == 2 and info.copies > 1
    assert info.characters == sum(len(b.decode("utf-8")) for b in written.values())
    assert len(set(written.values())) == len(written)  # no two files alike
    assert written["00000-sources-page.txt"].decode("utf-8") == PAGE  # copy 0 as it is
    assert not any(name.endswith(".json") for name in written)


def test_the_corpus_is_the_same_for_a_seed_and_differs_for_another(sources: Path, tmp_path: Path) -> None:
    one = build_corpus([sources], tmp_path / "one", documents=8, seed=1)
    assert one.documents == 8
    again = build_corpus([sources], tmp_path / "again", documents=8, seed=1)
    other = build_corpus([sources], tmp_path / "other", documents=8, seed=2)
    assert files(tmp_path / "one") == files(tmp_path / "again")
    assert files(tmp_path / "one") != files(tmp_path / "other")
    assert again.bytes == one.bytes


def test_corpus_documents_are_read_and_give_claims(nlp, sources: Path, tmp_path: Path) -> None:
    from extract.pipeline import make_doc

    build_corpus([sources], tmp_path / "corpus", documents=6, seed=3)
    read = list(iter_documents([tmp_path / "corpus"]))
    assert len(read) == 6 and all(isinstance(d, Document) for d in read)
    for document in read:
        doc = nlp(make_doc(nlp, document.text, document.doc_id))
        assert doc._.claims, document.path  # a figure and a cause in every copy


def test_the_project_corpora_build_without_repeats(tmp_path: Path) -> None:
    folders = sorted(p for p in CORPORA.iterdir() if p.is_dir())
    # one and a half times the corpora's own size: copy 0 and at least one varied copy, however many corpora there are
    size = sum(f.stat().st_size for folder in folders for f in folder.iterdir() if f.is_file() and f.suffix != ".jsonl")
    info = build_corpus(folders, tmp_path / "corpus", size_mb=1.5 * size / 1e6, seed=0)
    assert info.copies >= 2 and info.repeats_dropped == 0
    read = list(iter_documents([tmp_path / "corpus"]))
    assert not [s for s in read if isinstance(s, Skipped)]  # no duplicate, nothing unreadable
    assert len(read) == info.documents


@pytest.mark.parametrize(
    ("setup", "kwargs", "message"),
    [
        ("ok", {}, "give the corpus a size"),
        ("ok", {"size_mb": 0}, "must be positive"),
        ("busy", {"size_mb": 1}, "not an empty folder"),
        ("empty", {"size_mb": 1}, "no .txt, .md or .html document"),
        ("latin1", {"size_mb": 1}, "cannot read .*bad.txt as UTF-8"),
        ("constant", {"size_mb": 1}, "cannot vary enough"),
        ("missing", {"size_mb": 1}, "is not a folder"),
    ],
)
def test_bad_corpus_requests_say_why(tmp_path: Path, sources: Path, setup: str, kwargs: dict, message: str) -> None:
    folder, out = sources, tmp_path / "out"
    if setup == "busy":
        out.mkdir()
        (out / "x.txt").write_text("left from before", encoding="utf-8")
    elif setup in ("empty", "latin1", "constant"):
        folder = tmp_path / setup
        folder.mkdir()
        if setup == "latin1":
            (folder / "bad.txt").write_bytes("caf\xe9 migraine".encode("latin-1"))
        if setup == "constant":
            (folder / "one.txt").write_text("nothing to vary here", encoding="utf-8")
    elif setup == "missing":
        folder = tmp_path / "nowhere"
    with pytest.raises(BenchError, match=message):
        build_corpus([folder], out, **kwargs)


# -- the report -------------------------------------------------------------------------------


def test_the_report_is_written_validated_to_the_given_folder(tmp_path: Path) -> None:
    report = bench.new_report(["evidence", "bench", "--size-mb", "0.05"])
    report.baseline = bench.baseline_figures(
        {"documents": 2, "tokens": 100, "wall_seconds": 0.5, "cpu_seconds": 0.4, "peak_rss_mb": 150.0,
         "process_wall": 3.0, "process_cpu": 2.0}
    )
    assert report.baseline.tokens_per_second == 200 and report.baseline.tokens_per_cpu_second == 250
    path = bench.write_report(report, tmp_path / "bench")
    assert path.parent == tmp_path / "bench" and path.name.startswith("bench-") and path.name.endswith("Z.json")
    latest = tmp_path / "bench" / "latest.json"
    assert latest.read_text("utf-8") == path.read_text("utf-8")
    back = BenchReport.model_validate_json(latest.read_text("utf-8"))
    assert back.command == "evidence bench --size-mb 0.05" and back.cores >= 1 and back.python
    assert not list((tmp_path / "bench").glob("*.partial"))


def test_the_report_rejects_unknown_fields() -> None:
    data = json.loads(bench.new_report(["evidence", "bench"]).model_dump_json())
    data["tokens_per_second"] = 1.0
    with pytest.raises(ValueError, match="tokens_per_second"):
        BenchReport.model_validate(data)


def test_memory_growth_reads_the_streaming_slope_and_the_end_phase_apart() -> None:
    """A curve rising 2 MB per tenth over 2,000 documents grows 10 MB over its second half's
    1,000 documents; the peak after the last token less the curve's end is the end phase."""
    curve = [400.0 + 2 * i for i in range(10)]  # 400 ... 418
    growth = bench.memory_growth(curve, 2000, 450.0)
    assert growth == {"stream_slope_mb_per_1000_documents": 10.0, "end_phase_mb": 32.0}
    flat = bench.memory_growth([500.0] * 10, 6000, 500.0)
    assert flat == {"stream_slope_mb_per_1000_documents": 0.0, "end_phase_mb": 0.0}
    assert bench.memory_growth([], 2000, None)["stream_slope_mb_per_1000_documents"] is None  # nothing sampled
    point = bench.MemoryPoint(size_mb=2, documents=2000, tokens=1, peak_rss_mb=450, wall_seconds=1, cpu_seconds=1,
                              rss_curve_mb=curve, rss_after_tokens_mb=450.0, **growth)
    printed = bench.format_memory([point], None)
    assert "+10.0 MB per 1,000 documents" in printed and "end phase +32.0 MB" in printed
    assert bench.MemoryPoint.model_validate_json(point.model_dump_json()) == point
