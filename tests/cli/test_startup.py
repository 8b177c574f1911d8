"""`evidence run` imports spaCy without spaCy's own command line, spaCy stays whole, and a command
that needs no pipeline imports no spaCy at all."""

import json
import os
import subprocess
import sys
from pathlib import Path

_CHILD = """
import sys
from extract.cli._util import import_spacy_without_its_cli
import_spacy_without_its_cli()
import spacy
assert "spacy.cli" not in sys.modules and "spacy.cli.info" not in sys.modules, "spacy.cli was imported"
nlp = spacy.blank("en")
assert [t.text for t in nlp("It works.")] == ["It", "works", "."]
markdown = spacy.info(markdown=True, silent=True)  # spacy.info imports the real command when called
assert "spaCy version" in markdown and spacy.about.__version__ in markdown, markdown
import spacy.cli.info
real = sys.modules["spacy.cli.info"]  # the real module (spacy.cli's own attribute is the function)
assert real.__file__.endswith("info.py") and callable(real.info) and "spacy.cli.download" in sys.modules
import_spacy_without_its_cli()  # spaCy already imported: nothing to do, nothing broken
print("ok")
"""


def test_spacy_imported_without_its_cli_is_complete() -> None:
    done = subprocess.run([sys.executable, "-c", _CHILD], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_a_command_without_the_pipeline_imports_no_spacy() -> None:
    command = [sys.executable, "-X", "importtime", "-m", "extract.cli", "--help"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and "run" in done.stdout, done.stderr
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}
    assert "extract.cli.run" in imported and "spacy" not in imported


_LAZY_LANGCODES = """
import sys
from extract.cli._util import import_spacy_without_its_cli
import_spacy_without_its_cli()
import spacy
assert "langcodes.language_distance" not in sys.modules, "langcodes was imported"
assert [t.text for t in spacy.blank("en")("It works.")] == ["It", "works", "."]
assert "langcodes.language_distance" not in sys.modules, "langcodes was imported for 'en'"
assert spacy.util.find_matching_language("no") == "nb"  # langcodes is imported on first use and works
assert "langcodes.language_distance" in sys.modules and sys.modules["langcodes"].__file__.endswith("__init__.py")
import langcodes
assert langcodes.tag_is_valid("en") and langcodes is sys.modules["langcodes"]
print("ok")
"""


def test_langcodes_is_loaded_only_when_spacy_uses_it() -> None:
    done = subprocess.run([sys.executable, "-c", _LAZY_LANGCODES], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_evidence_run_imports_only_its_own_command() -> None:
    """`evidence run` imports the modules of no other command: not the crawler and PubMed's
    client with requests and urllib3 (a tenth of a cold start), not the review web app."""
    command = [sys.executable, "-X", "importtime", "-m", "extract.cli", "run", "--help"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and "--no-link" in done.stdout, done.stderr
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}
    assert "extract.cli.run" in imported
    others = {f"extract.cli.{name}" for name in ("bench", "claims", "crawl", "kb", "pubmed", "review", "schemas", "score")}
    assert not others & imported and not {"requests", "urllib3", "extract.crawl", "extract.pubmed"} & imported


def test_the_app_and_the_help_have_every_command() -> None:
    from extract.cli import COMMANDS, app, command_of

    names = {c.name for c in app.registered_commands} | {g.name for g in app.registered_groups}
    assert names == set(COMMANDS)
    assert command_of(["run", "x.txt", "--out", "o"]) == "run"
    assert command_of(["--help"]) is None and command_of(["runn"]) is None and command_of([]) is None
    done = subprocess.run([sys.executable, "-m", "extract.cli", "--help"], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "COLUMNS": "200"})
    assert done.returncode == 0, done.stderr
    listed = {line.strip("│ ").split(" ", 1)[0] for line in done.stdout.splitlines() if line.startswith("│ ")}
    assert set(COMMANDS) <= listed


def test_a_misspelt_command_gets_a_suggestion() -> None:
    done = subprocess.run([sys.executable, "-m", "extract.cli", "pubmd"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 2 and "Did you mean 'pubmed'?" in done.stderr


#: `evidence ARGS` in-process; at exit, whether the ANN index was loaded ahead and nmslib imported.
_RUN_AND_REPORT = """
import atexit, json, sys
def report():
    from extract.linking import derived
    print(json.dumps({"ahead": len(derived._ahead), "nmslib": "nmslib" in sys.modules}), file=sys.stderr)
atexit.register(report)
sys.argv = ["evidence", *sys.argv[1:]]
from extract.cli import main
main()
"""


def test_the_ann_index_is_loaded_ahead_only_when_the_run_links(tmp_path: Path, kb_dir: Path) -> None:
    """A linking run starts loading the ANN index in the background (a cached copy of it is
    there); a --no-link run never does, nor imports nmslib: it needs neither the index nor
    the 45 MB it takes."""
    env = {**os.environ, "EVIDENCE_CACHE_DIR": str(tmp_path / "cache"), "EVIDENCE_KB_CACHE": "1"}
    prepare = "import sys; from pathlib import Path; from extract.linking.ann import load_index; load_index(Path(sys.argv[1]), 10)"
    done = subprocess.run([sys.executable, "-c", prepare, str(kb_dir)], capture_output=True, text=True, timeout=600, env=env)
    assert done.returncode == 0, done.stderr  # the index's copy with its data points, in the cache
    source = tmp_path / "one.txt"
    source.write_text("Smoking is a common cause of failed back surgery syndrome.\n", encoding="utf-8")
    reports = {}
    for flags in ([], ["--no-link"]):
        command = [sys.executable, "-c", _RUN_AND_REPORT, "run", str(source), "--out", str(tmp_path / "out"), "-q", *flags]
        done = subprocess.run(command, capture_output=True, text=True, timeout=600, env=env)
        assert done.returncode == 0, done.stderr
        reports[" ".join(flags)] = json.loads(done.stderr.strip().splitlines()[-1])
    assert reports[""] == {"ahead": 1, "nmslib": True}
    assert reports["--no-link"] == {"ahead": 0, "nmslib": False}
