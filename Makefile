# Two commands do everything on a fresh machine: `make report` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TESTSTAMP := $(VENV)/.installed-test

.PHONY: report test test-fast check golden lock clean

## report: set up .venv from the runtime lock file, then build the sample conference into output/
report: $(STAMP)
	@$(BIN)/python -m recbook.render.system
	$(BIN)/recbook build

## test: the whole test suite (installs the test tools from requirements-test.lock first)
test: $(TESTSTAMP)
	$(BIN)/python -m pytest -n 2

## test-fast: the fast lane while editing (no full-book renders, no LibreOffice)
test-fast: $(TESTSTAMP)
	$(BIN)/python -m pytest -n 2 -m "not slow"

## golden: rewrite tests/golden/ (the sample books' normalised text and outline) after an intended change
golden: $(STAMP)
	$(BIN)/python tests/golden_text.py --regenerate

## check: validate the sample's inputs, decisions and catalogs
check: $(STAMP)
	$(BIN)/recbook check

# The secretariat's install: exactly the locked, hash-checked runtime versions, then recbook itself
# (editable). No test tools, no numpy.
$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "recbook needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	@touch $(STAMP)

# The test tools on top (the same runtime versions: requirements-test.lock is resolved against requirements.lock).
$(TESTSTAMP): $(STAMP) requirements-test.lock
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements-test.lock
	@touch $(TESTSTAMP)

## lock: re-resolve both lock files after changing dependencies in pyproject.toml
lock: $(TESTSTAMP)
	$(BIN)/uv pip compile pyproject.toml --extra build --generate-hashes \
		--python-version 3.11 -o requirements.lock
	$(BIN)/uv pip compile pyproject.toml --extra build --extra test --extra dev --generate-hashes \
		--python-version 3.11 -c requirements.lock -o requirements-test.lock

clean:
	rm -rf $(VENV) output/*.pdf output/*.docx output/manifest.json
