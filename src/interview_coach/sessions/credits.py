"""Session credits: starting an interview spends one; retakes are free.

Spending is one conditional UPDATE (``credits = credits - 1 WHERE credits > 0``): on PostgreSQL
the row lock it takes makes a concurrent spend wait and then re-check the balance, and SQLite has
one writer at a time, so two starts can never spend the same credit.
"""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.orm import Session

from interview_coach.sessions.errors import InvalidInput, NoCredits
from interview_coach.store.schema import CandidateRow, CreditEntryRow

NO_CREDITS = (
    "you have no session credits left, so a new interview can't start; retakes are still free"
)
#: A grant this large is a typo, not a decision.
MAX_GRANT = 10_000


def spend_credit(session: Session, candidate_id: str, interview_id: str | None = None) -> int:
    """Spend one credit on ``interview_id``; returns the credits left.

    Raises:
        NoCredits: the balance is zero (nothing is changed).
    """
    left = session.execute(
        update(CandidateRow)
        .where(CandidateRow.id == candidate_id, CandidateRow.credits > 0)
        .values(credits=CandidateRow.credits - 1)
        .returning(CandidateRow.credits)
        .execution_options(synchronize_session=False)
    ).scalar_one_or_none()
    if left is None:
        raise NoCredits(NO_CREDITS)
    session.add(
        CreditEntryRow(
            candidate_id=candidate_id, change=-1, reason="interview", interview_id=interview_id
        )
    )
    return left


def grant_credits(session: Session, candidate_id: str, amount: int, reason: str = "grant") -> int:
    """Add credits; returns the new balance."""
    if not 0 < amount <= MAX_GRANT:
        raise InvalidInput(f"grant between 1 and {MAX_GRANT} credits", "amount")
    balance = session.execute(
        update(CandidateRow)
        .where(CandidateRow.id == candidate_id)
        .values(credits=CandidateRow.credits + amount)
        .returning(CandidateRow.credits)
        .execution_options(synchronize_session=False)
    ).scalar_one()
    session.add(CreditEntryRow(candidate_id=candidate_id, change=amount, reason=reason))
    return balance
