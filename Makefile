# Two commands on a fresh machine: `make demo` and `make test`. Both build .venv themselves.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= pedigree.duckdb

.PHONY: install demo test lint bench model clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

# The tests also run the match models on Spark (local mode; needs Java 17+): a 0.5 GB install
# that `make demo` does without; and they validate the FtM export with followthemoney.
$(VENV)/.spark: $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[dev,spark,ftm]'
	touch $@

demo: install
	$(BIN)/pedigree --db $(DB) demo
	@echo "The pedigree command is $(BIN)/pedigree; to type just 'pedigree', first run: source $(BIN)/activate"

lint: install
	$(BIN)/ruff check pedigree tests bench

test: lint $(VENV)/.spark
	$(BIN)/pytest

# Retrain the bundled NER model from $(PEDIGREE_DATA) (default ../shared/data/ner).
model: install
	$(BIN)/pedigree train-ner

# The benchmarks; those that read ../shared say so and skip when it is absent (PEDIGREE_DATA).
bench: install
	$(BIN)/python bench/foundation.py
	$(BIN)/python bench/startup.py
	$(BIN)/python bench/news.py
	$(BIN)/python bench/bios.py
	$(BIN)/python bench/extraction.py

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache .ruff_cache
