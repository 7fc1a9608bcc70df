"""Benchmarks: runnable code that prints medians."""
