# Entry points: `make figures` (regenerate every figure) and `make test` (the whole suite).
# Both create .venv from the hash-pinned lock when it is missing or older than the lock.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# CORPUS and FIGURES may be absolute, relative to this folder or start with ~. Without FIGURES,
# the seed corpus writes into the versioned figures/ and any other corpus into build/figures/<name>.
CORPUS ?= seeds
expand_path = $(abspath $(patsubst ~%,$(HOME)%,$(1)))
CORPUS_PATH := $(call expand_path,$(CORPUS))
ifeq ($(origin FIGURES),undefined)
FIGURES := $(if $(filter $(CORPUS_PATH),$(abspath seeds)),figures,build/figures/$(notdir $(CORPUS_PATH)))
endif
FIGURES_PATH := $(call expand_path,$(FIGURES))
# LAB_ARGS: extra options for `make lab`, e.g. --no-browser --ip=0.0.0.0 --port=8888
LAB_ARGS ?=
ROOT_ARGS := $(if $(filter 0,$(shell id -u)),--allow-root)
REPORT := build/report
SCREENSHOTS := build/screenshots
CHROMIUM ?= chromium
# RULES: a folder of your own rule tables (actors.csv, casualty_terms.csv, ...) extending
# the packaged ones in analysis/data (see the README); empty for the packaged rules only.
RULES ?=
NOTEBOOKS := $(sort $(wildcard notebooks/[0-9][0-9]-*.ipynb))
export ANALYSIS_PROGRESS := 0

.PHONY: help venv figures report screenshots test test-unit lab rebaseline lock lint sync-notebooks benchmark evaluate clean

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

## screenshots: open the report pages in headless Chromium into build/screenshots/; fail on a traceback
screenshots: report
	command -v $(CHROMIUM) >/dev/null || { test "$$(id -u)" = 0 && apt-get install -y chromium; }
	mkdir -p $(SCREENSHOTS)
	for page in $(REPORT)/*.html; do name=$$(basename $$page .html); \
		$(CHROMIUM) --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1200,2000 \
			--screenshot=$(SCREENSHOTS)/$$name.png file://$(abspath .)/$$page 2>/dev/null || exit 1; \
		test -s $(SCREENSHOTS)/$$name.png || { echo "$$page: no screenshot"; exit 1; }; \
		$(CHROMIUM) --headless --no-sandbox --disable-gpu --dump-dom file://$(abspath .)/$$page 2>/dev/null \
			> $(SCREENSHOTS)/$$name.dom.html || exit 1; \
		if grep -q -e 'Traceback (most recent call last)' -e 'application/vnd.jupyter.error' -e 'output_error' \
			$(SCREENSHOTS)/$$name.dom.html; then echo "$$page shows an error output"; exit 1; fi; \
	done
	@echo "screenshots in $(abspath $(SCREENSHOTS))"

## test: unit tests, then strict nbval on every versioned notebook
test: $(STAMP)
	$(BIN)/python -m pytest
	$(BIN)/python -m pytest --nbval --nbval-current-env --nbval-sanitize-with tests/notebooks/sanitize.cfg $(NOTEBOOKS)

test-unit: $(STAMP)
	$(BIN)/python -m pytest -m "not slow"

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
	$(BIN)/ruff check analysis tests benchmarks

## benchmark: speed of process_corpus against raw spaCy (benchmarks/README.md)
benchmark: $(STAMP)
	$(BIN)/python benchmarks/bench_corpus.py

## evaluate: accuracy on the held-out articles in benchmarks/heldout/
evaluate: $(STAMP)
	$(BIN)/python benchmarks/eval_heldout.py

## clean: remove build/ and the pytest cache
clean:
	rm -rf build .pytest_cache
