"""Account tables: people who sign in, their browser sessions, API tokens and login attempts.

They live in the coach's database next to the store's tables but in their own metadata and
migration chain (see :mod:`interview_coach.accounts.migrate`). Every account row hangs off a
candidate through ``ON DELETE CASCADE``, so "delete everything" removes the account with it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import Boolean, ForeignKey, Index, Integer, MetaData, String, false
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from interview_coach.store.schema import NAMING, CandidateRow, UTCDateTime, now


class AccountBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime()}


class UserRow(AccountBase):
    """A person who signs in with an email and a password; practises as one candidate."""

    __tablename__ = "users"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    candidate_id: Mapped[str] = mapped_column(
        ForeignKey(CandidateRow.id, ondelete="CASCADE"), unique=True
    )
    email: Mapped[str] = mapped_column(String(254), unique=True)
    #: argon2id, in the PHC string format (it carries its own parameters and salt).
    password_hash: Mapped[str] = mapped_column(String(256))
    created_at: Mapped[datetime] = mapped_column(default=now)
    #: Calm mode (no numbers, written feedback only), remembered for every browser.
    calm: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class LoginSessionRow(AccountBase):
    """A signed-in browser; ``id`` is the sha256 of the cookie, never the cookie itself."""

    __tablename__ = "login_sessions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey(UserRow.id, ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=now)
    expires_at: Mapped[datetime]


class ApiTokenRow(AccountBase):
    """A bearer token for the REST API, stored as its sha256; the token is shown once."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    candidate_id: Mapped[str] = mapped_column(
        ForeignKey(CandidateRow.id, ondelete="CASCADE"), index=True
    )
    digest: Mapped[str] = mapped_column(String(64), unique=True)
    #: The token's first characters, so a person can tell their tokens apart.
    hint: Mapped[str] = mapped_column(String(16))
    label: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(default=now)


class LoginAttemptRow(AccountBase):
    """A failed (or pending) sign-in or registration, kept only as long as the limit looks back.

    ``account`` and ``client`` are sha256 hashes of the email and the client address: enough to
    count attempts by, without keeping either in the clear.
    """

    __tablename__ = "login_attempts"
    __table_args__ = (
        Index("ix_login_attempts_account_at", "account", "at"),
        Index("ix_login_attempts_client_at", "client", "at"),
        Index("ix_login_attempts_at", "at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    account: Mapped[str] = mapped_column(String(64))
    client: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(default=now)


TABLES: tuple[type[AccountBase], ...] = (UserRow, LoginSessionRow, ApiTokenRow, LoginAttemptRow)
