# Two commands: `make run` and `make test`. Both create or reuse .venv themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck bench clean

# The first run installs for a minute or two: one line per step says it has not hung.
$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11+ is required")'
	@echo "==> [1/3] Creating a virtual environment in $(VENV)"
	@$(PYTHON) -m venv $(VENV)
	@echo "==> [2/3] Updating pip"
	@$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall only when the project's declared dependencies change.
$(STAMP): pyproject.toml | $(BIN)/python
	@echo "==> [3/3] Installing Interview Coach and its dependencies (the first time takes a minute or two)"
	@$(BIN)/python -m pip install --quiet --progress-bar off -e '.[test]'
	@touch $(STAMP)
	@echo "==> Installed."

run: $(STAMP)
	@echo "==> Starting the web app"
	$(BIN)/interview-coach serve

test: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy
	ORT_DISABLE_TELEMETRY=1 $(BIN)/python -m pytest

bench: $(STAMP)
	ORT_DISABLE_TELEMETRY=1 $(BIN)/python -m bench

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
