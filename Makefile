# CLOTH Hub — `make run` sets everything up and serves the site; `make test` runs the suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
HOST ?= 127.0.0.1
PORT ?= 8000
STAMP := $(VENV)/.installed

.PHONY: install run setup test test-postgres lint format check messages compilemessages clean

$(STAMP): pyproject.toml requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	$(PY) -m pip install --quiet --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

## Set up the database and the demo content (idempotent).
setup: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo_content
	$(PY) manage.py ensure_admin

## Serve the site with the embedded defaults (SQLite) on http://127.0.0.1:8000
run: setup
	@echo "CLOTH Hub: http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/)"
	$(PY) manage.py runserver $(HOST):$(PORT)

## The whole test suite (SQLite unless DATABASE_URL says otherwise).
test: install
	$(BIN)/pytest $(PYTEST_ARGS)

## The suite on the local PostgreSQL server.
test-postgres: install
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/clothhub} $(BIN)/pytest $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

check: install
	$(PY) manage.py makemigrations --check --dry-run
	$(PY) manage.py check

## Extract UI strings into locale/*/LC_MESSAGES/django.po (needs GNU gettext).
messages: install
	$(PY) manage.py makemessages --all --ignore=.venv --ignore=staticfiles --ignore=media --no-obsolete

compilemessages: install
	$(PY) manage.py compilemessages --ignore=.venv

clean:
	rm -rf $(VENV) staticfiles
