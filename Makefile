# altegio-devtools: `make generate` rebuilds the client, `make test` runs every test.
# Each target sets up what it needs: a .venv with the exact tools of requirements.lock.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SETUP := $(VENV)/.setup-done
# A different description to build from, e.g. `make generate SPEC=/tmp/new.yaml`.
SPEC ?=
SPEC_ARG := $(if $(SPEC),--spec $(SPEC))

.PHONY: setup generate check lint test lock clean

setup: $(SETUP)

$(SETUP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

generate: $(SETUP)
	$(BIN)/python -m generator $(SPEC_ARG)

# Fails when generated/ is not what `make generate` would write, or when lint fails.
check: $(SETUP)
	$(BIN)/python -m generator --check
	$(MAKE) --no-print-directory lint

lint: $(SETUP)
	$(BIN)/ruff check generator overrides tests
	$(BIN)/ruff format --check generator overrides tests
	$(BIN)/mypy --strict generator tests generated/altegio_devtools

test: $(SETUP)
	$(BIN)/pytest

# Re-pin every tool and library after editing requirements.in.
lock: $(SETUP)
	$(BIN)/python -m pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --strip-extras --allow-unsafe --no-emit-index-url \
		--no-emit-find-links -o requirements.lock requirements.in

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
