VENV := .venv
BIN := $(VENV)/bin
CP := $(BIN)/content-pipeline

.PHONY: setup demo test lint bench clean

setup:
	bash scripts/setup.sh

demo: setup
	$(CP) run sources/ --to nb,nn,sv --out output/ --report

lint: setup
	$(BIN)/ruff check pipeline tests benchmarks
	$(BIN)/ruff format --check pipeline tests benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports

test: lint
	$(BIN)/python -m pytest

bench: setup
	$(BIN)/python benchmarks/bench_check.py
	$(BIN)/python benchmarks/bench_watch.py
	$(BIN)/python benchmarks/bench_translate.py --articles 40 --to nb
	$(BIN)/python benchmarks/bench_pofilter.py
	$(BIN)/python benchmarks/bench_po_reader.py
	$(BIN)/python benchmarks/bench_nonsense.py
	$(BIN)/python benchmarks/bench_glossary.py
	$(BIN)/python benchmarks/bench_dask.py --articles 1000 --workers 2
	$(BIN)/python benchmarks/bench_memory.py

clean:
	rm -rf $(VENV) output/*/ .pytest_cache .mypy_cache .ruff_cache
