# Two commands do all the set-up on a fresh Debian machine with Python 3.11:
#   make run    creates .venv, installs, extracts corpora/fbss into outputs/fbss, prints a summary
#               (the first run builds the linking knowledge base into ~/.cache/evidence-extract/kb/:
#               about two minutes, once; $EVIDENCE_KB_DIR puts it elsewhere)
#   make test   installs what the tests need and runs the whole suite (the session builds the
#               knowledge base into .cache/kb once, about two minutes, and reuses it afterwards)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
# The review app's browser tests drive Debian's Chromium (Playwright cannot download a browser here).
CHROMIUM := /usr/bin/chromium

.PHONY: run test install schemas score bench clean chromium

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# The editable install leaves extract's modules without bytecode; compiling them here saves
# every process from compiling them from source when PYTHONDONTWRITEBYTECODE is set (a second
# of each cold start; `evidence bench` says whether they are cached).
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	$(BIN)/python -m compileall -q extract
	touch $@

$(TEST_STAMP): pyproject.toml $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

install: $(STAMP)

run: $(STAMP)
	$(BIN)/evidence run corpora/fbss --out outputs/fbss

test: $(TEST_STAMP) chromium
	$(BIN)/python -m pytest

# Chromium from Debian's packages, for the browser tests (tests/review), only when it is missing.
chromium:
	@if [ -x $(CHROMIUM) ]; then \
		echo "chromium: $(CHROMIUM) is installed"; \
	else \
		echo "chromium: $(CHROMIUM) is missing; installing Debian's chromium package (apt-get update && apt-get install -y --no-install-recommends chromium)"; \
		SUDO=$$([ "$$(id -u)" -eq 0 ] || echo sudo); \
		$$SUDO apt-get update && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium; \
	fi

# Regenerate the JSON Schemas in schemas/ from the pydantic models.
schemas: $(STAMP)
	$(BIN)/evidence schemas --out schemas

# Print precision and recall of figure extraction against the gold annotations.
score: $(STAMP)
	$(BIN)/evidence score

# Print throughput, seconds per stage and peak memory of `evidence run` on a 2 MB corpus built from
# the repository corpora, against scispaCy's tokenizer + sentences + abbreviations alone, and the
# cold start of a fresh process; the figures also go to outputs/bench/latest.json.
# `evidence bench --kb-build` also times the knowledge base build (a minute).
bench: $(STAMP)
	$(BIN)/evidence bench

clean:
	rm -rf $(VENV) build *.egg-info
