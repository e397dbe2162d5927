# Meedoen: `make demo` serves the demo site, `make test` runs the whole suite.
# Both start from a bare machine: they create the virtualenv and install first.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export FLASK_APP := webapp

#: The suite runs on SQLite and again on this PostgreSQL database.
PG_TEST_URL ?= postgresql+psycopg://postgres@127.0.0.1:5432/test
CHROMIUM ?= /usr/bin/chromium
HOST ?= 127.0.0.1
PORT ?= 5000

.PHONY: install demo serve worker test test-sqlite test-postgres lint translations babel-extract babel-update chromium bench bench-web bench-lists clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

install: $(VENV)/.installed translations

translations: $(VENV)/.installed
	$(BIN)/pybabel compile -d translations

demo: install
	$(BIN)/flask db upgrade
	$(BIN)/flask demo --reset
	$(BIN)/flask run --host $(HOST) --port $(PORT)

worker: install
	$(BIN)/flask worker

serve: install
	$(BIN)/flask db upgrade
	BIND=$(HOST):$(PORT) $(BIN)/gunicorn --config gunicorn.conf.py 'webapp:create_app()'

chromium:
	@test -x $(CHROMIUM) || { echo "Installing Chromium for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }

test: install chromium test-sqlite test-postgres

test-sqlite: install
	$(BIN)/pytest

test-postgres: install
	@$(BIN)/python -c "import psycopg,sys; psycopg.connect('$(PG_TEST_URL)'.replace('+psycopg',''), connect_timeout=5).close()" \
	  || { echo "PostgreSQL is not reachable at $(PG_TEST_URL); start it or set PG_TEST_URL"; exit 1; }
	TEST_DATABASE_URL=$(PG_TEST_URL) $(BIN)/pytest

lint: install
	$(BIN)/ruff check matching webapp tests bench
	$(BIN)/ruff format --check matching webapp tests bench

babel-extract: $(VENV)/.installed
	$(BIN)/pybabel extract -F babel.cfg -k _l -k lazy_gettext -o translations/messages.pot --no-location --sort-output --width=100 --project Meedoen --ignore-dirs=".* _* demo" .

babel-update: babel-extract
	$(BIN)/pybabel update -i translations/messages.pot -d translations --no-fuzzy-matching --ignore-obsolete --width=100
	$(BIN)/python scripts/fill_source_catalog.py

bench: install
	$(BIN)/python bench/rank_bench.py

bench-web: install
	$(BIN)/python bench/web_bench.py

bench-lists: install
	$(BIN)/python bench/web_bench.py --lists

clean:
	rm -rf $(VENV) instance .pytest_cache
