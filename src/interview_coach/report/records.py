"""What reports and progress are computed from: plain records of stored interviews.

The session service reads these out of storage; the report functions never touch storage.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from interview_coach.rubric.scorecard import Scorecard
from interview_coach.vocabulary import (
    CoachMode,
    FeedbackLevel,
    QuestionType,
    SessionLength,
    TopicFocus,
)


@dataclass(frozen=True, slots=True)
class AnsweredQuestion:
    position: int  # 1-based slot in the interview
    question: str
    type: QuestionType
    competency: str  # a competency id from interview_coach.competencies
    difficulty: int  # 1-5
    answer: str
    scorecard: Scorecard


@dataclass(frozen=True, slots=True)
class AttemptRecord:
    """One pass through an interview's questions; a retake is a new attempt."""

    number: int  # 1 for the first attempt
    answers: tuple[AnsweredQuestion, ...]
    started_at: datetime
    finished_at: datetime | None = None
    #: Questions this attempt asks (a retake asks what the attempt before it answered); None:
    #: the interview's planned questions.
    planned: int | None = None


@dataclass(frozen=True, slots=True)
class JobTarget:
    """What an interview practises for: a job title and the job description it came from."""

    key: str  # the same for every interview from the same job description
    title: str | None


@dataclass(frozen=True, slots=True)
class InterviewRecord:
    id: str
    started_at: datetime
    mode: CoachMode
    focus: TopicFocus
    length: SessionLength
    level: FeedbackLevel
    job_title: str | None
    planned_questions: int
    attempts: tuple[AttemptRecord, ...]  # oldest first; the last is the current one
    finished_at: datetime | None = None
    target: JobTarget | None = None  # None: known only by its job title

    @property
    def current(self) -> AttemptRecord:
        return self.attempts[-1]

    @property
    def job(self) -> JobTarget:
        return self.target or JobTarget(f"title:{self.job_title or ''}", self.job_title)

    def planned(self, attempt: AttemptRecord) -> int:
        return attempt.planned if attempt.planned is not None else self.planned_questions
