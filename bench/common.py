"""Small helpers shared by the benchmarks: timing, medians, the MIT data's location."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
MIT = SHARED_DATA / "mit_interviews"


def timings_ms(work: Callable[[], object], runs: int, warmup: int = 3) -> list[float]:
    for _ in range(warmup):
        work()
    found = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        found.append((time.perf_counter() - start) * 1000)
    return found


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def summary(label: str, values: list[float], unit: str = "ms") -> str:
    return (
        f"{label:<58} median {statistics.median(values):8.2f} {unit}   "
        f"p95 {p95(values):8.2f} {unit}   (n={len(values)})"
    )
