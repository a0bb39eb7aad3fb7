# Two commands a newcomer needs: `make serve` and `make test`. Both create .venv and install.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CORPUS ?= corpus
INDEX ?= instance/index

.PHONY: serve test test-fast lint bench browser-deps ingest clean

$(BIN)/python:
	$(PY) -m venv $(VENV)

$(STAMP): setup.cfg pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

ingest: $(STAMP)
	$(BIN)/kb ingest --corpus $(CORPUS) --index $(INDEX)

serve: $(STAMP)
	$(BIN)/kb ingest --corpus $(CORPUS) --index $(INDEX) || test $$? -eq 3
	$(BIN)/kb serve --host 127.0.0.1 --port 5000 --index $(INDEX) --corpus $(CORPUS)

# Debian's Chromium and CJK fonts for the browser tests (Playwright cannot download a browser here).
browser-deps:
	@if [ ! -x /usr/bin/chromium ] || [ ! -d /usr/share/fonts/opentype/noto ]; then \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; \
	fi

# axe-core (npm) for the accessibility checks; Playwright injects it into the pages under test.
AXE := tests/node_modules/axe-core/axe.min.js
$(AXE): tests/package.json tests/package-lock.json
	@command -v npm >/dev/null || { SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq npm >/dev/null; }
	cd tests && npm ci --no-audit --no-fund --loglevel=error
	touch $(AXE)

lint: $(STAMP)
	$(BIN)/ruff check kb tests benchmarks
	$(BIN)/ruff format --check kb tests benchmarks

test: $(STAMP) browser-deps $(AXE) lint
	$(BIN)/python -m pytest -q -p no:cacheprovider

test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not browser and not slow"

bench: $(STAMP)
	$(BIN)/python -m benchmarks.run $(BENCH_ARGS)

clean:
	rm -rf $(VENV) instance tests/artifacts
