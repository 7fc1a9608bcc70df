"""Retake and finish: controls the candidate has at any point of an interview."""

from __future__ import annotations

from sqlalchemy import select

from interview_coach.sessions import access
from interview_coach.sessions.errors import Conflict
from interview_coach.sessions.state import answers_in, current_attempt, question_view
from interview_coach.sessions.views import InterviewStatus, Tally, Turn
from interview_coach.store import Database
from interview_coach.store.schema import AttemptRow, QuestionRow, now

NOTHING_TO_RETAKE = "there is nothing to retake yet: answer at least one question first"


def retake(db: Database, candidate_id: str, interview_id: str) -> Turn:
    """A new attempt at the questions the current attempt answered, from the first; no credit.

    Retaking while a retake has no answers yet returns that retake's first question.
    """
    with db.writing() as session:
        interview = access.interview_for(session, candidate_id, interview_id, lock=True)
        attempt = current_attempt(session, interview.id)
        answered = answers_in(session, attempt.id)
        if answered == 0 and attempt.number > 1 and attempt.finished_at is None:
            fresh = attempt
        elif answered == 0:
            raise Conflict(NOTHING_TO_RETAKE)
        else:
            moment = now()
            attempt.finished_at = attempt.finished_at or moment
            fresh = AttemptRow(
                interview_id=interview.id, number=attempt.number + 1, planned_questions=answered
            )
            session.add(fresh)
            interview.status = InterviewStatus.ACTIVE.value
            interview.finished_at = None
            interview.updated_at = moment
            session.flush()
        first = session.scalars(
            select(QuestionRow).where(
                QuestionRow.interview_id == interview.id, QuestionRow.position == 1
            )
        ).one()
        return Turn(
            interview.id, fresh.number, question_view(first), Tally(0, fresh.planned_questions)
        )


def finish(db: Database, candidate_id: str, interview_id: str) -> None:
    """End the current attempt where it stands; finishing twice changes nothing."""
    with db.writing() as session:
        interview = access.interview_for(session, candidate_id, interview_id, lock=True)
        attempt = current_attempt(session, interview.id)
        moment = now()
        if attempt.finished_at is None:
            attempt.finished_at = moment
        if interview.status != InterviewStatus.FINISHED.value:
            interview.status = InterviewStatus.FINISHED.value
            interview.finished_at = moment
            interview.updated_at = moment
