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
	@echo
	@echo "Stored in eventwire.duckdb. Next: $(BIN)/eventwire query --dyad TUR:RUS"
	@echo "See it on a map: $(BIN)/eventwire serve --demo   (then open http://127.0.0.1:8000/)"

test: $(STAMP)
	$(BIN)/python -m pytest -q tests

lint: $(STAMP)
	$(BIN)/ruff check eventwire tests bench scripts docs

bench: $(STAMP)
	$(BIN)/python bench/coding_speed.py
	$(BIN)/python bench/plover_real.py
	$(BIN)/python bench/extraction.py
	$(BIN)/python bench/actors.py
	$(BIN)/python bench/geo.py
	$(BIN)/python bench/store.py
	$(BIN)/python bench/scale.py

clean:
	rm -rf $(VENV) eventwire.duckdb
