# The README's two commands: `make site` builds the sample portal into site/,
# `make test` runs every test. Each installs what it needs into .venv first.
PYTHON ?= python3
export NO_MKDOCS_2_WARNING := 1  # Material prints an end-of-life banner on every run
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: site test check serve clean

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

site: $(STAMP)
	$(BIN)/mkdocs build --strict

test: $(STAMP)
	$(BIN)/python -m pytest

check: $(STAMP)
	$(BIN)/python -m site_builder check

serve: $(STAMP)
	$(BIN)/mkdocs serve

clean:
	rm -rf site .site.staging .site.previous
