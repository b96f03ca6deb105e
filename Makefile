# meta_capi.wasm: `make run` builds and shows what the component sends; `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
WASM := meta_capi.wasm
# Readable module names for the two interfaces the proxy binds (given to both bindings and componentize).
WORLD := -d wit -w data-collection \
	--export-interface-name 'edgee:components/data-collection=data_collection_v100' \
	--export-interface-name 'edgee:components/data-collection@1.0.1=data_collection_v101'
# The oldest wasmtime-py with the component API: the proxy embeds an older engine than our pinned one.
OLDEST_WASMTIME := 39.0.0
COMPAT_VENV := .venv-compat
WIT_SOURCES := $(wildcard wit/*.wit wit/deps/*/*.wit)
GUEST_SOURCES := $(wildcard src/*.py src/meta_capi/*.py) $(WIT_SOURCES)

.DEFAULT_GOAL := help
.PHONY: help build bindings run check test lint typecheck unit bench compat verify-build clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/^([a-z-]+):.*## /  make \1\t/' | expand -t 20

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

build: $(WASM) ## create the venv if needed and build meta_capi.wasm

$(WASM): $(INSTALLED) $(GUEST_SOURCES)
	$(BIN)/componentize-py $(WORLD) componentize --python-path src guest -o $@

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

typecheck: $(INSTALLED) bindings ## mypy on src and tests
	MYPYPATH=src:build/bindings $(BIN)/mypy src/guest.py src/meta_capi src/edgee_host tests tools

# A component that counts its calls in a module global: the tests prove each event gets a fresh instance.
build/counter.wasm: $(INSTALLED) tests/components/counter_guest.py $(WIT_SOURCES)
	mkdir -p build
	$(BIN)/componentize-py $(WORLD) componentize --python-path tests/components counter_guest -o $@

unit: build build/counter.wasm ## pytest only
	$(BIN)/pytest

test: lint typecheck check unit ## lint, type check and every test (core natively, the .wasm under wasmtime)

compat: build ## the .wasm tests again on the oldest wasmtime with the component API ($(OLDEST_WASMTIME))
	test -x $(COMPAT_VENV)/bin/python || $(PYTHON) -m venv $(COMPAT_VENV)
	$(COMPAT_VENV)/bin/python -m pip install --quiet wasmtime==$(OLDEST_WASMTIME) \
		$$(grep -oE '"(pytest|hypothesis)==[^"]+"' pyproject.toml | tr -d '"')
	PYTHONPATH=src $(COMPAT_VENV)/bin/python -m pytest -p no:cacheprovider \
		tests/test_component_wasm.py tests/test_journey_wasm.py tests/test_properties.py

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

build/null.wasm: $(INSTALLED) bench/null_guest.py $(WIT_SOURCES)
	mkdir -p build
	$(BIN)/componentize-py $(WORLD) componentize --python-path bench null_guest -o $@

clean: ## remove build output
	rm -rf build $(WASM) $(COMPAT_VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
