# Bridgewall: `make run` starts the console on the demo network, `make test` runs every check.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)
export QT_QPA_PLATFORM_TEST := offscreen
ARGS ?=         # more options for `make run` (e.g. ARGS="--lang en")
PYTEST_ARGS ?=  # what `make test` and `make test-stress` run (default: the whole suite)

.PHONY: run test test-stress lint bench translations strings wheel bytecode clean

$(PY):
	$(PYTHON) -m venv $(VENV)

# Reinstall only when the project's dependency list changes.
$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

# The catalogues are committed, .ts and .qm alike, so that an installed console has them without Qt's tools
# (tests/test_packaging.py checks that each .qm is what lrelease makes of its .ts). `make strings` collects the
# widgets' strings into our .ts files; `make translations` rebuilds the .qm files. qtbase_vi.ts is written by
# hand: Qt's own strings (dialog buttons, text field menus) that Qt ships no Vietnamese for.
resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

strings: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -silent -no-obsolete $$(find widgets -name '*.py' | sort) \
		-ts resources/translations/bridgewall_vi.ts resources/translations/bridgewall_en.ts

# A wheel in dist/ (what `pip install .` builds): the console, main.py and the resources package.
wheel: $(STAMP) $(QM)
	$(PY) -m pip wheel --quiet --disable-pip-version-check --no-deps -w dist .

# The console's own modules compiled ahead (compileall skips what is up to date): the window comes up sooner,
# also where Python is told not to write bytecode itself.
bytecode: $(STAMP)
	$(PY) -m compileall -q console db widgets main.py > /dev/null

run: $(STAMP) $(QM) bytecode
	$(PY) main.py gui --demo $(ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy main.py console db widgets tests
	$(VENV)/bin/lint-imports

test: $(STAMP) $(QM) lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

# `make test` three times in a row while a busy loop keeps one core loaded: a test that passes only on an idle
# machine fails here. The loop is this recipe's own child, killed when the recipe ends, however it ends.
test-stress: $(STAMP) $(QM) lint
	@$(PY) -c 'while True: pass' & busy=$$!; \
	trap 'kill $$busy 2>/dev/null' EXIT; trap 'exit 130' INT TERM; \
	for pass in 1 2 3; do \
		echo "test-stress: pass $$pass of 3, one core kept busy by pid $$busy"; \
		QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_ARGS) || { echo "test-stress: pass $$pass failed"; exit 1; }; \
	done; \
	echo "test-stress: 3 passes of 3 green under load"

bench: $(STAMP) $(QM) bytecode
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.bench

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
