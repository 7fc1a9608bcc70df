"""REST API bearer tokens: random, shown once, stored only as their sha256, revocable."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select

from interview_coach.accounts.schema import ApiTokenRow
from interview_coach.store import Database

PREFIX = "icv1_"
HINT_LENGTH = 12
#: Anything longer cannot be one of our tokens; it is refused before hashing.
MAX_TOKEN_LENGTH = 128


@dataclass(frozen=True, slots=True)
class TokenInfo:
    """What can be shown about a token after it was created: never the token itself."""

    id: int
    hint: str
    label: str | None
    created_at: datetime


def digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(db: Database, candidate_id: str, label: str | None = None) -> str:
    """A new token for the candidate; this is the only time it is ever available."""
    token = PREFIX + secrets.token_urlsafe(32)
    with db.writing() as session:
        session.add(
            ApiTokenRow(
                candidate_id=candidate_id,
                digest=digest(token),
                hint=token[:HINT_LENGTH],
                label=(label or "").strip()[:100] or None,
            )
        )
    return token


def token_candidate(db: Database, token: str) -> str | None:
    """The candidate a presented token acts for, or None for an unknown or revoked token."""
    if not token.startswith(PREFIX) or len(token) > MAX_TOKEN_LENGTH:
        return None
    with db.reading() as session:
        return session.scalar(
            select(ApiTokenRow.candidate_id).where(ApiTokenRow.digest == digest(token))
        )


def list_tokens(db: Database, candidate_id: str) -> list[TokenInfo]:
    with db.reading() as session:
        rows = session.scalars(
            select(ApiTokenRow)
            .where(ApiTokenRow.candidate_id == candidate_id)
            .order_by(ApiTokenRow.id)
        )
        return [TokenInfo(r.id, r.hint, r.label, r.created_at) for r in rows]


def revoke_token(db: Database, candidate_id: str, token_or_id: str) -> bool:
    """Revoke one of the candidate's tokens, named by the token itself or its id."""
    named = token_or_id.strip()
    by_id = named.isdigit() and len(named) < 12
    match = ApiTokenRow.id == int(named) if by_id else ApiTokenRow.digest == digest(named)
    with db.writing() as session:
        result = session.execute(
            delete(ApiTokenRow).where(match, ApiTokenRow.candidate_id == candidate_id)
        )
    return bool(getattr(result, "rowcount", 0))
