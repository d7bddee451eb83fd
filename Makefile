# The two Quick-start commands of the README: `make run` and `make test`.
.PHONY: run test setup setup-dev lint bench

run: setup
	.venv/bin/banshi run

test: setup-dev
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .
	.venv/bin/mypy
	.venv/bin/pytest

setup:
	scripts/setup.sh

setup-dev:
	scripts/setup.sh --dev

bench: setup-dev
	.venv/bin/python bench/bench_nlu.py
