"""The one place that decides whose data is whose.

Every use case reaches an interview through :func:`interview_for`: an interview that does not
exist and one that belongs to someone else raise the same :class:`NotFound`, from the same
query, so nothing reveals which it was.
"""

from __future__ import annotations

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from interview_coach.sessions import inputs
from interview_coach.sessions.errors import NotFound
from interview_coach.store.schema import CandidateRow, InterviewRow

NO_INTERVIEW = "there is no such interview"
NO_CANDIDATE = "there is no such candidate"

# Built once: every request asks it, and building a statement costs more than running it.
_OWNED = select(InterviewRow).where(
    InterviewRow.id == bindparam("wanted"), InterviewRow.candidate_id == bindparam("owner")
)
_OWNED_LOCKED = _OWNED.with_for_update()


def interview_for(
    session: Session, candidate_id: str, interview_id: str, *, lock: bool = False
) -> InterviewRow:
    """The candidate's interview; ``lock`` holds its row until the transaction ends.

    Raises:
        NotFound: no interview with this id belongs to this candidate.
    """
    wanted, owner = inputs.identifier(interview_id), inputs.identifier(candidate_id)
    if wanted is None or owner is None:
        raise NotFound(NO_INTERVIEW)
    query = _OWNED_LOCKED if lock else _OWNED
    interview = session.scalars(query, {"wanted": wanted, "owner": owner}).one_or_none()
    if interview is None:
        raise NotFound(NO_INTERVIEW)
    return interview


def candidate_for(session: Session, candidate_id: str) -> CandidateRow:
    """Raises NotFound when there is no such candidate."""
    wanted = inputs.identifier(candidate_id)
    candidate = session.get(CandidateRow, wanted) if wanted is not None else None
    if candidate is None:
        raise NotFound(NO_CANDIDATE)
    return candidate
