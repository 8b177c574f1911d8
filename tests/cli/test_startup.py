"""`evidence run` imports spaCy without spaCy's own command line, spaCy stays whole, and a command
that needs no pipeline imports no spaCy at all."""

import subprocess
import sys

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
