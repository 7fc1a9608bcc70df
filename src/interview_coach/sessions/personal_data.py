"""The candidate owns their data: export all of it, or delete all of it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from interview_coach.sessions import access
from interview_coach.sessions.state import load_states
from interview_coach.store import Database
from interview_coach.store.schema import (
    AnswerRow,
    AttemptRow,
    Base,
    CandidateRow,
    CreditEntryRow,
    DraftRow,
    EngineCallRow,
    InterviewRow,
    JobTargetRow,
    LedgerEntryRow,
    now,
)

EXPORT_FORMAT = 1


def export_all(db: Database, candidate_id: str) -> dict[str, Any]:
    """Everything stored for the candidate, as JSON-ready data."""
    with db.reading() as session:
        candidate = access.candidate_for(session, candidate_id)
        targets = _rows(session, JobTargetRow, JobTargetRow.candidate_id == candidate.id)
        interviews = list(
            session.scalars(
                select(InterviewRow)
                .where(InterviewRow.candidate_id == candidate.id)
                .order_by(InterviewRow.created_at, InterviewRow.id)
            )
        )
        states = load_states(session, interviews)
        attempt_ids = [a.id for s in states for a in s.attempts]
        drafts = _rows(session, DraftRow, DraftRow.attempt_id.in_(attempt_ids))
        ledger = _rows(session, LedgerEntryRow, LedgerEntryRow.candidate_id == candidate.id)
        credits = _rows(session, CreditEntryRow, CreditEntryRow.candidate_id == candidate.id)
        engine_calls = _rows(session, EngineCallRow, EngineCallRow.candidate_id == candidate.id)
    by_attempt: dict[int, list[dict[str, Any]]] = {}
    for draft in drafts:
        by_attempt.setdefault(int(draft["attempt_id"]), []).append(draft)
    return {
        "format": EXPORT_FORMAT,
        "exported_at": now().isoformat(),
        "candidate": _plain(candidate),
        "credit_ledger": credits,
        "job_targets": targets,
        "interviews": [
            {
                **_plain(state.interview),
                "questions": [_plain(q) for q in state.questions],
                "attempts": [
                    {
                        **_plain(attempt),
                        "answers": [
                            {
                                **_plain(s.answer),
                                "position": s.position,
                                "scorecard": s.scorecard.card,
                                "feedback": s.feedback.body if s.feedback else {},
                            }
                            for s in state.answered(attempt)
                        ],
                        "drafts": by_attempt.get(attempt.id, []),
                    }
                    for attempt in state.attempts
                ],
            }
            for state in states
        ],
        "question_ledger": ledger,
        # Every request an AI engine sent for the candidate, exactly as sent, and its reply.
        "engine_calls": engine_calls,
    }


@dataclass(frozen=True, slots=True)
class Deleted:
    """What "delete everything" removed, counted before, and what was left, counted after."""

    interviews: int
    answers: int
    drafts: int
    documents: int  # resumes and job descriptions (each job target holds one of each)
    remaining: int  # rows of the candidate's found after deleting: 0

    def to_dict(self) -> dict[str, int]:
        return {
            "interviews": self.interviews,
            "answers": self.answers,
            "drafts": self.drafts,
            "documents": self.documents,
            "remaining": self.remaining,
        }


def delete_all(db: Database, candidate_id: str) -> Deleted:
    """Delete the candidate and, through the database's cascades, everything they have."""
    with db.writing() as session:
        candidate = access.candidate_for(session, candidate_id)
        counts = _counts(session, candidate.id)
        session.execute(delete(CandidateRow).where(CandidateRow.id == candidate.id))
    db.forget_deleted()
    with db.reading() as session:
        left = sum(_counts(session, candidate_id))
        left += (
            session.scalar(
                select(func.count())
                .select_from(CandidateRow)
                .where(CandidateRow.id == candidate_id)
            )
            or 0
        )
    return Deleted(*counts, remaining=left)


def _counts(session: Session, candidate_id: str) -> tuple[int, int, int, int]:
    """Interviews, answers, drafts and job targets of the candidate."""
    attempts = (
        select(AttemptRow.id)
        .join(InterviewRow, InterviewRow.id == AttemptRow.interview_id)
        .where(InterviewRow.candidate_id == candidate_id)
    )

    def count(table: type[Base], *where: Any) -> int:
        return session.scalar(select(func.count()).select_from(table).where(*where)) or 0

    return (
        count(InterviewRow, InterviewRow.candidate_id == candidate_id),
        count(AnswerRow, AnswerRow.attempt_id.in_(attempts)),
        count(DraftRow, DraftRow.attempt_id.in_(attempts)),
        count(JobTargetRow, JobTargetRow.candidate_id == candidate_id),
    )


def _rows(session: Session, table: type[Base], *where: Any) -> list[dict[str, Any]]:
    query = select(table).where(*where).order_by(*table.__table__.primary_key)
    return [_plain(row) for row in session.scalars(query)]


def _plain(row: Base) -> dict[str, Any]:
    return {
        column.key: _value(getattr(row, column.key))
        for column in row.__table__.columns
        if not column.info.get("derived")
    }


def _value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value
