"""How the ``evidence`` command ends: without the interpreter's teardown, but only once what it
printed is flushed, its ``atexit`` handlers have run and no other thread is still working, and
with the exit status ``sys.exit`` would give."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from extract.runner import CLAIMS, RUN_INFO


def python(code: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})})


def test_output_is_flushed_and_atexit_handlers_run() -> None:
    done = python(
        "import atexit, sys\n"
        "atexit.register(lambda: print('handler ran', file=sys.stderr))\n"
        "print('partial line, no newline', end='')\n"
        "from extract.cli._util import exit_now\n"
        "exit_now(0)\n"
        "print('never')\n"
    )
    assert done.returncode == 0
    assert done.stdout == "partial line, no newline"
    assert "handler ran" in done.stderr


def test_exit_status_follows_sys_exit() -> None:
    assert python("from extract.cli._util import exit_now; exit_now(3)").returncode == 3
    assert python("from extract.cli._util import exit_now; exit_now(None)").returncode == 0
    message = python("from extract.cli._util import exit_now; exit_now('cannot go on')")
    assert message.returncode == 1 and "cannot go on" in message.stderr


def test_a_thread_still_working_is_waited_for() -> None:
    done = python(
        "import threading, time\n"
        "from extract.cli._util import exit_now\n"
        "def work():\n"
        "    time.sleep(0.5)\n"
        "    print('thread finished', flush=True)\n"
        "threading.Thread(target=work).start()\n"
        "exit_now(4)\n"
    )
    assert done.returncode == 4
    assert "thread finished" in done.stdout


def test_evidence_run_writes_complete_outputs_and_its_regex_cache(tmp_path: Path, kb_dir: Path) -> None:
    """The run's files are whole when the process ends, and the patterns it compiled were saved
    by its atexit handler (the next process reads them instead of compiling)."""
    source = tmp_path / "asthma.txt"
    source.write_text("Cold air can trigger asthma attacks. About 8% of adults have asthma.\n", encoding="utf-8")
    cache = tmp_path / "cache"
    env = {**os.environ, "EVIDENCE_CACHE_DIR": str(cache), "EVIDENCE_KB_DIR": str(kb_dir)}
    done = subprocess.run([sys.executable, "-m", "extract.cli", "run", str(source), "--out", str(tmp_path / "out"), "-q"],
                          capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    claims = [json.loads(line) for line in (tmp_path / "out" / CLAIMS).read_text("utf-8").splitlines()]
    assert {c["type"] for c in claims} >= {"statistic", "cause"}
    assert json.loads((tmp_path / "out" / RUN_INFO).read_text("utf-8"))["counts"]["claims"] == len(claims)
    saved = list((cache / "regex").glob("*.bin"))
    assert len(saved) == 1 and saved[0].stat().st_size > 100_000
