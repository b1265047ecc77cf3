# Rapport: `make run` serves the app, `make test` runs every check. Both set everything up first.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
PG_URL ?= postgresql://postgres@127.0.0.1:5432/test
DEMO_EMPLOYEES ?= 300

.PHONY: setup run test lint pytest-sqlite pytest-postgres messages messages-update system-deps browser-deps bench clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

node_modules/.installed: package.json package-lock.json
	@command -v npm >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm; }
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# gettext compiles the Chinese catalogue; WenQuanYi Zen Hei is embedded in PDFs for Chinese text.
system-deps:
	@command -v msgfmt >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext; }
	@test -f /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-wqy-zenhei; }

browser-deps:
	@test -x /usr/bin/chromium || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }

messages: system-deps $(VENV)/.installed
	$(MANAGE) compilemessages --ignore=.venv --ignore=node_modules -v0

# After adding or changing user-visible strings: extract them, then translate the new entries.
messages-update: system-deps $(VENV)/.installed
	$(MANAGE) makemessages -l zh_Hans --no-location --ignore=.venv --ignore=node_modules --ignore=test-artifacts

setup: $(VENV)/.installed node_modules/.installed messages
	$(MANAGE) migrate --noinput -v0

run: setup
	$(MANAGE) seed_demo --if-empty --employees $(DEMO_EMPLOYEES) --lang both
	$(MANAGE) runserver 127.0.0.1:8000

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy rapport

pytest-sqlite: setup browser-deps
	@echo "=== test suite on SQLite ==="
	env -u DATABASE_URL $(PY) -m pytest -q

pytest-postgres: setup browser-deps
	@if $(PY) -c "import psycopg; psycopg.connect('$(PG_URL)', connect_timeout=3).close()" 2>/dev/null; then \
		echo "=== test suite on PostgreSQL ($(PG_URL)) ==="; \
		DATABASE_URL=$(PG_URL) $(PY) -m pytest -q; \
	else \
		echo "=== PostgreSQL does not answer at $(PG_URL): PostgreSQL run skipped ==="; \
	fi

test: setup lint pytest-sqlite pytest-postgres

bench: setup
	$(PY) bench/reporting_lines.py
	$(PY) bench/people_import.py

clean:
	rm -rf $(VENV) node_modules staticfiles .ruff_cache .mypy_cache
