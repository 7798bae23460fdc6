# Two commands do everything on a fresh machine: `make report` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: report test check golden lock clean

## report: set up .venv from the lock file, then build the sample conference into output/
report: $(STAMP)
	@$(BIN)/python -m recbook.render.system
	$(BIN)/recbook build

## test: the whole test suite
test: $(STAMP)
	$(BIN)/python -m pytest -n 2

## golden: rewrite tests/golden/ (the sample books' normalised text and outline) after an intended change
golden: $(STAMP)
	$(BIN)/python tests/golden_text.py --regenerate

## check: validate the sample's inputs, decisions and catalogs
check: $(STAMP)
	$(BIN)/recbook check

# Installs exactly the locked, hash-checked versions, then recbook itself (editable).
$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "recbook needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	@touch $(STAMP)

## lock: re-resolve requirements.lock after changing dependencies in pyproject.toml
lock: $(STAMP)
	$(BIN)/uv pip compile pyproject.toml --extra test --extra dev --generate-hashes \
		--python-version 3.11 -o requirements.lock

clean:
	rm -rf $(VENV) output/*.pdf output/*.docx output/manifest.json
