"""A small learned layer: from the rules' readings to the scale an expert interviewer uses.

The rules find the evidence (which clause is the Result, which number measures it, whether the
answer ever tells one occasion); this layer weighs those readings against each other the way our
calibration labels do (bench/calibration, fitted on its `fit` part only). It is a straight line
per dimension over named features, stored in data/layer.json: deterministic, a few hundred
multiplications, no dependency. A dimension the rules find absent stays at most ABSENT_CAP, so
the score never contradicts the evidence that says "Missing"; and one the rules read as clear
(an Action of several concrete steps, a Result with its number) stays at least PRESENT_FLOOR,
so the score never contradicts the evidence that praises it either.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from math import log
from types import MappingProxyType
from typing import Any

from interview_coach.analysis import AnswerAnalysis
from interview_coach.analysis.clauses import Agent
from interview_coach.analysis.depth import DepthKind
from interview_coach.analysis.numbers import Reading
from interview_coach.rubric import dimensions as judge
from interview_coach.vocabulary import Dimension, QuestionType

ABSENT_CAP = 2.5
#: The rules' score from which a part is clear and specific in the rater's anchors (7-8: a
#: Result with its number, an Action of several concrete steps) and the least it may then get:
#: the line weighs how good the whole answer is, which must not wash out what is in it.
CLEAR_RULE = 7.5
PRESENT_FLOOR = 6.0
LAYER_FILE = "data/layer.json"
_CLEAR_PARTS = frozenset((Dimension.ACTION, Dimension.RESULT))


def signals(analysis: AnswerAnalysis) -> dict[str, float]:
    """What the rules read in the answer, as numbers, before any dimension is scored."""
    clauses = [c for s in analysis.sentences for c in s.clauses]
    concrete = [c for c in clauses if c.concrete]
    checks = analysis.relevance.checks
    main = analysis.relevance.main
    measured = [q for q in analysis.numbers if q.reading is Reading.OUTCOME and q.measures]
    own, team = analysis.ownership.own, analysis.ownership.team
    manner = analysis.manner
    found = {
        "concrete_share": len(concrete) / max(len(clauses), 1),
        "concrete_clauses": min(len(concrete), 12) / 12,
        "generic": float(judge.generic(analysis)),
        "blame": min(len(manner.blame), 3) / 3,
        "buzzwords": min(len(manner.buzzwords), 4) / 4,
        "restarts": min(manner.restarts, 4) / 4,
        "honest_approach": float(manner.honest_approach is not None),
        "asked_for_shown": sum(1.0 for c in main if c.shown) / len(main) if main else 0.5,
        "parts_missing": float(sum(1 for c in checks if c.part and c.shown is None)),
        "closeness": judge.closeness(analysis),
        "off_topic": float(judge.off_topic(analysis)),
        "measured_outcomes": min(len(measured), 3) / 3,
        "padding": min(sum(1 for q in analysis.numbers if q.reading is Reading.PADDING), 3) / 3,
        "thresholds": min(sum(1 for q in analysis.numbers if q.reading is Reading.THRESHOLD), 3)
        / 3,
        "full_depth": len(analysis.depth.full_kinds - {DepthKind.REASONING}) / 5,
        "own_share": len(own) / max(len(own) + len(team), 1),
        "others_act": min(
            sum(1 for c in analysis.ownership.others if c.clause.agent is Agent.OTHER), 4
        )
        / 4,
    }
    for kind in QuestionType:
        found[f"type_{kind.value}"] = float(analysis.question.type is kind)
    return found


def length_signals(analysis: AnswerAnalysis) -> dict[str, float]:
    """Length moves the overall (an interviewer's patience is real), never a dimension. Only
    words that say something count: padding an answer with cue words makes it no longer."""
    words = analysis.length.words
    target = analysis.length.target
    return {
        "log_words": log(analysis.substantive_words + 1),
        "under_minimum": max(0.0, 1.0 - words / target.minimum),
        "over_maximum": max(0.0, words / target.maximum - 1.0),
    }


@dataclass(frozen=True, slots=True)
class Line:
    intercept: float
    weights: MappingProxyType[str, float]

    def __call__(self, features: dict[str, float]) -> float:
        return self.intercept + sum(w * features.get(name, 0.0) for name, w in self.weights.items())

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Line:
        return cls(
            float(data["intercept"]),
            MappingProxyType({str(k): float(v) for k, v in data["weights"].items()}),
        )


@dataclass(frozen=True, slots=True)
class Stretch:
    """Undoes the shrinkage of the overall line: a ridge line pulls its ratings towards the
    middle of the scale, so strong answers read as merely good and weak ones as middling. The
    factor is chosen on the fit part's out-of-fold ratings (bench/calibration/fit.py)."""

    centre: float = 5.5
    factor: float = 1.0

    def __call__(self, rating: float) -> float:
        return self.centre + self.factor * (rating - self.centre)


@dataclass(frozen=True, slots=True)
class Layer:
    dimensions: MappingProxyType[Dimension, Line]
    overall: Line | None
    stretch: Stretch = Stretch()

    def dimension(self, dimension: Dimension, raw: float, features: dict[str, float]) -> float:
        line = self.dimensions.get(dimension)
        if line is None:
            return raw
        value = line({**features, "rule": raw})
        if raw <= 0.0:
            return max(0.0, min(value, raw + ABSENT_CAP, ABSENT_CAP))
        if raw >= CLEAR_RULE and dimension in _CLEAR_PARTS:
            value = max(value, PRESENT_FLOOR)
        return max(0.0, min(10.0, value))


@cache
def layer() -> Layer:
    source = resources.files("interview_coach.rubric").joinpath(LAYER_FILE)
    if not source.is_file():
        return Layer(MappingProxyType({}), None)
    data = json.loads(source.read_text())
    dimensions = {
        Dimension(name): Line.from_dict(line) for name, line in data.get("dimensions", {}).items()
    }
    overall = Line.from_dict(data["overall"]) if data.get("overall") else None
    stretch = Stretch(**data["stretch"]) if "stretch" in data else Stretch()
    return Layer(MappingProxyType(dimensions), overall, stretch)
