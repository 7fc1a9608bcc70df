"""Fit the rubric's learned layer on the `fit` part: `python -m bench.calibration --fit`.

A ridge line per dimension (from the rule's score and the answer's signals) and one for the
overall (from the eight dimensions, the signals and the length), the penalty chosen by
leave-one-out error. Writes src/interview_coach/rubric/data/layer.json; the held-out part is
never read here.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import MappingProxyType

import numpy as np
import numpy.typing as npt

from bench.calibration.records import Record
from interview_coach.assessment import Assessor
from interview_coach.rubric.learned import Layer, Line, Stretch, signals
from interview_coach.rubric.score import calibrated, overall_features, rule_scores, score
from interview_coach.rubric.scorecard import DimensionScore, Scorecard
from interview_coach.vocabulary import Dimension, QuestionType

LAYER_PATH = (
    Path(__file__).parents[2] / "src" / "interview_coach" / "rubric" / "data" / "layer.json"
)
PENALTIES = (0.3, 1.0, 3.0, 10.0, 30.0, 100.0)
#: How much less the rule's own score is shrunk than the other features.
RULE_SHRINK = 0.1
#: What the overall is read from: the dimensions as the type weighs them, each dimension, and
#: what an interviewer holds against a whole answer.
_TYPES = tuple(f"type_{t.value}" for t in QuestionType)
#: How good the answer is as a whole: experts' dimension ratings lean on it (a halo the
#: labels show plainly), so every dimension's line may read it. Only shares and kinds, never
#: amounts: a dimension says what is in the answer, not how long it is.
_QUALITY = ("measured_outcomes", "full_depth", "concrete_share")
#: What each dimension's line reads besides the rule's own score: the signals an interviewer
#: would weigh for that dimension, and no more (fewer weights, less to overfit).
DIMENSION_FEATURES: dict[Dimension, tuple[str, ...]] = {
    Dimension.SITUATION: ("concrete_share", "generic", "honest_approach", *_TYPES),
    Dimension.TASK: ("concrete_share", "generic", "blame", "buzzwords", "off_topic",
                     "asked_for_shown", *_TYPES),
    Dimension.ACTION: ("concrete_share", "generic", "blame", "buzzwords",
                       "own_share", *_TYPES),
    Dimension.RESULT: ("measured_outcomes", "concrete_share", "generic", "thresholds", *_TYPES),
    Dimension.SPECIFICITY: ("concrete_share", "buzzwords", "padding", "measured_outcomes"),
    Dimension.OWNERSHIP: ("own_share", "blame", "others_act", *_TYPES),
    Dimension.RELEVANCE: ("asked_for_shown", "closeness", "off_topic", "parts_missing"),
    Dimension.DEPTH: ("full_depth", "concrete_share", "generic", "buzzwords", *_TYPES),
}  # fmt: skip
OVERALL_FEATURES = (
    "weighted",
    "off_topic",
    "generic",
    "blame",
    "buzzwords",
    "restarts",
    "asked_for_shown",
    "log_words",
    "unowned",
)
#: Weights set a priori, not fitted: the calibration set is typed and holds too few spoken
#: answers to weigh fillers and hedges, so their cost is fixed (about 1.5 points at the worst
#: rate once stretched) and the line fits the rest around it.
FIXED_OVERALL = {"delivery": -1.25}


def _overall_line(rows: list[dict[str, float]], targets: list[float]) -> tuple[Line, float]:
    """The ridge line of the overall, with the a priori weights added in."""
    rest = [t - sum(w * row.get(n, 0.0) for n, w in FIXED_OVERALL.items())
            for row, t in zip(rows, targets, strict=True)]  # fmt: skip
    line, error = ridge(rows, rest, list(OVERALL_FEATURES))
    return Line(line.intercept, MappingProxyType({**line.weights, **FIXED_OVERALL})), error


def ridge(
    rows: list[dict[str, float]], targets: list[float], names: list[str]
) -> tuple[Line, float]:
    x = np.array([[row.get(n, 0.0) for n in names] for row in rows])
    y = np.array(targets)
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    best: tuple[float, npt.NDArray[np.float64], float] | None = None
    # The rule's own score (the first feature, where present) is not shrunk: the line may
    # adjust it, never wash it out.
    free = np.ones(len(names))
    if names and names[0] == "rule":
        free[0] = RULE_SHRINK
    for penalty in PENALTIES:
        gram = z.T @ z + penalty * np.diag(free)
        hat = z @ np.linalg.solve(gram, z.T)
        centred = y - y.mean()
        fitted = hat @ centred
        loo = (centred - fitted) / (1 - np.diag(hat) - 1 / len(y))
        error = float(np.mean(loo**2))
        if best is None or error < best[0]:
            best = (error, np.linalg.solve(gram, z.T @ centred), penalty)
    assert best is not None
    _, coefficients, _penalty = best
    weights = coefficients / scale
    intercept = float(y.mean() - weights @ mean)
    return Line(round(intercept, 4), MappingProxyType(
        {n: round(float(w), 4) for n, w in zip(names, weights, strict=True) if abs(w) > 1e-6}
    )), best[0]  # fmt: skip


def fit(records: list[Record], assessor: Assessor, quiet: bool = False) -> Layer:
    assessed = [assessor.assess(r.question, r.answer, r.type).analysis for r in records]
    raws = [rule_scores(a) for a in assessed]
    features = [signals(a) for a in assessed]
    layer = Layer(MappingProxyType(_dimension_lines(records, raws, features, quiet)), None)
    # The overall is fitted on dimensions each scored by lines that never saw its record, as
    # they will be for a new answer (lines fitted on it would be too good to be true).
    overall_rows: list[dict[str, float]] = [{} for _ in records]
    for fold in range(_FOLDS):
        inside = [i for i in range(len(records)) if i % _FOLDS != fold]
        lines = _dimension_lines([records[i] for i in inside], [raws[i] for i in inside],
                                 [features[i] for i in inside], quiet=True)  # fmt: skip
        fold_layer = Layer(MappingProxyType(lines), None)
        for i in range(fold, len(records), _FOLDS):
            off_topic = features[i]["off_topic"] > 0
            final = calibrated(assessed[i], raws[i], fold_layer, features[i], off_topic)
            overall_rows[i] = overall_features(assessed[i], final, features[i])
    targets = [r.overall for r in records]
    line, error = _overall_line(overall_rows, targets)
    stretch = _stretch(overall_rows, targets)
    if not quiet:
        print(f"  {'overall':<12} fitted on {len(records):3} answers, LOO RMSE {error**0.5:.2f}, "
              f"stretched by {stretch.factor:g} about {stretch.centre:g}")  # fmt: skip
    return Layer(layer.dimensions, line, stretch)


#: The stretches tried: from none to half as wide again.
STRETCHES = (1.0, 1.05, 1.1, 1.15, 1.2, 1.25, 1.3, 1.35, 1.4, 1.45, 1.5)


def _stretch(rows: list[dict[str, float]], targets: list[float]) -> Stretch:
    """The stretch that brings ratings made by lines fitted without their own answer closest
    to the expert's (least absolute error): ridge shrinks towards the mean, and the rating a
    candidate sees should use the scale the way an interviewer does."""
    predicted = [0.0] * len(rows)
    for fold in range(_FOLDS):
        inside = [i for i in range(len(rows)) if i % _FOLDS != fold]
        line, _ = _overall_line([rows[i] for i in inside], [targets[i] for i in inside])
        for i in range(fold, len(rows), _FOLDS):
            predicted[i] = line(rows[i])
    centre = round(float(np.mean(targets)), 2)

    def error(factor: float) -> float:
        stretched = np.clip(centre + factor * (np.array(predicted) - centre), 1.0, 10.0)
        return float(np.mean(np.abs(stretched - np.array(targets))))

    return Stretch(centre, min(STRETCHES, key=error))


_FOLDS = 5


def _dimension_lines(
    records: list[Record],
    raws: list[tuple[DimensionScore, ...]],
    features: list[dict[str, float]],
    quiet: bool,
) -> dict[Dimension, Line]:
    lines: dict[Dimension, Line] = {}
    for dimension in Dimension:
        rows, targets = [], []
        for record, raw, feats in zip(records, raws, features, strict=True):
            rule = next(s.score for s in raw if s.dimension is dimension)
            if rule > 0:
                rows.append({**feats, "rule": rule})
                targets.append(record.dimensions[dimension])
        names = dict.fromkeys(["rule", *DIMENSION_FEATURES[dimension], *_QUALITY])
        line, error = ridge(rows, targets, list(names))
        lines[dimension] = line
        if not quiet:
            print(f"  {dimension.value:<12} fitted on {len(rows):3} answers, "
                  f"LOO RMSE {error**0.5:.2f}")  # fmt: skip
    return lines


def write(layer: Layer, records: int) -> None:
    data = {
        "about": "Fitted by `python -m bench.calibration --fit` on the calibration set's fit "
        f"part ({records} answers); see rubric/learned.py.",
        "dimensions": {d.value: _line(line) for d, line in layer.dimensions.items()},
        "overall": _line(layer.overall) if layer.overall else None,
        "stretch": {"centre": layer.stretch.centre, "factor": layer.stretch.factor},
    }
    LAYER_PATH.parent.mkdir(exist_ok=True)
    LAYER_PATH.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n")
    print(f"wrote {LAYER_PATH}")


def _line(line: Line) -> dict[str, object]:
    return {"intercept": line.intercept, "weights": dict(line.weights)}


def cross_validated(
    records: list[Record], assessor: Assessor, folds: int = 5
) -> dict[str, Scorecard]:
    """Each record scored by a layer fitted on the other folds: the honest figure on the fit
    part while the rules are being developed."""
    cards: dict[str, Scorecard] = {}
    for fold in range(folds):
        train = [r for i, r in enumerate(records) if i % folds != fold]
        test = [r for i, r in enumerate(records) if i % folds == fold]
        learned = fit(train, assessor, quiet=True)
        for record in test:
            analysis = assessor.assess(record.question, record.answer, record.type).analysis
            cards[record.id] = score(analysis, learned)
    return cards
