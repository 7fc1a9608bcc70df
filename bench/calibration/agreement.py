"""Agreement between two raters: rank correlation, Cohen's kappa, bands, absolute error."""

from __future__ import annotations

import statistics
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from interview_coach.vocabulary import Band


def ranks(values: Sequence[float]) -> npt.NDArray[np.float64]:
    """Ranks with ties averaged."""
    array = np.asarray(values, dtype=float)
    order = array.argsort(kind="stable")
    ranked = np.empty(len(array))
    ranked[order] = np.arange(len(array), dtype=float)
    for value in np.unique(array):
        tied = array == value
        ranked[tied] = ranked[tied].mean()
    return ranked


def spearman(a: Sequence[float], b: Sequence[float]) -> float:
    if len(set(a)) < 2 or len(set(b)) < 2:
        return 0.0
    return float(np.corrcoef(ranks(a), ranks(b))[0, 1])


def kappa(a: Sequence[bool], b: Sequence[bool]) -> float:
    """Cohen's kappa for two raters' yes/no labels."""
    n = len(a)
    if n == 0:
        return 0.0
    observed = sum(1 for x, y in zip(a, b, strict=True) if x == y) / n
    pa, pb = sum(a) / n, sum(b) / n
    expected = pa * pb + (1 - pa) * (1 - pb)
    return 1.0 if expected == 1 else (observed - expected) / (1 - expected)


def band_agreement(a: Sequence[float], b: Sequence[float]) -> float:
    return sum(1 for x, y in zip(a, b, strict=True) if Band.of(x) is Band.of(y)) / max(len(a), 1)


def mean_absolute_error(a: Sequence[float], b: Sequence[float]) -> float:
    return statistics.mean(abs(x - y) for x, y in zip(a, b, strict=True))
