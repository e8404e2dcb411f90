# The project's commands. `make run` and `make test` work from a fresh clone with no
# configuration (SQLite, in-memory channels); set DATABASE_URL / REDIS_URL for the real ones.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
STAMP := $(VENV)/.installed
# The address the demo is reached at, in certificate links, QR codes and the signed
# credentials' did:web: from HOST and PORT unless SITE_URL is set.
SITE_HOST := $(if $(filter 0.0.0.0 ::,$(HOST)),127.0.0.1,$(HOST))
SITE_URL ?= http://$(SITE_HOST):$(PORT)

.PHONY: install run test check bench vendor translations messages clean cluster

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

translations: install
	$(BIN)/python manage.py compiletranslations

# The worker (background tasks and scheduled jobs, docs/operations.md) runs beside daphne
# and stops with it.
run: install translations
	$(BIN)/python manage.py migrate --noinput
	SITE_URL=$(SITE_URL) $(BIN)/python manage.py load_demo
	@echo "Serving $(SITE_URL)/ (HTTP and websockets) with a background worker. Stop with Ctrl-C."
	SITE_URL=$(SITE_URL) $(BIN)/python manage.py run_worker & worker=$$!; \
	trap 'kill -TERM $$worker 2>/dev/null; wait $$worker' EXIT INT TERM; \
	SITE_URL=$(SITE_URL) $(BIN)/daphne -b $(HOST) -p $(PORT) elearning.asgi:application

# The LRS's own tests first, with only Django's apps and `lrs` installed (it depends on no
# platform app), then the platform's, the browser tests last. The tests without a browser
# are spread over TEST_PROCESSES processes (pytest-xdist; 1 runs them in this process);
# the browser tests run one at a time, each with a whole machine's worth of time to act.
# PYTEST_ARGS: more pytest options.
TEST_PROCESSES ?= 2
# "load" keeps pytest-django's order within each process: tests that empty the database
# (browser and other transactional tests) come after those that rely on migrated data.
TEST_SPREAD = $(if $(filter 1,$(TEST_PROCESSES)),,-n $(TEST_PROCESSES) --dist load)
# The cluster tests (tests/cluster: nginx in front of two nodes, where nginx, PostgreSQL
# and Redis are there) run in one process of their own: they start one cluster.
# Missing system packages (Chromium, xmlsec1, pango) are installed first where this user
# may (root with apt-get); otherwise the run says how, at its start and at its end.
test: install translations
	-@scripts/system-packages.sh install
	@status=0; \
	  $(BIN)/python -m pytest --ds=tests.lrs.settings tests/lrs $(TEST_SPREAD) $(PYTEST_ARGS) && \
	  $(BIN)/python -m pytest --ignore=tests/lrs --ignore=tests/cluster -m "not e2e" $(TEST_SPREAD) $(PYTEST_ARGS) && \
	  $(BIN)/python -m pytest tests/cluster $(PYTEST_ARGS) && \
	  $(BIN)/python -m pytest --ignore=tests/lrs -m e2e $(PYTEST_ARGS) || status=$$?; \
	  scripts/system-packages.sh notice; exit $$status

check: install translations
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	DJANGO_SETTINGS_MODULE=elearning.settings.test $(BIN)/python manage.py check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=elearning.settings.test $(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/python manage.py checktranslations

bench: install translations
	@$(BIN)/python -c "import locust" 2>/dev/null || $(BIN)/python -m pip install --quiet -e ".[test,bench]"
	@set -e; for script in bench/bench_*.py; do echo "== $$script"; (cd bench && ../$(BIN)/python $$(basename $$script)); done

# Refresh the vendored browser files (needs npm; installing the project never does).
vendor:
	bash scripts/vendor.sh

# Extract new UI strings into locale/fr (needs GNU gettext), then translate them.
messages: install
	$(BIN)/python manage.py makemessages --locale fr --locale es --locale tl --locale zh_Hans --locale pa --locale ar --no-obsolete --ignore ".venv/*" --ignore "staticfiles/*"

clean:
	rm -rf $(VENV) staticfiles .pytest_cache db.sqlite3 .test-db*.sqlite3*

# The platform as a cluster on this machine: nginx on CLUSTER_PORT (8100) in front of two
# application nodes, the worker, PostgreSQL (DATABASE_URL) and Redis (REDIS_URL); see
# docs/operations.md, "A cluster on one machine". Stop with Ctrl-C.
CLUSTER_PORT ?= 8100
cluster: install translations
	$(BIN)/python scripts/cluster.py --port $(CLUSTER_PORT)
