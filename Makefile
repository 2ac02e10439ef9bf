# Quick start: `make run` opens the app on the bundled example; `make test` runs every test.
# Both create the virtual environment (.venv) and install what is missing first.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
EXAMPLE := resources/examples/k8s-source-study-phase1.recap.toml

.PHONY: run test lint pytest system-deps clean dist install-user

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
	$(BIN)/ruff check src tests benchmarks packaging
	$(BIN)/ruff format --check src tests benchmarks packaging
	$(BIN)/mypy

test: pytest lint

# The app for people without Python: dist/recapdesk/ (one folder; DIST_ARGS=--onefile for one
# file). About 2 minutes; see packaging/README.md. The size is printed at the end.
$(BIN)/.installed-dist: $(BIN)/.installed
	$(BIN)/python -m pip install -q -e ".[dist]"
	touch $@

dist: system-deps $(BIN)/.installed-dist
	$(BIN)/python -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build \
		packaging/recapdesk.spec -- $(DIST_ARGS)
	du -sh dist/recapdesk*

# Linux: the built app into ~/.local (menu entry, icons, *.recap.toml opens with recapdesk).
install-user:
	test -x dist/recapdesk/recapdesk || $(MAKE) dist
	dist/recapdesk/install.sh

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis build dist
