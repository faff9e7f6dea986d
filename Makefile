# Everything runs from a local virtual environment created on first use.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck unit bench clean translations

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "$(PYTHON) not found; set PYTHON=/path/to/python3.11"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet --no-warn-script-location -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/intake-app

lint: $(STAMP)
	$(BIN)/ruff check intake_app tests bench
	$(BIN)/ruff format --check intake_app tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/python -m pytest

test: lint typecheck unit

bench: $(STAMP)
	$(BIN)/python bench/bench_core.py
	$(BIN)/python bench/report.py

# Collect new tr() strings into resources/i18n/*.ts (translations kept), then build the .qm.
translations: $(STAMP)
	$(BIN)/python -m intake_app.gui.i18n update
	$(BIN)/python -m intake_app.gui.i18n compile

clean:
	rm -rf $(VENV) build dist *.egg-info
