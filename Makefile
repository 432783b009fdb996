# The two quickstart commands are `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/eventwire ingest examples/ --db eventwire.duckdb
	$(BIN)/eventwire code examples/ --format table

test: $(STAMP)
	$(BIN)/python -m pytest -q tests

lint: $(STAMP)
	$(BIN)/ruff check eventwire tests bench

bench: $(STAMP)
	$(BIN)/python bench/coding_speed.py
	$(BIN)/python bench/extraction.py

clean:
	rm -rf $(VENV) eventwire.duckdb
