"""Retake and finish: controls the candidate has at any point of an interview."""

from __future__ import annotations

from sqlalchemy import select

from interview_coach.interviews import NothingToRetake
from interview_coach.sessions import access
from interview_coach.sessions.errors import Conflict
from interview_coach.sessions.state import locked_model, question_view, store_status, tally_of
from interview_coach.sessions.views import Turn
from interview_coach.store import Database
from interview_coach.store.schema import AttemptRow, QuestionRow

NOTHING_TO_RETAKE = "there is nothing to retake yet: answer at least one question first"


def retake(db: Database, candidate_id: str, interview_id: str) -> Turn:
    """A new attempt at the questions the current attempt answered, from the first; no credit.

    Retaking while a retake has no answers yet returns that retake's first question.
    """
    with db.writing() as session:
        interview = access.interview_for(session, candidate_id, interview_id, lock=True)
        model, attempts = locked_model(session, interview.id)
        try:
            retaken = model.retake()
        except NothingToRetake:
            raise Conflict(NOTHING_TO_RETAKE) from None
        if retaken.opened:
            fresh = retaken.attempt
            store_status(interview, attempts, retaken.interview)
            session.add(
                AttemptRow(
                    interview_id=interview.id, number=fresh.number, planned_questions=fresh.planned
                )
            )
            session.flush()
        first = session.scalars(
            select(QuestionRow).where(
                QuestionRow.interview_id == interview.id, QuestionRow.position == 1
            )
        ).one()
        return Turn(
            interview.id, retaken.attempt.number, question_view(first), tally_of(retaken.attempt)
        )


def finish(db: Database, candidate_id: str, interview_id: str) -> None:
    """End the current attempt where it stands; finishing twice changes nothing."""
    with db.writing() as session:
        interview = access.interview_for(session, candidate_id, interview_id, lock=True)
        model, attempts = locked_model(session, interview.id)
        finished = model.finish()
        if finished != model:
            store_status(interview, attempts, finished)
