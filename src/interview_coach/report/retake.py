"""Retake comparison: the same questions answered again, side by side, dimension by dimension."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from interview_coach.report.labels import dimension_name
from interview_coach.report.plain import mean, plain
from interview_coach.report.records import AnsweredQuestion, AttemptRecord
from interview_coach.vocabulary import Dimension, QuestionType

#: The smallest move, either way, that counts as a change; scores are compared to one decimal.
CHANGE_THRESHOLD = 0.5

RETAKE_RULE = (
    "A score counts as improved or regressed when it moved by 0.5 points or more; smaller "
    "moves count as unchanged. Questions are matched by their position, and the overall "
    "figures cover only questions answered in both attempts."
)


class Change(StrEnum):
    IMPROVED = "improved"
    REGRESSED = "regressed"
    UNCHANGED = "unchanged"

    @classmethod
    def of(cls, delta: float) -> Change:
        if delta >= CHANGE_THRESHOLD:
            return cls.IMPROVED
        if delta <= -CHANGE_THRESHOLD:
            return cls.REGRESSED
        return cls.UNCHANGED


@dataclass(frozen=True, slots=True)
class DimensionChange:
    dimension: Dimension
    name: str  # as the compared questions' types read it ("Approach" for a technical Action)
    previous: float
    current: float
    delta: float
    change: Change


@dataclass(frozen=True, slots=True)
class QuestionChange:
    position: int
    question: str
    previous: float  # overall rating, 1-10
    current: float
    delta: float
    change: Change
    dimensions: tuple[DimensionChange, ...]


@dataclass(frozen=True, slots=True)
class RetakeComparison:
    previous_attempt: int
    current_attempt: int
    questions: tuple[QuestionChange, ...]  # answered in both attempts, by position
    previous: float | None  # mean overall over those questions
    current: float | None
    delta: float | None
    change: Change | None
    dimensions: tuple[DimensionChange, ...]  # dimension means over those questions
    only_previous: tuple[int, ...]  # positions answered before but not now
    only_current: tuple[int, ...]
    improved: tuple[int, ...]  # positions whose overall rating improved
    regressed: tuple[int, ...]
    #: Each attempt's own overall over every question it answered, as its report shows it.
    previous_overall: float | None = None
    current_overall: float | None = None
    previous_answered: int = 0
    current_answered: int = 0
    compared: int = 0  # questions answered in both attempts: what the change figures cover
    rule: str = RETAKE_RULE

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = plain(self)
        return data


@dataclass(frozen=True, slots=True)
class _Whole:
    """Each attempt over every question it answered."""

    previous: float | None
    current: float | None
    previous_answered: int
    current_answered: int


def _delta(previous: float, current: float) -> float:
    return round(current - previous, 1)


def _dimension_change(
    dimension: Dimension, kinds: Iterable[QuestionType], previous: float, current: float
) -> DimensionChange:
    delta = _delta(previous, current)
    name = dimension_name(dimension, kinds)
    return DimensionChange(dimension, name, previous, current, delta, Change.of(delta))


def _overall(attempt: AttemptRecord) -> float | None:
    return mean([a.scorecard.overall for a in attempt.answers]) if attempt.answers else None


def _question_change(before: AnsweredQuestion, now: AnsweredQuestion) -> QuestionChange:
    delta = _delta(before.scorecard.overall, now.scorecard.overall)
    return QuestionChange(
        now.position,
        now.question,
        before.scorecard.overall,
        now.scorecard.overall,
        delta,
        Change.of(delta),
        tuple(
            _dimension_change(d, [now.type], before.scorecard[d].score, now.scorecard[d].score)
            for d in Dimension
        ),
    )


def compare_attempts(previous: AttemptRecord, current: AttemptRecord) -> RetakeComparison:
    """Per question (matched by position) and per dimension: before, now, delta and direction."""
    before = {a.position: a for a in previous.answers}
    now = {a.position: a for a in current.answers}
    both = sorted(before.keys() & now.keys())
    questions = tuple(_question_change(before[p], now[p]) for p in both)
    only_previous = tuple(sorted(before.keys() - now.keys()))
    only_current = tuple(sorted(now.keys() - before.keys()))
    whole = _Whole(
        _overall(previous), _overall(current), len(previous.answers), len(current.answers)
    )
    if not questions:
        return RetakeComparison(
            previous_attempt=previous.number,
            current_attempt=current.number,
            questions=(),
            previous=None,
            current=None,
            delta=None,
            change=None,
            dimensions=(),
            only_previous=only_previous,
            only_current=only_current,
            improved=(),
            regressed=(),
            previous_overall=whole.previous,
            current_overall=whole.current,
            previous_answered=whole.previous_answered,
            current_answered=whole.current_answered,
        )
    old = mean([q.previous for q in questions])
    new = mean([q.current for q in questions])
    delta = _delta(old, new)
    kinds = [now[p].type for p in both]
    dimensions = tuple(
        _dimension_change(
            dimension,
            kinds,
            mean([before[p].scorecard[dimension].score for p in both]),
            mean([now[p].scorecard[dimension].score for p in both]),
        )
        for dimension in Dimension
    )
    return RetakeComparison(
        previous_attempt=previous.number,
        current_attempt=current.number,
        questions=questions,
        previous=old,
        current=new,
        delta=delta,
        change=Change.of(delta),
        dimensions=dimensions,
        only_previous=only_previous,
        only_current=only_current,
        improved=tuple(q.position for q in questions if q.change is Change.IMPROVED),
        regressed=tuple(q.position for q in questions if q.change is Change.REGRESSED),
        previous_overall=whole.previous,
        current_overall=whole.current,
        previous_answered=whole.previous_answered,
        current_answered=whole.current_answered,
        compared=len(questions),
    )
