# The README's commands. Every target sets up what it needs and can be run again safely.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements.txt requirements-dev.txt | cksum | cut -d' ' -f1)
TEST_ENV := DJANGO_SETTINGS_MODULE=site_config.settings.test
CHROMIUM := /usr/bin/chromium
WRK := /usr/bin/wrk
VARNISHD := /usr/sbin/varnishd

.PHONY: install run test audit bench lint format messages clean

$(STAMP): requirements.txt requirements-dev.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || \
		(apt-get update && apt-get install -y python3-venv && $(PYTHON) -m venv $(VENV))
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	@rm -f $(VENV)/.installed-*
	@touch $(STAMP)

install: $(STAMP)

# The browser tests drive Debian's Chromium (Playwright never downloads a browser here).
$(CHROMIUM):
	apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium fonts-dejavu-core

# The HTTP cache the tests put in front of the site (deploy/varnish/), from Debian; it starts no service.
$(VARNISHD):
	apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y varnish

# The benchmarks' load generator, from Debian.
$(WRK):
	apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y wrk

## Set up, migrate, load the demo content and serve the site at http://127.0.0.1:8000
run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py runserver 127.0.0.1:8000

## Set up and run every check and the whole test suite (SQLite, or DATABASE_URL when set)
test: install $(CHROMIUM) $(VARNISHD)
	$(TEST_ENV) $(BIN)/python manage.py check --fail-level WARNING
	$(TEST_ENV) $(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(TEST_ENV) $(BIN)/pytest

## Lighthouse 12 (from the npm registry) and html-validate against the demo, in Debian's Chromium
audit: install $(CHROMIUM)
	cd audit && npm ci --no-audit --no-fund --loglevel=error
	$(BIN)/python audit/run.py

## Page benchmark (about 6 minutes, at most 10): large bilingual site against a bare Wagtail page, bench/results/latest.md
bench: install $(WRK) $(VARNISHD)
	$(BIN)/python -m bench.pages

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

## Refresh the English interface catalogue after changing strings (needs gettext), then compile it and the
## French one (locale/fr: French for Wagtail and wagtail-localize strings that lack it upstream)
messages: install
	$(BIN)/python manage.py makemessages -l en --no-location --ignore=".venv/*" --ignore="test-artefacts/*" --ignore="audit/*"
	$(BIN)/python manage.py compilemessages -l en -l fr --ignore=".venv/*" --ignore="audit/*"

clean:
	rm -rf $(VENV) db.sqlite3 test-artefacts .pytest_cache .ruff_cache
