# Two commands for a fresh machine with Python 3 and make:
#   make run   - set up .venv, install, start Begeleider (offers a demo caseload on an empty database)
#   make test  - set up .venv with the test extra, run ruff and pytest
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TSTAMP := $(VENV)/.installed-test

.PHONY: run test lint bench screenshots translations dist clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TSTAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP) $@

run: $(STAMP)
	$(BIN)/begeleider-app

test: $(TSTAMP)
	$(BIN)/ruff check src tests $(wildcard bench)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(TSTAMP)
	$(BIN)/ruff check src tests $(wildcard bench)

translations: $(STAMP)
	$(BIN)/python -m begeleider_app.ui.i18n_build --update

screenshots: $(TSTAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python docs/make_screenshots.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python docs/make_screenshots_privacy.py

bench: $(TSTAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run.py

# Build the bundle for this OS (dist/Begeleider/) and fill the installer templates; Linux also
# gets dist/Begeleider-<version>-linux-<arch>.tar.gz. See installer/build.py.
dist: $(TSTAMP)
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	$(BIN)/python installer/build.py

clean:
	rm -rf $(VENV) build dist
