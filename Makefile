# The README's two commands: `make site` builds the sample portal into site/,
# `make test` runs every test. Each installs what it needs into .venv first.
PYTHON ?= python3
# Material prints an end-of-life banner on every run.
export NO_MKDOCS_2_WARNING := 1
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

NODE_STAMP := node_modules/.installed

.PHONY: site test check serve clean bench

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

site: $(STAMP)
	$(BIN)/mkdocs build --strict

# Validators the tests run (axe-core, the Nu HTML Checker, Lighthouse), pinned in package-lock.json.
$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	touch $(NODE_STAMP)

test: $(STAMP) $(NODE_STAMP)
	$(BIN)/python -m pytest

check: $(STAMP)
	$(BIN)/python -m site_builder check

serve: $(STAMP)
	$(BIN)/mkdocs serve

# The scale benchmark (README, "Scale"): plain Material vs the portal on a generated
# corpus; prints the numbers and writes .bench/corpus-$(BENCH_PAGES)/results.md.
BENCH_PAGES ?= 10000
bench: $(STAMP)
	$(BIN)/python -m site_builder.bench --pages $(BENCH_PAGES)

clean:
	rm -rf site .site.staging .site.previous* .cache
