# Entry points: `make figures` (regenerate every figure) and `make test` (the whole suite).
# Both create .venv from the hash-pinned lock when it is missing or older than the lock.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# CORPUS and FIGURES may be absolute, relative to this folder or start with ~. Without FIGURES,
# the seed corpus writes into the versioned figures/ and any other corpus into build/figures/<name>.
CORPUS ?= seeds
# (Python, not make's $(abspath), which splits a path at its spaces: "~/My Articles" works.)
quote = '$(subst ','\'',$(1))'
expand_path = $(shell $(PYTHON) -c 'import os, sys; print(os.path.abspath(os.path.expanduser(sys.argv[1])))' $(call quote,$(1)))
CORPUS_PATH := $(call expand_path,$(CORPUS))
ifeq ($(origin FIGURES),undefined)
ifeq ($(CORPUS_PATH),$(CURDIR)/seeds)
FIGURES := figures
else
FIGURES := build/figures/$(shell basename -- $(call quote,$(CORPUS_PATH)))
endif
endif
FIGURES_PATH := $(call expand_path,$(FIGURES))
# LAB_ARGS: extra options for `make lab`, e.g. --no-browser --ip=0.0.0.0 --port=8888
LAB_ARGS ?=
ROOT_ARGS := $(if $(filter 0,$(shell id -u)),--allow-root)
# TEST_JOBS: pytest-xdist workers for `make test` (auto: one per core; 0 runs the tests in one
# process). nbval runs each notebook's cells in order on one worker (--dist loadscope).
TEST_JOBS ?= auto
REPORT := build/report
SCREENSHOTS := build/screenshots
CHROMIUM ?= chromium
# RULES: a folder of your own rule tables (actors.csv, casualty_terms.csv, ...) extending
# the packaged ones in analysis/data (see the README); empty for the packaged rules only.
RULES ?=
NOTEBOOKS := $(sort $(wildcard notebooks/[0-9][0-9]-*.ipynb))
export ANALYSIS_PROGRESS := 0

.PHONY: help venv browser figures report screenshots test test-unit lab rebaseline lock lint sync-notebooks benchmark evaluate clean

## help: list the targets with what they do
help:
	@grep -E '^## [a-z-]+:' $(MAKEFILE_LIST) | sed -E 's/^## ([a-z-]+): /\1\t/' | awk -F'\t' '{printf "  %-16s %s\n", $$1, $$2}'

## venv: create .venv from the hash-pinned lock and install the package (editable)
venv: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation --config-settings editable_mode=compat -e .
	touch $(STAMP)

## figures: execute every notebook on CORPUS into build/notebooks/ and write the figures into FIGURES
# e.g. make figures CORPUS=corpora/constructed FIGURES=docs/figures-constructed (notebook 04's timeline)
figures: $(STAMP)
	test -d "$(CORPUS_PATH)" || { echo "CORPUS=$(CORPUS): no such folder ($(CORPUS_PATH))"; exit 1; }
	mkdir -p build/notebooks "$(FIGURES_PATH)"
	for nb in $(NOTEBOOKS); do \
		$(BIN)/papermill --no-progress-bar -k python3 --cwd notebooks $$nb build/$$nb \
			-p corpus_dir "$(CORPUS_PATH)" -p figures_dir "$(FIGURES_PATH)" \
			$(if $(RULES),-p rules_dir "$(call expand_path,$(RULES))") || exit 1; \
	done
	@echo "figures written to $(FIGURES_PATH)"

