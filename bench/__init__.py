"""Benchmarks: `python -m bench` runs every section and writes BENCHMARKS.md (see bench/common.py)."""
