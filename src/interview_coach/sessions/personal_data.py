"""The candidate owns their data: export all of it, or delete all of it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from interview_coach.sessions import access
from interview_coach.sessions.state import load_states
from interview_coach.store import Database
from interview_coach.store.schema import (
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


def delete_all(db: Database, candidate_id: str) -> None:
    """Delete the candidate and, through the database's cascades, everything they have."""
    with db.writing() as session:
        candidate = access.candidate_for(session, candidate_id)
        session.execute(delete(CandidateRow).where(CandidateRow.id == candidate.id))
    db.forget_deleted()


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
