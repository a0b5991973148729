# altegio-devtools: `make generate` rebuilds the client, `make test` runs every test.
# Each target sets up what it needs: a .venv with the exact tools of requirements.lock,
# and (for the contract tests, mock and demo) Prism from package-lock.json via npm ci.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SETUP := $(VENV)/.setup-done
NODE_SETUP := node_modules/.setup-done
# A different description to build from, e.g. `make generate SPEC=/tmp/new.yaml`.
SPEC ?=
SPEC_ARG := $(if $(SPEC),--spec $(SPEC))
# Where update-spec, spec-diff and pr-review also write their report: $(REPORT).md and, as
# JSON, $(REPORT).json (e.g. REPORT=/tmp/update). Empty: standard output only.
REPORT ?=
REPORT_ARGS := $(if $(REPORT),--markdown "$(REPORT).md" --json "$(REPORT).json")

.PHONY: setup generate check lint test lock clean mock demo update-spec spec-diff bench drift \
	pr-review commit-update mutate surface-diff release

setup: $(SETUP) $(NODE_SETUP)

$(SETUP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

$(NODE_SETUP): package-lock.json
	SCARF_ANALYTICS=false npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	touch $@

generate: $(SETUP)
	$(BIN)/python -m generator $(SPEC_ARG)

# Take a new upstream description (a path or URL; default: Altegio's bundle), rebuild, and
# report API changes, override health and the generated-code change (per operation and file).
# Exit 0 rebuilt or unchanged, 1 not rebuilt (stale override), 2 description not to be had.
update-spec: $(SETUP)
	$(BIN)/python -m generator.tooling.update_spec $(if $(SPEC),"$(SPEC)") $(REPORT_ARGS)

# After update-spec: commit openapi.yaml (+ overrides/), then generated/ as "Regenerate
# client". Refuses when anything else changed. REPORT= (update-spec's) names the change;
# ADAPTED=1 adds tests/, examples/, bench/ and README.md adapted to a breaking update to the
# first commit.
ADAPTED ?=
commit-update: $(SETUP)
	$(BIN)/python -m generator.tooling.spec_pr commit $(if $(REPORT),--report "$(REPORT)") \
		$(if $(ADAPTED),--adapted)

# A pull request's review against BASE: spec-diff, the generated change per operation, and
# whether generated/ is what `make generate` writes (exit 1 when it is not).
BASE ?= origin/main
pr-review: $(SETUP)
	$(BIN)/python -m generator.tooling.review "$(BASE)" $(REPORT_ARGS)

# A Markdown API changelog between two descriptions (git refs or paths; default: HEAD vs the
# working tree). Exit 1 when something is breaking, unless REPORT_ONLY=1.
OLD ?= HEAD
NEW ?= openapi.yaml
spec-diff: $(SETUP)
	$(BIN)/python -m generator.tooling.spec_diff $(OLD) $(NEW) $(if $(REPORT_ONLY),--report-only) $(REPORT_ARGS)

# The public Python API of the built package between OLD (a git ref) and the working tree's
# generated/, each change marked breaking, and OLD's examples/ and README code type-checked
# against the new package. Exit 1 when something is breaking, unless REPORT_ONLY=1.
surface-diff: $(SETUP)
	$(BIN)/python -m generator.tooling.surface_diff $(OLD) --user-code $(if $(REPORT_ONLY),--report-only) $(REPORT_ARGS)

# A release (docs/releasing.md): BUMP=major|minor|patch|auto|X.Y.Z sets pyproject.toml's
# version, writes CHANGELOG.md's section, commits "Release X.Y.Z", regenerates and commits
# "Regenerate client", and tags vX.Y.Z; pushing the tag starts .github/workflows/release.yml.
# DATE=YYYY-MM-DD dates the section (default: today, UTC).
BUMP ?=
DATE ?=
release: $(SETUP)
	$(if $(BUMP),,$(error BUMP is not set: make release BUMP=major|minor|patch|auto|X.Y.Z))
	$(BIN)/python -m generator.tooling.release bump $(BUMP) $(if $(DATE),--date $(DATE))

# Captured production bodies (<operationId>.<status>.json responses, other *.json webhook
# deliveries) against the description: a Markdown drift table and a suggested overlay.
# Exit 1 when something drifted, 2 when a file could not be read.
SAMPLES ?=
drift: $(SETUP)
	$(if $(SAMPLES),,$(error SAMPLES is not set: make drift SAMPLES=<directory of captured *.json bodies>))
	$(BIN)/python -m generator.tooling.drift_report $(SAMPLES)

# Fails when generated/ is not what `make generate` would write, or when lint fails.
check: $(SETUP)
	$(BIN)/python -m generator --check
	$(MAKE) --no-print-directory lint

# actionlint (a binary inside a wheel of requirements.lock) checks the GitHub Actions
# workflows, and runs shellcheck (another such wheel) over their `run:` scripts.
# pyright (package-lock.json) checks the typed user corpus, tests/corpus, in strict mode
# ([tool.pyright] in pyproject.toml); mypy --strict checks it with the rest of tests/.
lint: $(SETUP) $(NODE_SETUP)
	$(BIN)/ruff check generator overrides tests examples bench
	$(BIN)/ruff format --check generator overrides tests examples bench
	$(BIN)/mypy --strict generator tests examples bench generated/altegio_devtools
	node_modules/.bin/pyright
	$(BIN)/actionlint -shellcheck $(BIN)/shellcheck $(wildcard .github/workflows/*.yml)

# In parallel: one worker more than cores, each running whole test files (tests/conftest.py
# says what that asks of a test); pytest's exit status is make's, 5 (no test ran) included.
test: $(SETUP) $(NODE_SETUP)
	$(BIN)/pytest -n auto --dist loadfile

# Prism serving generated/openapi.effective.yaml on 127.0.0.1:4010 until Ctrl-C.
mock: $(SETUP) $(NODE_SETUP)
	$(BIN)/python -m tests.prism --port 4010

# The partner flow (examples/partner_flow.py) against a Prism started and stopped here, then
# against the sandbox (`altegio-devtools sandbox`: stateful, the location and payment listed).
DEMO_SANDBOX := --port 0 --partner-token demo-partner-token \
	--crm-token 7cf262d6-1656-43f9-86ac-2826bdc125d2=123
demo: $(SETUP) $(NODE_SETUP)
	$(BIN)/python -m tests.prism --port 4010 -- $(BIN)/python examples/partner_flow.py
	$(BIN)/altegio-devtools sandbox $(DEMO_SANDBOX) -- $(BIN)/python examples/partner_flow.py

# Re-pin every tool and library after editing requirements.in.
lock: $(SETUP)
	$(BIN)/python -m pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --strip-extras --allow-unsafe --no-emit-index-url \
		--no-emit-find-links -o requirements.lock requirements.in

clean:
	rm -rf $(VENV) node_modules .mypy_cache .pytest_cache .ruff_cache .mutate

# QUICK=1: every case (or CASES="1 3") once with tiny sizes, the report printed, not written.
QUICK ?=
CASES ?=
bench: $(SETUP)
	$(BIN)/python -m bench $(if $(QUICK),--quick) $(foreach case,$(CASES),--case $(case))

# Mutation testing of the hand-written runtime (mutmut; README "Mutation testing"): the score
# per module and every surviving mutant; exit 1 below a module's floor. Not in `make test`.
# MODULES="_coerce webhooks" runs only those; SURVIVORS=1 the last run's survivors and the
# mutants of changed functions; RESUME=1 only the mutants an interrupted run did not reach;
# LIMIT=N at most N mutants, judged by TESTS="tests/test_x.py ..." if given (a smoke run in
# seconds: the scores are of those N, no floor applies).
MODULES ?=
LIMIT ?=
TESTS ?=
mutate: $(SETUP)
	$(BIN)/python -m tests.mutation_report $(if $(SURVIVORS),--survivors) $(if $(RESUME),--resume) \
		$(if $(LIMIT),--limit $(LIMIT)) $(foreach file,$(TESTS),--tests $(file)) $(MODULES)
