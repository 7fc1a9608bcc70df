"""What the service returns: plain frozen data with ``to_dict()`` for JSON edges."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from interview_coach.assessment import Assessment
from interview_coach.interviews import InterviewStatus as InterviewStatus
from interview_coach.rubric.scorecard import Scorecard
from interview_coach.vocabulary import (
    Band,
    CoachMode,
    FeedbackLevel,
    QuestionType,
    SessionLength,
    TopicFocus,
)


@dataclass(frozen=True, slots=True)
class InterviewQuestion:
    """A question as put to the candidate, at its 1-based position in the interview."""

    position: int
    text: str
    type: QuestionType
    competency: str
    difficulty: int
    grounding: tuple[str, ...] = ()
    #: What the question asks, without the coach's wording: what the answer is scored against.
    ask: str | None = None
    #: Guide's note on what a good answer covers, shown beside the question, not in it.
    hint: str | None = None
    #: The position of the question whose answer this one follows up on, if it is a follow-up.
    follows: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "position": self.position,
            "text": self.text,
            "ask": self.ask or self.text,
            "hint": self.hint,
            "type": self.type.value,
            "competency": self.competency,
            "difficulty": self.difficulty,
            "grounding": list(self.grounding),
        }


@dataclass(frozen=True, slots=True)
class Tally:
    """How far the current attempt has come: answered of total questions."""

    answered: int
    total: int

    @property
    def rate(self) -> float:
        return round(self.answered / self.total, 2) if self.total else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"answered": self.answered, "total": self.total}


@dataclass(frozen=True, slots=True)
class Turn:
    """The interview is waiting for an answer to ``question``."""

    interview_id: str
    attempt: int
    question: InterviewQuestion
    progress: Tally
    credits_left: int | None = None  # None when credits are off
    #: Lines of the resume or job description addressed to an AI, left out of the profiles.
    set_aside: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "interview_id": self.interview_id,
            "attempt": self.attempt,
            "question": self.question.to_dict(),
            "progress": self.progress.to_dict(),
            "credits_left": self.credits_left,
            "set_aside": list(self.set_aside),
        }


class Assessed(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


@dataclass(frozen=True, slots=True)
class AnswerOutcome:
    """A stored answer: its assessment, and the next question or None at the end."""

    interview_id: str
    answer_id: str
    attempt: int
    position: int
    assessment: Assessment | Assessed  # Assessed: read back, for a retried answer
    next_question: InterviewQuestion | None
    progress: Tally

    @property
    def finished(self) -> bool:
        return self.next_question is None

    def to_dict(self) -> dict[str, Any]:
        """Assessment.to_dict()'s keys, plus where the interview goes next."""
        return {
            **self.assessment.to_dict(),
            "interview_id": self.interview_id,
            "answer_id": self.answer_id,
            "attempt": self.attempt,
            "position": self.position,
            "next_question": self.next_question.to_dict() if self.next_question else None,
            "progress": self.progress.to_dict(),
            "finished": self.finished,
        }


@dataclass(frozen=True, slots=True)
class AnswerView:
    """An answer read back from storage, with its scorecard and feedback."""

    id: str
    question: InterviewQuestion
    answer: str
    scorecard: Scorecard
    feedback: dict[str, Any]  # as Feedback.to_dict() wrote it
    length: dict[str, Any]
    answered_at: datetime

    def to_dict(self) -> dict[str, Any]:
        card = self.scorecard.to_dict()
        return {
            "id": self.id,
            "position": self.question.position,
            "question": self.question.text,
            "type": self.question.type.value,
            "competency": self.question.competency,
            "answer": self.answer,
            "overall": card["overall"],
            "band": card["band"],
            "dimensions": card["dimensions"],
            "evidence": card["evidence"],
            "feedback": self.feedback,
            "warnings": card["warnings"],
            "length": self.length,
            "answered_at": self.answered_at.isoformat(),
        }


@dataclass(frozen=True, slots=True)
class InterviewView:
    """Everything needed to pick an interview up again where it was left."""

    id: str
    status: InterviewStatus
    mode: CoachMode
    focus: TopicFocus
    length: SessionLength
    level: FeedbackLevel
    job_title: str | None
    planned_questions: int
    attempt: int
    attempts: int
    current_question: InterviewQuestion | None
    draft: str | None
    answered: tuple[AnswerView, ...]
    progress: Tally
    started_at: datetime
    updated_at: datetime
    finished_at: datetime | None
    #: Before the first answer: lines addressed to an AI that the profiles left out.
    set_aside: tuple[str, ...] = ()

    @property
    def resumable(self) -> bool:
        return self.status is InterviewStatus.ACTIVE and self.current_question is not None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "status": self.status.value,
            "mode": self.mode.value,
            "focus": self.focus.value,
            "length": self.length.value,
            "level": self.level.value,
            "job_title": self.job_title,
            "planned_questions": self.planned_questions,
            "attempt": self.attempt,
            "attempts": self.attempts,
            "current_question": (
                self.current_question.to_dict() if self.current_question else None
            ),
            "draft": self.draft,
            "answered": [a.to_dict() for a in self.answered],
            "progress": self.progress.to_dict(),
            "resumable": self.resumable,
            "started_at": self.started_at.isoformat(),
            "updated_at": self.updated_at.isoformat(),
            "finished_at": _when(self.finished_at),
            "set_aside": list(self.set_aside),
        }


@dataclass(frozen=True, slots=True)
class InterviewSummary:
    """One line of the candidate's history."""

    id: str
    status: InterviewStatus
    job_title: str | None
    mode: CoachMode
    focus: TopicFocus
    length: SessionLength
    level: FeedbackLevel
    attempts: int
    progress: Tally  # of the current attempt
    overall: float | None  # mean rating of the current attempt's answers
    started_at: datetime
    updated_at: datetime
    finished_at: datetime | None

    @property
    def band(self) -> Band | None:
        return Band.of(self.overall) if self.overall is not None else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "status": self.status.value,
            "job_title": self.job_title,
            "mode": self.mode.value,
            "focus": self.focus.value,
            "length": self.length.value,
            "level": self.level.value,
            "attempts": self.attempts,
            "progress": self.progress.to_dict(),
            "overall": self.overall,
            "band": self.band.value if self.band else None,
            "started_at": self.started_at.isoformat(),
            "updated_at": self.updated_at.isoformat(),
            "finished_at": _when(self.finished_at),
        }


def _when(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None
