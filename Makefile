# CLOTH Hub — `make run` sets everything up and serves the site; `make test` runs the suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
HOST ?= 127.0.0.1
PORT ?= 8000
STAMP := $(VENV)/.installed

.PHONY: install run setup test test-postgres lint format check messages compilemessages clean serve serve-now e2e bench

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

# --- production grade (issue 7) -----------------------------------------------------------------
# The production settings on this machine over plain HTTP (LOCAL_HTTP=1: refused unless every
# allowed host is local). SECRET_KEY comes from the environment or from var/secret_key, generated
# once (var/ is not committed). DATABASE_URL and REDIS_URL are passed through when set.
SERVE_ENV = DJANGO_SETTINGS_MODULE=clothhub.settings.production \
	SECRET_KEY="$${SECRET_KEY:-$$(cat var/secret_key)}" \
	ALLOWED_HOSTS="$${ALLOWED_HOSTS:-$(HOST),localhost}" \
	LOCAL_HTTP="$${LOCAL_HTTP:-1}" \
	WAGTAILADMIN_BASE_URL="$${WAGTAILADMIN_BASE_URL:-http://$(HOST):$(PORT)}"

var/secret_key:
	@mkdir -p var
	@umask 077 && $(PYTHON) -c "import secrets; print(secrets.token_urlsafe(64))" > $@
	@echo "Generated a secret key in $@ (not committed)."

## Production profile locally: gunicorn + background-task worker, DEBUG off, hashed static files.
serve: setup
	$(MAKE) serve-now

# The same without `setup` (database already migrated and filled), e.g. for the benchmark.
serve-now: install var/secret_key
	$(SERVE_ENV) $(PY) manage.py collectstatic --noinput --verbosity 0
	@echo "CLOTH Hub (production profile): http://$(HOST):$(PORT)/"
	$(SERVE_ENV) $(PY) manage.py serve --bind $(HOST):$(PORT)

# Browser tools of the end-to-end tests (axe-core, vnu.jar), from e2e/package-lock.json.
e2e/node_modules/.installed: e2e/package.json e2e/package-lock.json
	cd e2e && npm ci --ignore-scripts --no-audit --no-fund
	touch $@

## End-to-end tests in Debian's Chromium (Playwright), with axe-core and the Nu Html Checker.
e2e: install e2e/node_modules/.installed
	@command -v chromium >/dev/null || { echo "chromium is missing: apt-get install -y chromium"; exit 1; }
	@command -v java >/dev/null || { echo "java is missing: apt-get install -y default-jre-headless"; exit 1; }
	$(BIN)/pytest tests/e2e -m e2e $(PYTEST_ARGS)

## Load benchmark against PostgreSQL (needs wrk and a running PostgreSQL); writes benchmarks/results/.
bench: install
	$(PY) benchmarks/run.py $(BENCH_ARGS)
