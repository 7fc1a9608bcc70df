"""Sign-in and registration rate limits, counted in the database so every app process agrees.

An attempt is written down before the password is even checked, then counted: two attempts
racing each other both see at least themselves, so no process can slip past the limit by
checking first and writing later. A successful sign-in clears its account's count.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from interview_coach.accounts.schema import LoginAttemptRow

WINDOW = timedelta(minutes=15)


class AttemptKind(StrEnum):
    SIGN_IN = "sign-in"
    REGISTER = "register"


@dataclass(frozen=True, slots=True)
class Limit:
    """Attempts allowed within :data:`WINDOW`, per account (email) and per client address."""

    per_account: int
    per_client: int


LIMITS: dict[AttemptKind, Limit] = {
    AttemptKind.SIGN_IN: Limit(per_account=5, per_client=30),
    AttemptKind.REGISTER: Limit(per_account=3, per_client=10),
}


class TooManyAttempts(Exception):
    """Over the limit; ``retry_after`` is in seconds."""

    def __init__(self, retry_after: int) -> None:
        minutes = max(1, -(-retry_after // 60))
        super().__init__(
            "too many attempts; for your account's safety, wait "
            f"{minutes} minute{'s' if minutes != 1 else ''} and try again"
        )
        self.message = str(self)
        self.retry_after = retry_after


def fingerprint(value: str) -> str:
    return hashlib.sha256(value.strip().lower().encode("utf-8")).hexdigest()


def note_attempt(
    session: Session, kind: AttemptKind, account: str, client: str, moment: datetime
) -> int | None:
    """Record an attempt and count it; seconds to wait when it goes over a limit, else None.

    The caller commits either way, so refused attempts keep counting.
    """
    since = moment - WINDOW
    session.execute(delete(LoginAttemptRow).where(LoginAttemptRow.at < since))
    account_key, client_key = fingerprint(account), fingerprint(client)
    session.add(LoginAttemptRow(kind=kind.value, account=account_key, client=client_key, at=moment))
    session.flush()
    limit = LIMITS[kind]
    for column, key, allowed in (
        (LoginAttemptRow.account, account_key, limit.per_account),
        (LoginAttemptRow.client, client_key, limit.per_client),
    ):
        count, oldest = session.execute(
            select(func.count(), func.min(LoginAttemptRow.at)).where(
                column == key, LoginAttemptRow.kind == kind.value, LoginAttemptRow.at >= since
            )
        ).one()
        if count > allowed and oldest is not None:
            return max(1, int((oldest + WINDOW - moment).total_seconds()))
    return None


def clear_account(session: Session, kind: AttemptKind, account: str) -> None:
    session.execute(
        delete(LoginAttemptRow).where(
            LoginAttemptRow.account == fingerprint(account), LoginAttemptRow.kind == kind.value
        )
    )
