# Quick start: `make run` opens the app on the bundled example; `make test` runs every test.
# Both create the virtual environment (.venv) and install what is missing first.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
EXAMPLE := resources/examples/k8s-source-study-phase1.recap.toml

.PHONY: run test lint pytest system-deps clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[dev]"
	touch $@

system-deps:
	bash scripts/install-system-deps.sh

run: system-deps $(BIN)/.installed
	$(BIN)/recapdesk $(EXAMPLE)

pytest: system-deps $(BIN)/.installed
	QT_QPA_PLATFORM=offscreen QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox" $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(BIN)/.installed
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy

test: pytest lint

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
