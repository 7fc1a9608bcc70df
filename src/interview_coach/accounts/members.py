"""Members: registration, sign-in and browser sessions for multi-user installations."""

from __future__ import annotations

import hashlib
import re
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError

from interview_coach.accounts import throttle
from interview_coach.accounts.passwords import (
    MAX_LENGTH,
    PasswordRejected,
    Passwords,
    check_new_password,
)
from interview_coach.accounts.schema import LoginSessionRow, UserRow
from interview_coach.accounts.throttle import AttemptKind, TooManyAttempts
from interview_coach.store import Database
from interview_coach.store.schema import now

MAX_EMAIL_LENGTH = 254
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MISMATCH = "that email and password don't match an account"


class AccountError(Exception):
    """Registration or sign-in refused; ``message`` is for the person, ``field`` names a field."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


@dataclass(frozen=True, slots=True)
class Member:
    user_id: str
    candidate_id: str
    email: str
    calm: bool = False  # the calm-mode preference kept with the account


@dataclass(frozen=True, slots=True)
class SignIn:
    """A new browser session: the cookie value is ``token``; only its hash is stored."""

    member: Member
    token: str
    expires_at: datetime


def normal_email(email: str) -> str:
    """The email as stored and compared: trimmed and lower-case, or AccountError."""
    value = email.strip().lower()
    if len(value) > MAX_EMAIL_LENGTH or not _EMAIL.match(value):
        raise AccountError("enter an email address like name@example.com", "email")
    return value


def session_id(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class Members:
    def __init__(
        self,
        db: Database,
        passwords: Passwords,
        add_candidate: Callable[[], str],
        remove_candidate: Callable[[str], object],
        session_lifetime: timedelta,
    ) -> None:
        self.db = db
        self.passwords = passwords
        self._add_candidate = add_candidate
        self._remove_candidate = remove_candidate
        self.session_lifetime = session_lifetime

    def register(self, email: str, password: str, client: str) -> None:
        """Create the account, or do nothing when the email has one: either way the same
        answer after the same work (one password hash), so registering reveals no account.
        The person signs in next, with the password they chose (or their account's own)."""
        address = normal_email(email)
        self._throttle(AttemptKind.REGISTER, address, client)
        try:
            check_new_password(password, address)
        except PasswordRejected as rejected:
            raise AccountError(str(rejected), "password") from None
        hashed = self.passwords.hash(password)
        if self._user(address) is not None:
            return
        candidate_id = self._add_candidate()
        user = UserRow(
            id=str(uuid.uuid4()), candidate_id=candidate_id, email=address, password_hash=hashed
        )
        try:
            with self.db.writing() as session:
                session.add(user)
        except IntegrityError:  # registered a moment ago from elsewhere
            self._remove_candidate(candidate_id)

    def sign_in(self, email: str, password: str, client: str) -> SignIn:
        address = email.strip().lower()[:MAX_EMAIL_LENGTH]
        self._throttle(AttemptKind.SIGN_IN, address, client)
        user = self._user(address) if len(password) <= MAX_LENGTH else None
        if user is None:
            self.passwords.waste_time(password[:MAX_LENGTH])
            raise AccountError(MISMATCH)
        if not self.passwords.verify(user.password_hash, password):
            raise AccountError(MISMATCH)
        with self.db.writing() as session:
            throttle.clear_account(session, AttemptKind.SIGN_IN, address)
            if self.passwords.needs_rehash(user.password_hash):
                stored = session.get_one(UserRow, user.id)
                stored.password_hash = self.passwords.hash(password)
        return self._open_session(Member(user.id, user.candidate_id, user.email, user.calm))

    def member(self, token: str) -> Member | None:
        """Who a session cookie belongs to; None when unknown or expired."""
        if not token or len(token) > 128:
            return None
        with self.db.reading() as session:
            found = session.execute(
                select(UserRow.id, UserRow.candidate_id, UserRow.email, UserRow.calm)
                .join(LoginSessionRow, LoginSessionRow.user_id == UserRow.id)
                .where(LoginSessionRow.id == session_id(token), LoginSessionRow.expires_at > now())
            ).one_or_none()
        return Member(*found) if found is not None else None

    def set_calm(self, user_id: str, calm: bool) -> None:
        """Keep the calm-mode preference with the account."""
        with self.db.writing() as session:
            session.execute(update(UserRow).where(UserRow.id == user_id).values(calm=calm))

    def sign_out(self, token: str) -> None:
        with self.db.writing() as session:
            session.execute(delete(LoginSessionRow).where(LoginSessionRow.id == session_id(token)))

    def candidate_of(self, email: str) -> str | None:
        user = self._user(email.strip().lower())
        return user.candidate_id if user is not None else None

    def _user(self, address: str) -> UserRow | None:
        with self.db.reading() as session:
            return session.scalars(select(UserRow).where(UserRow.email == address)).one_or_none()

    def _throttle(self, kind: AttemptKind, address: str, client: str) -> None:
        with self.db.writing() as session:
            wait = throttle.note_attempt(session, kind, address, client, now())
        if wait is not None:
            raise TooManyAttempts(wait)

    def _open_session(self, member: Member) -> SignIn:
        token = secrets.token_urlsafe(32)
        moment = now()
        expires = moment + self.session_lifetime
        with self.db.writing() as session:
            session.execute(delete(LoginSessionRow).where(LoginSessionRow.expires_at <= moment))
            session.add(
                LoginSessionRow(id=session_id(token), user_id=member.user_id, expires_at=expires)
            )
        return SignIn(member, token, expires)
