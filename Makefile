# The project's chores, one target each. Everything runs from the virtualenv in .venv.
PY ?= .venv/bin/python
SOURCES = generator tests bench

.PHONY: install lint format typecheck test-fast test bench-quick check

install:            ## the package with its test and development tools
	python3 -m venv .venv && .venv/bin/pip install -e '.[test,dev]'

lint:               ## ruff: lint rules and formatting
	$(PY) -m ruff check $(SOURCES)
	$(PY) -m ruff format --check $(SOURCES)

format:             ## apply ruff's fixes and formatting
	$(PY) -m ruff check --fix $(SOURCES)
	$(PY) -m ruff format $(SOURCES)

typecheck:          ## mypy over the package
	$(PY) -m mypy

test-fast:          ## the inner loop: everything but the slow tests (under 2 minutes)
	$(PY) -m pytest -q -m "not slow"

test:               ## the whole suite, as CI runs it
	$(PY) -m pytest -q

bench-quick:        ## speed against bare WeasyPrint, a few minutes
	$(PY) bench/run.py --quick

check: lint typecheck test
