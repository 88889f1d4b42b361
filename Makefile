# Two commands on a fresh machine (Python 3.11+):
#   make demo   install into .venv, import the demo corpus into the default store, serve the reader
#   make test   install into .venv with the development tools, lint, type-check, run the tests
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint system-deps bench-extract bench-conformance clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,postgres]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/storyline demo
	@echo "Open http://127.0.0.1:8000/ (Ctrl-C stops the reader)"
	$(BIN)/storyline serve --host 127.0.0.1 --port 8000

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

# Server binaries the tests use (PostgreSQL, Chromium for the browser tests); installed with apt when
# missing and we are root.
system-deps:
	@if ! command -v initdb >/dev/null && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; \
	  else echo "note: PostgreSQL server binaries missing: PostgreSQL tests will be skipped"; fi; \
	fi
	@if [ ! -x /usr/bin/chromium ] || [ ! -d /usr/share/fonts/truetype/wqy ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-zenhei >/dev/null; \
	  else echo "note: /usr/bin/chromium or CJK fonts missing: browser tests skipped or screenshots without Chinese"; fi; \
	fi

test: lint system-deps
	$(BIN)/python -m pytest

bench-extract: $(STAMP)
	$(BIN)/python -m bench.extract

bench-conformance: $(STAMP)
	$(BIN)/python -m bench.conformance

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
