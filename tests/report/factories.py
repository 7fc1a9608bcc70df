"""Hand-built records for report tests: scorecards with chosen scores, answers, interviews."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta

from interview_coach.report import AnsweredQuestion, AttemptRecord, InterviewRecord
from interview_coach.report.records import JobTarget
from interview_coach.rubric import DimensionScore, Evidence, Scorecard, Span, Warning
from interview_coach.vocabulary import (
    CoachMode,
    Dimension,
    FeedbackLevel,
    QuestionType,
    SessionLength,
    TopicFocus,
)

START = datetime(2025, 3, 4, 9, 30)
#: What the rubric notes when "we" does the key work (the report's 'we' pattern reads it).
WE_NOTE = Evidence('"We" hides your part here: what did you do yourself?', False)
#: A dimension score that triggers no pattern.
FINE = 7.5


def scorecard(
    overall: float = 7.0,
    kind: QuestionType = QuestionType.BEHAVIORAL,
    warnings: Sequence[str] = (),
    evidence: Mapping[Dimension, Sequence[Evidence]] | None = None,
    **scores: float,
) -> Scorecard:
    """Every dimension at FINE unless named: ``scorecard(4.2, result=0, ownership=3)``. Without
    chosen evidence, an ownership below 5 comes with the rubric's note that "we" hid it."""
    chosen = {Dimension(name): value for name, value in scores.items()}
    notes = dict(evidence or {})
    if evidence is None and chosen.get(Dimension.OWNERSHIP, FINE) < 5.0:
        notes[Dimension.OWNERSHIP] = [WE_NOTE]
    return Scorecard(
        kind,
        tuple(DimensionScore(d, chosen.get(d, FINE), tuple(notes.get(d, ()))) for d in Dimension),
        overall,
        tuple(
            Warning(code, f"The rubric's {code.replace('_', ' ')} warning.") for code in warnings
        ),
    )


def answer(
    position: int,
    overall: float = 7.0,
    competency: str = "leadership",
    kind: QuestionType = QuestionType.BEHAVIORAL,
    question: str | None = None,
    warnings: Sequence[str] = (),
    evidence: Mapping[Dimension, Sequence[Evidence]] | None = None,
    **scores: float,
) -> AnsweredQuestion:
    return AnsweredQuestion(
        position=position,
        question=question or f"Question {position} about {competency}?",
        type=kind,
        competency=competency,
        difficulty=min(5, 1 + position // 3),
        answer=f"An answer to question {position}.",
        scorecard=scorecard(overall, kind, warnings, evidence, **scores),
    )


def attempt(
    answers: Sequence[AnsweredQuestion],
    number: int = 1,
    started_at: datetime = START,
    finished: bool = True,
    planned: int | None = None,
) -> AttemptRecord:
    return AttemptRecord(
        number=number,
        answers=tuple(answers),
        started_at=started_at,
        finished_at=started_at + timedelta(minutes=40) if finished else None,
        planned=planned,
    )


def interview(
    *attempts: AttemptRecord,
    level: FeedbackLevel = FeedbackLevel.STANDARD,
    length: SessionLength = SessionLength.QUICK,
    mode: CoachMode = CoachMode.GUIDE,
    interview_id: str = "iv-1",
    job_title: str | None = "Operations Lead",
    target: JobTarget | None = None,
) -> InterviewRecord:
    first = attempts[0].started_at if attempts else START
    return InterviewRecord(
        id=interview_id,
        started_at=first,
        mode=mode,
        focus=TopicFocus.MIXED,
        length=length,
        level=level,
        job_title=job_title,
        planned_questions=length.questions,
        attempts=tuple(attempts),
        finished_at=attempts[-1].finished_at if attempts else None,
        target=target,
    )


def one_attempt(
    answers: Sequence[AnsweredQuestion],
    level: FeedbackLevel = FeedbackLevel.STANDARD,
    length: SessionLength = SessionLength.QUICK,
) -> InterviewRecord:
    return interview(attempt(answers), level=level, length=length)


def quoted(note: str, text: str, strength: bool = True) -> Evidence:
    return Evidence(note, strength, Span(0, len(text), text))


def dated(
    means: Sequence[float], start: datetime = START, **scores: float
) -> list[InterviewRecord]:
    """One interview per mean, a week apart, each with two answers at that overall rating."""
    return [
        interview(
            attempt(
                [answer(1, mean, **scores), answer(2, mean, "conflict", **scores)],
                started_at=start + timedelta(weeks=index),
            ),
            interview_id=f"iv-{index + 1}",
        )
        for index, mean in enumerate(means)
    ]
