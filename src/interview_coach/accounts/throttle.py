"""Sign-in and registration throttles, counted in the database so every app process agrees.

Growing delays, never a lock. Attempts are counted three ways within :data:`WINDOW`: for one
account from one address, from one address over every account (a spray), and for one account
from every address (a distributed guess). Past a few free attempts each key must wait longer
before its next one (30 s, 1 min, 2 min... up to its cap). The account-wide delay is capped at
a minute, so whoever guesses at an account from elsewhere can slow its owner down, never lock
them out; the owner's own address is only ever slowed by the owner's own mistakes.

An attempt is written down before the password is even checked, then counted: two attempts
racing each other both see at least themselves, so no process can slip past by checking first
and writing later. A refused attempt is removed again (waiting out a delay is not made longer
by knocking), and a successful sign-in clears its account's count.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import ColumnElement, and_, delete, func, select
from sqlalchemy.orm import Session

from interview_coach.accounts.schema import LoginAttemptRow

WINDOW = timedelta(minutes=15)
MINUTE = timedelta(minutes=1)
FIRST_DELAY = timedelta(seconds=30)


class AttemptKind(StrEnum):
    SIGN_IN = "sign-in"
    REGISTER = "register"


@dataclass(frozen=True, slots=True)
class Delay:
    """``free`` attempts within the window, then delays doubling from FIRST_DELAY to ``cap``."""

    free: int
    cap: timedelta

    def before_next(self, attempts: int) -> timedelta:
        if attempts < self.free:
            return timedelta(0)
        return min(self.cap, FIRST_DELAY * (1 << min(attempts - self.free, 16)))


@dataclass(frozen=True, slots=True)
class Limit:
    """Per account from one address, per address, and per account from every address."""

    per_pair: Delay
    per_client: Delay
    per_account: Delay


LIMITS: dict[AttemptKind, Limit] = {
    AttemptKind.SIGN_IN: Limit(
        per_pair=Delay(5, WINDOW), per_client=Delay(30, WINDOW), per_account=Delay(20, MINUTE)
    ),
    AttemptKind.REGISTER: Limit(
        per_pair=Delay(3, WINDOW), per_client=Delay(10, WINDOW), per_account=Delay(10, MINUTE)
    ),
}  # fmt: skip


class TooManyAttempts(Exception):
    """Too soon after too many attempts; ``retry_after`` is in seconds."""

    def __init__(self, retry_after: int) -> None:
        if retry_after < 60:
            wait = f"{retry_after} second{'s' if retry_after != 1 else ''}"
        else:
            minutes = -(-retry_after // 60)
            wait = f"{minutes} minute{'s' if minutes != 1 else ''}"
        super().__init__(f"too many attempts; for your account's safety, wait {wait} and try again")
        self.message = str(self)
        self.retry_after = retry_after


def fingerprint(value: str) -> str:
    return hashlib.sha256(value.strip().lower().encode("utf-8")).hexdigest()


def note_attempt(
    session: Session, kind: AttemptKind, account: str, client: str, moment: datetime
) -> int | None:
    """Record an attempt and weigh it; seconds to wait when it comes too soon, else None.

    The caller commits either way.
    """
    since = moment - WINDOW
    session.execute(delete(LoginAttemptRow).where(LoginAttemptRow.at < since))
    account_key, client_key = fingerprint(account), fingerprint(client)
    attempt = LoginAttemptRow(kind=kind.value, account=account_key, client=client_key, at=moment)
    session.add(attempt)
    session.flush()
    limit = LIMITS[kind]
    by_account = LoginAttemptRow.account == account_key
    by_client = LoginAttemptRow.client == client_key
    wait = timedelta(0)
    for where, delay in (
        (and_(by_account, by_client), limit.per_pair),
        (by_client, limit.per_client),
        (by_account, limit.per_account),
    ):
        earlier, latest = session.execute(
            select(func.count(), func.max(LoginAttemptRow.at)).where(
                where, _kind(kind), LoginAttemptRow.at >= since, LoginAttemptRow.id != attempt.id
            )
        ).one()
        if latest is not None:
            wait = max(wait, latest + delay.before_next(earlier) - moment)
    if wait <= timedelta(0):
        return None
    session.delete(attempt)
    return max(1, int(-(-wait.total_seconds() // 1)))


def clear_account(session: Session, kind: AttemptKind, account: str) -> None:
    session.execute(
        delete(LoginAttemptRow).where(LoginAttemptRow.account == fingerprint(account), _kind(kind))
    )


def _kind(kind: AttemptKind) -> ColumnElement[bool]:
    return LoginAttemptRow.kind == kind.value
