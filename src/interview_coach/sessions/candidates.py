"""Candidates: the local one for single-user use, others added by a host, and their credits."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from interview_coach.sessions import access, credits, inputs
from interview_coach.sessions.starting import new_id
from interview_coach.store import Database
from interview_coach.store.schema import CandidateRow, CreditEntryRow

LOCAL = "local"


def local_candidate_id(db: Database, starting_credits: int) -> str:
    """The single-user candidate of this installation, created on first use."""
    with db.reading() as session:
        found = session.scalar(select(CandidateRow.id).where(CandidateRow.local_key == LOCAL))
    if found is not None:
        return found
    try:
        return add_candidate(db, starting_credits, local_key=LOCAL)
    except IntegrityError:  # another process created it first
        with db.reading() as session:
            return session.scalars(
                select(CandidateRow.id).where(CandidateRow.local_key == LOCAL)
            ).one()


def add_candidate(
    db: Database, starting_credits: int, name: str | None = None, *, local_key: str | None = None
) -> str:
    candidate = CandidateRow(
        id=new_id(), local_key=local_key, name=inputs.name(name), credits=starting_credits
    )
    with db.writing() as session:
        session.add(candidate)
        session.flush()
        if starting_credits:
            session.add(
                CreditEntryRow(candidate_id=candidate.id, change=starting_credits, reason="start")
            )
    return candidate.id


def balance(db: Database, candidate_id: str) -> int:
    with db.reading() as session:
        return access.candidate_for(session, candidate_id).credits


def grant(db: Database, candidate_id: str, amount: int) -> int:
    with db.writing() as session:
        candidate = access.candidate_for(session, candidate_id)
        return credits.grant_credits(session, candidate.id, amount)
