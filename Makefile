# Quick start: `make run` opens the app on the bundled example; `make test` runs every test.
# Both create the virtual environment (.venv) and install what is missing first.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
RESOURCES := src/recapdesk/resources
EXAMPLE := $(RESOURCES)/examples/k8s-source-study-phase1.recap.toml
# The UI's translations: .ts sources (committed) compiled to .qm files (built, not committed),
# here in place for the source tree and the editable install; a wheel compiles its own (setup.py).
TS := $(wildcard $(RESOURCES)/translations/*.ts)
QM := $(TS:.ts=.qm)
LUPDATE_ARGS := -extensions py -no-obsolete -locations relative src/recapdesk

# The core's tests, run a second time with PySide6 unimportable (tests/without_qt.py).
CORE_TESTS := tests/model tests/store tests/compose tests/render tests/importers tests/cli \
	tests/test_golden.py tests/test_i18n.py tests/test_seed_article.py tests/test_settings.py \
	tests/test_templates.py
PYTEST := QT_QPA_PLATFORM=offscreen QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox" $(BIN)/python -m pytest

.PHONY: run test test-fast lint pytest pytest-core system-deps clean dist install-user \
	translations update-translations bench

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[dev]"
	touch $@

system-deps:
	bash scripts/install-system-deps.sh

translations: $(QM)

$(RESOURCES)/translations/%.qm: $(RESOURCES)/translations/%.ts | $(BIN)/.installed
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# After changing texts in the UI: collect them into the .ts files, then translate the new ones
# (pyside6-linguist, or any editor); tests/ui/test_translations.py fails until every one is.
update-translations: $(BIN)/.installed
	$(BIN)/pyside6-lupdate $(LUPDATE_ARGS) -ts $(RESOURCES)/translations/recapdesk_zh_CN.ts
	$(BIN)/pyside6-lupdate $(LUPDATE_ARGS) -pluralonly -ts $(RESOURCES)/translations/recapdesk_en.ts

run: system-deps $(BIN)/.installed translations
	$(BIN)/recapdesk $(EXAMPLE)

pytest: system-deps $(BIN)/.installed translations
	$(PYTEST) $(PYTEST_ARGS)

# The core needs no Qt (design.md): its tests pass where PySide6 cannot be imported.
pytest-core: system-deps $(BIN)/.installed
	$(PYTEST) -p tests.without_qt -p no:pytest-qt -o required_plugins=hypothesis -q $(CORE_TESTS)

lint: $(BIN)/.installed
	$(BIN)/ruff check src tests benchmarks packaging setup.py
	$(BIN)/ruff format --check src tests benchmarks packaging setup.py
	$(BIN)/mypy
	$(BIN)/vulture
	$(BIN)/lint-imports

test: pytest pytest-core lint

# While working: everything but the tests marked slow (Xvfb end-to-end, fault injection, the
# built app, screenshots), then the linters.
test-fast: system-deps $(BIN)/.installed translations
	$(PYTEST) -m "not slow" $(PYTEST_ARGS)
	$(MAKE) lint

# Every performance figure and its target, in one table (benchmarks/run.py; ~5 minutes, on a
# quiet machine). BENCH_ARGS=--quick: a few samples, does each still run; --xvfb: the window
# under an X server instead of offscreen.
bench: system-deps $(BIN)/.installed translations
	$(BIN)/python benchmarks/run.py $(BENCH_ARGS)

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
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis build dist $(QM)
