"""Progress across interviews: each dimension and competency over time, and readiness.

Progress is grouped by job target (a job title and the job description it came from): the
nurse's and the engineer's interviews are two stories, each with its own readiness. The "all"
view draws every interview together and lists each target's readiness beside it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from interview_coach.report.breakdown import competency_name, rank_dimensions
from interview_coach.report.labels import dimension_name
from interview_coach.report.plain import mean, plain
from interview_coach.report.readiness import Readiness, judge_readiness
from interview_coach.report.records import AnsweredQuestion, InterviewRecord, JobTarget
from interview_coach.vocabulary import Dimension


@dataclass(frozen=True, slots=True)
class TrendPoint:
    """One interview's mean on one measure, dated by the attempt it was scored from."""

    interview_id: str
    date: datetime
    mean: float
    answers: int
    number: int = 0  # the interview's number among all measured ones, oldest first (1-based)


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
class TargetProgress:
    """One job target: how many interviews measured it, when last, and its readiness."""

    key: str
    title: str | None
    interviews: int
    latest: datetime
    readiness: Readiness


@dataclass(frozen=True, slots=True)
class Progress:
    interviews: int  # interviews with at least one answer, the ones measured (in this view)
    overall: Trend
    dimensions: tuple[Trend, ...]  # every dimension, in rubric order
    competencies: tuple[Trend, ...]  # every competency asked, by name
    #: The chosen target's readiness; in the "all" view, the most recently practised target's
    #: (its reason names the job when there are several).
    readiness: Readiness
    targets: tuple[TargetProgress, ...] = ()  # every target measured, most recent first
    target: str | None = None  # the key of the target shown; None: all of them

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = plain(self)
        return data


@dataclass(frozen=True, slots=True)
class _Session:
    interview_id: str
    date: datetime
    answers: tuple[AnsweredQuestion, ...]
    number: int = 0
    target: JobTarget | None = None


class UnknownTarget(ValueError):
    """Progress was asked for a job target with no measured interview."""


def progress(interviews: Sequence[InterviewRecord], target: str | None = None) -> Progress:
    """Progress over the latest attempt of each interview that has answers, oldest first:
    of one job target (by its key), or of all of them.

    Raises:
        UnknownTarget: ``target`` names no job target with a measured interview.
    """
    measured = sorted(
        (i for i in interviews if i.attempts and i.current.answers),
        key=lambda i: (i.current.started_at, i.id),
    )
    every = [
        _Session(i.id, i.current.started_at, i.current.answers, number, i.job)
        for number, i in enumerate(measured, start=1)
    ]
    targets = _targets(every)
    if target is not None and target not in {t.key for t in targets}:
        raise UnknownTarget(f"there is no progress yet for job target {target!r}")
    sessions = [s for s in every if target is None or _key(s) == target]
    overall = _trend("overall", "Overall", sessions, lambda a: a.scorecard.overall)
    kinds = {a.type for s in sessions for a in s.answers}
    dimensions = tuple(
        _trend(d.value, dimension_name(d, kinds), sessions, _score_of(d)) for d in Dimension
    )
    asked = sorted({a.competency for s in sessions for a in s.answers}, key=competency_name)
    competencies = tuple(
        _trend(
            cid,
            competency_name(cid),
            [replace(s, answers=_of(s, cid)) for s in sessions],
            lambda a: a.scorecard.overall,
        )
        for cid in asked
    )
    if target is not None:
        readiness = next(t.readiness for t in targets if t.key == target)
    elif len(targets) > 1:
        latest = targets[0]
        readiness = replace(
            latest.readiness,
            reason=f"For {latest.title or 'your latest job'}: {latest.readiness.reason}",
        )
    else:
        readiness = _readiness(sessions)
    return Progress(
        len(sessions), overall, dimensions, competencies, readiness, tuple(targets), target
    )


def _key(session: _Session) -> str:
    return session.target.key if session.target is not None else ""


def _targets(sessions: Sequence[_Session]) -> list[TargetProgress]:
    """Each target's interviews, newest target first, with the readiness its own judge."""
    grouped: dict[str, list[_Session]] = {}
    for session in sessions:
        grouped.setdefault(_key(session), []).append(session)
    found = [
        TargetProgress(
            key,
            group[-1].target.title if group[-1].target is not None else None,
            len(group),
            group[-1].date,
            _readiness(group),
        )
        for key, group in grouped.items()
    ]
    return sorted(found, key=lambda t: t.latest, reverse=True)


def _readiness(sessions: Sequence[_Session]) -> Readiness:
    means = [mean([a.scorecard.overall for a in s.answers]) for s in sessions if s.answers]
    ranking = rank_dimensions(sessions[-1].answers) if sessions else None
    return judge_readiness(means, ranking.weakest if ranking else None)


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
        TrendPoint(
            s.interview_id, s.date, mean([measure(a) for a in s.answers]), len(s.answers), s.number
        )
        for s in sessions
        if s.answers
    )
    if not points:
        return Trend(key, name, (), None, None, None)
    best = max(reversed(points), key=lambda p: p.mean)
    change = round(points[-1].mean - points[-2].mean, 1) if len(points) >= 2 else None
    return Trend(key, name, points, best, points[-1], change)
