# Migrant in Romania: `make start` runs the site, `make test` runs the tests.
# Both set everything up on a fresh machine (Python 3.11 and PyPI are enough;
# `make test` also installs Debian's Chromium when it runs as root).

SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
LINT_VENV := .venv-lint
UV := $(BIN)/uv
UV_VERSION := $(shell sed -n 's/^uv==//p' constraints.txt)
PIP_VERSION := $(shell sed -n 's/^pip==//p' constraints.txt)
ADDONS := magazine mediators board portal
EDITABLES := $(foreach a,$(ADDONS),-e src/migrant.$(a))
PACKAGE_FILES := pyproject.toml setup.py constraints.txt $(foreach a,$(ADDONS),src/migrant.$(a)/pyproject.toml)

export PROFILE ?= filestorage
export HOST ?= 127.0.0.1
export PORT ?= 8080
export ADMIN_USER ?= admin
export ADMIN_PASSWORD ?= admin
SUITES ?=

.PHONY: help
help: ## Show the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-18s %s\n", $$1, $$2}'

$(UV):
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet "pip==$(PIP_VERSION)" "uv==$(UV_VERSION)"

$(VENV)/.installed: $(UV) $(PACKAGE_FILES)
	$(UV) pip install --python $(BIN)/python \
	    --constraints constraints.txt --build-constraints constraints.txt \
	    $(EDITABLES) -e ".[deploy,test]"
	@touch $@

.PHONY: install
install: $(VENV)/.installed ## Create .venv and install the add-ons with every pinned dependency

.PHONY: instance
instance: install ## Render instance/etc for PROFILE (filestorage, zeo, relstorage)
	$(BIN)/python scripts/render_instance.py --profile $(PROFILE)

.PHONY: start
start: install ## Run the site on http://HOST:PORT/Plone (creates it on the first run)
	scripts/start.sh

.PHONY: system-deps
system-deps: ## Install the Debian packages the tests use (as root)
	scripts/system_deps.sh

.PHONY: test
test: install system-deps ## Run the whole test suite (all add-ons and tests/)
	$(BIN)/python scripts/run_tests.py $(SUITES) -- $(PYTEST_ARGS)

$(LINT_VENV)/.installed: $(UV) requirements-lint.txt
	$(UV) venv --quiet --allow-existing --python $(PYTHON) $(LINT_VENV)
	$(UV) pip sync --python $(LINT_VENV)/bin/python requirements-lint.txt
	@touch $@

LINTED_MARKUP = git ls-files --cached --others --exclude-standard '*.zcml' '*.xml' '*.pt'

.PHONY: lint
lint: $(LINT_VENV)/.installed ## ruff and zpretty, checking only
	$(LINT_VENV)/bin/ruff check .
	$(LINT_VENV)/bin/ruff format --check .
	$(LINTED_MARKUP) | xargs -r $(LINT_VENV)/bin/zpretty --check

.PHONY: format
format: $(LINT_VENV)/.installed ## ruff and zpretty, rewriting files
	$(LINT_VENV)/bin/ruff format .
	$(LINT_VENV)/bin/ruff check --fix .
	$(LINTED_MARKUP) | xargs -r $(LINT_VENV)/bin/zpretty -i

.PHONY: buildout-versions
buildout-versions: ## Write buildout-versions.cfg from constraints.txt
	$(PYTHON) scripts/buildout_versions.py constraints.txt buildout-versions.cfg

BUILDOUT_VENV := .venv-buildout

$(BUILDOUT_VENV)/bin/buildout: constraints.txt
	$(PYTHON) -m venv $(BUILDOUT_VENV)
	$(BUILDOUT_VENV)/bin/pip install --quiet -c constraints.txt pip zc.buildout
	@touch $@

.PHONY: buildout
buildout: buildout-versions $(BUILDOUT_VENV)/bin/buildout ## Classic deployment from buildout.cfg (then bin/instance fg)
	PIP_BUILD_CONSTRAINT=$(CURDIR)/constraints.txt $(BUILDOUT_VENV)/bin/buildout "instance:http-address=$(HOST):$(PORT)"

.PHONY: clean
clean: ## Remove the virtualenvs, the rendered instance and buildout's parts (keeps var/, the data)
	rm -rf $(VENV) $(LINT_VENV) $(BUILDOUT_VENV) instance bin parts develop-eggs .installed.cfg
