"""The report on one attempt of an interview: scores, patterns, competencies, BARS, next steps."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from interview_coach.feedback.findings import PRAISED
from interview_coach.interviews import Completion as Counted
from interview_coach.report.bars import BARS_LEVELS, BarsAnalysis, analyse_bars
from interview_coach.report.breakdown import CompetencyBreakdown, break_down, competency_name
from interview_coach.report.next_steps import NextStep, plan_next_steps
from interview_coach.report.patterns import Pattern, find_patterns
from interview_coach.report.plain import mean, plain
from interview_coach.report.records import AnsweredQuestion, AttemptRecord, InterviewRecord
from interview_coach.report.retake import RetakeComparison, compare_attempts
from interview_coach.rubric.scorecard import UNJUDGEABLE, DimensionScore, Evidence, Scorecard
from interview_coach.rubric.weights import WEIGHTS, reading
from interview_coach.vocabulary import (
    Band,
    CoachMode,
    Dimension,
    FeedbackLevel,
    QuestionType,
    SessionLength,
    TopicFocus,
)


@dataclass(frozen=True, slots=True)
class Highlight:
    """One piece of evidence from an answer: the dimension, the rubric's note, the quote if any."""

    dimension: Dimension
    name: str  # the dimension as read for the question type ("Approach" for Action...)
    note: str
    quote: str | None


@dataclass(frozen=True, slots=True)
class QuestionScore:
    position: int
    question: str
    type: QuestionType
    competency_id: str
    competency: str
    difficulty: int
    rating: float  # overall, 1-10
    band: Band
    dimensions: Mapping[Dimension, float]
    strength: Highlight | None  # what earned most
    gap: Highlight | None  # what cost most
    warnings: tuple[str, ...]
    answer: str = ""  # the candidate's own words, for a side-by-side retake


@dataclass(frozen=True, slots=True)
class Completion:
    answered: int
    planned: int
    rate: float  # answered / planned, 0-1
    finished_early: bool
    statement: str


@dataclass(frozen=True, slots=True)
class Report:
    interview_id: str
    job_title: str | None
    mode: CoachMode
    focus: TopicFocus
    length: SessionLength
    level: FeedbackLevel
    attempt: int
    attempts: int
    started_at: datetime
    finished_at: datetime | None
    completion: Completion
    questions: tuple[QuestionScore, ...]
    overall: float | None  # mean rating of the answered questions
    band: Band | None
    patterns: tuple[Pattern, ...]
    competencies: CompetencyBreakdown
    bars: tuple[BarsAnalysis, ...] | None  # None below the Detailed feedback level
    next_steps: tuple[NextStep, ...]
    retake: RetakeComparison | None  # against the attempt before this one

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = plain(self)
        return data


def build_report(interview: InterviewRecord, attempt: int | None = None) -> Report:
    """The report on the current attempt, or on the attempt with this number."""
    index = _attempt_index(interview, attempt)
    chosen = interview.attempts[index]
    answers = tuple(sorted(chosen.answers, key=lambda a: a.position))
    patterns = find_patterns(answers)
    breakdown = break_down(answers)
    overall = mean([a.scorecard.overall for a in answers]) if answers else None
    return Report(
        interview_id=interview.id,
        job_title=interview.job_title,
        mode=interview.mode,
        focus=interview.focus,
        length=interview.length,
        level=interview.level,
        attempt=chosen.number,
        attempts=len(interview.attempts),
        started_at=chosen.started_at,
        finished_at=chosen.finished_at,
        completion=_completion(chosen, interview.planned(chosen)),
        questions=tuple(_question_score(a) for a in answers),
        overall=overall,
        band=Band.of(overall) if overall is not None else None,
        patterns=patterns,
        competencies=breakdown,
        bars=analyse_bars(answers) if interview.level in BARS_LEVELS else None,
        next_steps=plan_next_steps(
            answers, patterns, breakdown.dimensions, interview.planned(chosen), interview.mode
        ),
        retake=compare_attempts(interview.attempts[index - 1], chosen) if index > 0 else None,
    )


def _attempt_index(interview: InterviewRecord, number: int | None) -> int:
    if not interview.attempts:
        raise ValueError(f"interview {interview.id} has no attempts")
    if number is None:
        return len(interview.attempts) - 1
    for index, attempt in enumerate(interview.attempts):
        if attempt.number == number:
            return index
    raise ValueError(f"interview {interview.id} has no attempt {number}")


def _completion(attempt: AttemptRecord, planned: int) -> Completion:
    """The attempt's completion as the interview's model counts it, stated in words."""
    counted = Counted(len(attempt.answers), planned, attempt.finished_at is not None)
    statement = (
        f"{counted.answered} of {counted.planned} planned questions answered ({counted.rate:.0%})"
    )
    if not counted.early:
        statement += "."
    elif counted.finished_early:
        statement += "; finished early, so this report covers only the answered questions."
    else:
        statement += "; the interview is still open and can be resumed."
    return Completion(counted.answered, counted.planned, counted.rate, counted.early, statement)


def _question_score(answer: AnsweredQuestion) -> QuestionScore:
    card = answer.scorecard
    return QuestionScore(
        position=answer.position,
        question=answer.question,
        type=answer.type,
        competency_id=answer.competency,
        competency=competency_name(answer.competency),
        difficulty=answer.difficulty,
        rating=card.overall,
        band=card.band,
        dimensions={s.dimension: s.score for s in card.scores},
        strength=_highlight(card, strength=True),
        gap=_highlight(card, strength=False),
        warnings=tuple(w.message for w in card.warnings),
        answer=answer.answer,
    )


#: Warnings that mean nothing in the answer can be praised: it answers another question, or
#: is not an answer at all.
_NOTHING_TO_PRAISE = UNJUDGEABLE | {"off_topic"}


def _highlight(card: Scorecard, strength: bool) -> Highlight | None:
    """The strength that earned most, or the gap that cost most, weighed as the rubric weighs.

    A strength is a part scored at least PRAISED, in an answer to the question asked."""
    weights = WEIGHTS[card.question_type]
    if strength and any(w.code in _NOTHING_TO_PRAISE for w in card.warnings):
        return None

    def worth(score: DimensionScore) -> float:
        return weights[score.dimension] * (score.score if strength else 10.0 - score.score)

    for score in sorted(card.scores, key=lambda s: -worth(s)):
        if strength and score.score < PRAISED:
            continue
        evidence = [e for e in score.evidence if e.strength is strength and e.span is not None]
        evidence = evidence or [e for e in score.evidence if e.strength is strength]
        if evidence and worth(score) > 0:
            return _from_evidence(score.dimension, card.question_type, evidence[0])
    return None


def _from_evidence(dimension: Dimension, kind: QuestionType, evidence: Evidence) -> Highlight:
    quote = evidence.span.text if evidence.span is not None else None
    return Highlight(dimension, reading(dimension, kind), evidence.note, quote)
