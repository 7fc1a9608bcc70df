"""Progress across interviews: each dimension and competency over time, and readiness."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from interview_coach.report.breakdown import competency_name, rank_dimensions
from interview_coach.report.plain import mean, plain
from interview_coach.report.readiness import Readiness, judge_readiness
from interview_coach.report.records import AnsweredQuestion, InterviewRecord
from interview_coach.vocabulary import Dimension


@dataclass(frozen=True, slots=True)
class TrendPoint:
    """One interview's mean on one measure, dated by the attempt it was scored from."""

    interview_id: str
    date: datetime
    mean: float
    answers: int


@dataclass(frozen=True, slots=True)
class Trend:
    """A measure over time: the overall rating (1-10), a dimension (0-10) or a competency."""

    key: str
    name: str
    points: tuple[TrendPoint, ...]  # oldest first
    best: TrendPoint | None  # the highest; the most recent of equals
    latest: TrendPoint | None
    change: float | None  # latest minus the one before


@dataclass(frozen=True, slots=True)
class Progress:
    interviews: int  # interviews with at least one answer, the ones measured
    overall: Trend
    dimensions: tuple[Trend, ...]  # every dimension, in rubric order
    competencies: tuple[Trend, ...]  # every competency asked, by name
    readiness: Readiness

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = plain(self)
        return data


@dataclass(frozen=True, slots=True)
class _Session:
    interview_id: str
    date: datetime
    answers: tuple[AnsweredQuestion, ...]


def progress(interviews: Sequence[InterviewRecord]) -> Progress:
    """Progress over the latest attempt of each interview that has answers, oldest first."""
    sessions = sorted(
        (
            _Session(i.id, i.current.started_at, i.current.answers)
            for i in interviews
            if i.attempts and i.current.answers
        ),
        key=lambda s: (s.date, s.interview_id),
    )
    overall = _trend("overall", "Overall", sessions, lambda a: a.scorecard.overall)
    dimensions = tuple(_trend(d.value, d.label, sessions, _score_of(d)) for d in Dimension)
    asked = sorted({a.competency for s in sessions for a in s.answers}, key=competency_name)
    competencies = tuple(
        _trend(
            cid,
            competency_name(cid),
            [_Session(s.interview_id, s.date, _of(s, cid)) for s in sessions],
            lambda a: a.scorecard.overall,
        )
        for cid in asked
    )
    ranking = rank_dimensions(sessions[-1].answers) if sessions else None
    readiness = judge_readiness(
        [p.mean for p in overall.points], ranking.weakest if ranking else None
    )
    return Progress(len(sessions), overall, dimensions, competencies, readiness)


def _score_of(dimension: Dimension) -> Callable[[AnsweredQuestion], float]:
    return lambda answer: answer.scorecard[dimension].score


def _of(session: _Session, competency_id: str) -> tuple[AnsweredQuestion, ...]:
    return tuple(a for a in session.answers if a.competency == competency_id)


def _trend(
    key: str,
    name: str,
    sessions: Sequence[_Session],
    measure: Callable[[AnsweredQuestion], float],
) -> Trend:
    points = tuple(
        TrendPoint(s.interview_id, s.date, mean([measure(a) for a in s.answers]), len(s.answers))
        for s in sessions
        if s.answers
    )
    if not points:
        return Trend(key, name, (), None, None, None)
    best = max(reversed(points), key=lambda p: p.mean)
    change = round(points[-1].mean - points[-2].mean, 1) if len(points) >= 2 else None
    return Trend(key, name, points, best, points[-1], change)
