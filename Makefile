# SPDX-License-Identifier: GPL-3.0-or-later
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint unit bench bench-full clean system-packages

run: $(STAMP)
	$(VENV)/bin/correspondence-app gui

test: $(STAMP) lint
	$(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check correspondence_app tests benchmarks
	$(VENV)/bin/ruff format --check correspondence_app tests benchmarks
	$(VENV)/bin/mypy

system-packages:
	sh scripts/install-system-packages.sh

$(STAMP): pyproject.toml scripts/find-python.sh
	@sh scripts/install-system-packages.sh
	@if [ ! -x $(PY) ]; then \
		python=$$(sh scripts/find-python.sh) || exit 1; \
		echo "Creating $(VENV) with $$python"; \
		"$$python" -m venv $(VENV) || exit 1; \
	fi
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	@touch $(STAMP)

# Import benchmark: 10k messages beside notmuch (see benchmarks/README.md).
bench: $(STAMP)
	@sh scripts/install-system-packages.sh --bench
	$(PY) -m benchmarks.import_benchmark --messages 10000

# The issue's goal: 100k messages beside notmuch.
bench-full: $(STAMP)
	@sh scripts/install-system-packages.sh --bench
	$(PY) -m benchmarks.import_benchmark --messages 100000

clean:
	rm -rf $(VENV) .cache .pytest_cache .mypy_cache .ruff_cache
