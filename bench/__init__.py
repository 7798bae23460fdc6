"""Benchmarks and evaluation helpers (not shipped with recbook)."""