## report: the notebooks executed by `make figures` as HTML pages without code into build/report/
report: $(STAMP)
	test -n "$$(ls build/notebooks/*.ipynb 2>/dev/null)" || $(MAKE) figures
	mkdir -p $(REPORT)
	$(BIN)/jupyter nbconvert --to html --no-input --embed-images --output-dir $(REPORT) build/notebooks/*.ipynb
	{ echo '<!DOCTYPE html><html><head><meta charset="utf-8"><title>conflict-news report</title></head><body>'; \
	  echo '<h1>conflict-news report</h1><ul>'; \
	  for page in $(REPORT)/[0-9][0-9]-*.html; do name=$$(basename $$page); \
	    echo "<li><a href=\"$$name\">$${name%.html}</a></li>"; done; \
	  echo '</ul></body></html>'; } > $(REPORT)/index.html
	@echo "report written to $(abspath $(REPORT))/index.html"

## screenshots: open the report pages and the notebooks in JupyterLab in headless Chromium into build/screenshots/; fail on a traceback
screenshots: report browser
	CHROMIUM=$(CHROMIUM) $(BIN)/python tools/screenshots.py --report $(REPORT) --lab build/notebooks --out $(SCREENSHOTS)

## browser: install Debian's chromium when missing and we are root (for the screenshot test)
browser:
	@command -v $(CHROMIUM) >/dev/null || { test "$$(id -u)" = 0 && command -v apt-get >/dev/null \
		&& { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; } \
		|| echo "no $(CHROMIUM): the browser test (tests/slow/test_screenshots.py) is skipped"; }

## test: unit tests on every core (the browser test when chromium is there), then strict nbval on every versioned notebook
test: $(STAMP) browser
	$(BIN)/python -m pytest -n $(TEST_JOBS) --dist worksteal
	$(BIN)/python -m pytest -n $(TEST_JOBS) --dist loadscope --nbval --nbval-current-env --nbval-sanitize-with tests/notebooks/sanitize.cfg $(NOTEBOOKS)

test-unit: $(STAMP)
	$(BIN)/python -m pytest -n $(TEST_JOBS) --dist worksteal -m "not slow"

## lab: JupyterLab on notebooks/ with the kernel "conflict-news" registered for your user (LAB_ARGS)
lab: $(STAMP)
	$(BIN)/python -m ipykernel install --user --name conflict-news --display-name "conflict-news (.venv)"
	$(BIN)/jupyter lab --notebook-dir=notebooks $(ROOT_ARGS) $(LAB_ARGS)

## rebaseline: re-execute the notebooks in place so nbval has fresh stored outputs (deliberate)
rebaseline: $(STAMP)
	for nb in $(NOTEBOOKS); do \
		(cd notebooks && ../$(BIN)/jupyter nbconvert --to notebook --execute --inplace \
			--ExecutePreprocessor.kernel_name=python3 --ExecutePreprocessor.record_timing=False \
			--ClearMetadataPreprocessor.enabled=True --ClearMetadataPreprocessor.clear_notebook_metadata=False \
			--ClearMetadataPreprocessor.preserve_cell_metadata_mask=tags $$(basename $$nb)) || exit 1; \
	done
	$(BIN)/jupytext --sync $(NOTEBOOKS)

## sync-notebooks: refresh the py:percent pairs from the notebooks
sync-notebooks: $(STAMP)
	$(BIN)/jupytext --sync $(NOTEBOOKS)

## lock: re-resolve requirements.lock from pyproject.toml (needs uv: pip install uv)
lock:
	uv pip compile pyproject.toml --extra notebooks --extra test --extra dask --generate-hashes \
		--python-version 3.11 --python-platform x86_64-manylinux_2_28 -o requirements.lock

## lint: ruff on the package, tests and benchmarks
lint: $(STAMP)
	$(BIN)/ruff check analysis tests benchmarks tools

## benchmark: speed of process_corpus against raw spaCy (benchmarks/README.md)
benchmark: $(STAMP)
	$(BIN)/python benchmarks/bench_corpus.py

## evaluate: accuracy on the held-out articles, the reports, the incidents and HTML pages (benchmarks/)
evaluate: $(STAMP)
	$(BIN)/python benchmarks/eval_heldout.py
	for script in eval_reports eval_incidents eval_html; do \
		if test -f benchmarks/$$script.py; then $(BIN)/python benchmarks/$$script.py || exit 1; fi; \
	done

## clean: remove build/ and the pytest cache
clean:
	rm -rf build .pytest_cache
