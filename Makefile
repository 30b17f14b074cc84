# Entry points: `make figures` (regenerate every figure) and `make test` (the whole suite).
# Both create .venv from the hash-pinned lock when it is missing or older than the lock.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CORPUS ?= seeds
FIGURES ?= figures
# RULES: a folder of your own rule tables (actors.csv, casualty_terms.csv, ...) extending
# the packaged ones in analysis/data (see the README); empty for the packaged rules only.
RULES ?=
NOTEBOOKS := $(sort $(wildcard notebooks/[0-9][0-9]-*.ipynb))
export ANALYSIS_PROGRESS := 0

.PHONY: venv figures test test-unit lab rebaseline lock lint sync-notebooks benchmark evaluate clean

venv: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation --config-settings editable_mode=compat -e .
	touch $(STAMP)

## figures: execute every notebook headless into build/ and write all figures into figures/
figures: $(STAMP)
	mkdir -p build/notebooks $(FIGURES)
	for nb in $(NOTEBOOKS); do \
		$(BIN)/papermill --no-progress-bar --cwd notebooks $$nb build/$$nb \
			-p corpus_dir ../$(CORPUS) -p figures_dir ../$(FIGURES) \
			$(if $(RULES),-p rules_dir $(abspath $(RULES))) || exit 1; \
	done

## test: unit tests, then strict nbval on every versioned notebook
test: $(STAMP)
	$(BIN)/python -m pytest
	$(BIN)/python -m pytest --nbval --nbval-current-env --nbval-sanitize-with tests/notebooks/sanitize.cfg $(NOTEBOOKS)

test-unit: $(STAMP)
	$(BIN)/python -m pytest -m "not slow"

## lab: JupyterLab with a kernel registered for this venv
lab: $(STAMP)
	$(BIN)/python -m ipykernel install --sys-prefix --name conflict-news --display-name "conflict-news (.venv)"
	$(BIN)/jupyter lab --notebook-dir=notebooks

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

lint: $(STAMP)
	$(BIN)/ruff check analysis tests benchmarks

## benchmark: speed of process_corpus against raw spaCy (benchmarks/README.md)
benchmark: $(STAMP)
	$(BIN)/python benchmarks/bench_corpus.py

## evaluate: accuracy on the held-out articles in benchmarks/heldout/
evaluate: $(STAMP)
	$(BIN)/python benchmarks/eval_heldout.py

clean:
	rm -rf build .pytest_cache
