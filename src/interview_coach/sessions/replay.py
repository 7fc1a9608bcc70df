"""Answers sent again: an answer sent with an idempotency key is stored under an id made from
that key, so a retry (after a lost acknowledgement, a double click) finds the answer it sent
and gets the stored result back instead of answering the next question with the same text."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from interview_coach.sessions import access
from interview_coach.sessions.state import question_view
from interview_coach.sessions.views import AnswerOutcome, Tally
from interview_coach.store import Database
from interview_coach.store.schema import (
    AnswerRow,
    AttemptRow,
    FeedbackRow,
    QuestionRow,
    ScorecardRow,
)

#: Namespace of the answer ids made from idempotency keys.
_KEYED = uuid.UUID("7c1d3a52-51b4-4f57-9a55-2d8e3b9e6a10")
MAX_KEY_CHARACTERS = 128


@dataclass(frozen=True, slots=True)
class StoredAssessment:
    """An assessment as stored: what ``Assessment.to_dict()`` showed when it was made."""

    shown: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return self.shown


def keyed_answer_id(candidate_id: str, interview_id: str, key: str) -> str:
    """The id an answer sent with ``key`` is stored under: the same key, the same id."""
    return str(uuid.uuid5(_KEYED, f"{candidate_id}\n{interview_id}\n{key}"))


def stored_outcome(
    db: Database, candidate_id: str, interview_id: str, answer_id: str
) -> AnswerOutcome | None:
    """The outcome of the answer stored as ``answer_id`` in this interview, if there is one."""
    with db.reading() as session:
        interview = access.interview_for(session, candidate_id, interview_id)
        return outcome_of(session, interview.id, answer_id)


def outcome_of(session: Session, interview_id: str, answer_id: str) -> AnswerOutcome | None:
    answer = session.get(AnswerRow, answer_id)
    if answer is None:
        return None
    attempt = session.get_one(AttemptRow, answer.attempt_id)
    if attempt.interview_id != interview_id:
        return None
    question = session.get_one(QuestionRow, answer.question_id)
    card = session.scalars(select(ScorecardRow).where(ScorecardRow.answer_id == answer.id)).one()
    feedback = session.scalars(select(FeedbackRow).where(FeedbackRow.answer_id == answer.id)).one()
    following = None
    if question.position < attempt.planned_questions:
        following = session.scalars(
            select(QuestionRow).where(
                QuestionRow.interview_id == interview_id,
                QuestionRow.position == question.position + 1,
            )
        ).one_or_none()
    shown = {
        "question": question.text,
        "type": question.type,
        "overall": card.card["overall"],
        "band": card.card["band"],
        "dimensions": card.card["dimensions"],
        "evidence": card.card["evidence"],
        "feedback": feedback.body,
        "warnings": card.card["warnings"],
        "length": answer.length,
        "relevance_method": answer.relevance_method,
    }
    return AnswerOutcome(
        interview_id,
        answer.id,
        attempt.number,
        question.position,
        StoredAssessment(shown),
        question_view(following) if following is not None else None,
        Tally(question.position, attempt.planned_questions),
    )
