# Bridgewall: `make run` starts the console on the demo network, `make test` runs every check.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)
export QT_QPA_PLATFORM_TEST := offscreen

.PHONY: run test lint bench translations bytecode clean

$(PY):
	$(PYTHON) -m venv $(VENV)

# Reinstall only when the project's dependency list changes.
$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# The console's own modules compiled ahead (compileall skips what is up to date): the window comes up sooner,
# also where Python is told not to write bytecode itself.
bytecode: $(STAMP)
	$(PY) -m compileall -q console db widgets main.py > /dev/null

run: $(STAMP) $(QM) bytecode
	$(PY) main.py gui --demo

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy console db
	$(VENV)/bin/mypy main.py widgets tests
	$(VENV)/bin/lint-imports

test: $(STAMP) $(QM) lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

bench: $(STAMP) $(QM) bytecode
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.bench

clean:
	rm -rf $(VENV) $(QM) .pytest_cache .mypy_cache .ruff_cache
