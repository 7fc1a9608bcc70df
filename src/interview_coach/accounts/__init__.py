"""Accounts: who is practising. Members sign in with a password (multi-user installations);
API tokens act for a candidate in every mode."""

from __future__ import annotations

from datetime import timedelta

from interview_coach.accounts import migrate, tokens
from interview_coach.accounts.members import AccountError, Member, Members, SignIn
from interview_coach.accounts.passwords import PasswordRejected, Passwords
from interview_coach.accounts.throttle import TooManyAttempts
from interview_coach.accounts.tokens import TokenInfo
from interview_coach.sessions import Coach

__all__ = [
    "AccountError",
    "Accounts",
    "Member",
    "PasswordRejected",
    "Passwords",
    "SignIn",
    "TokenInfo",
    "TooManyAttempts",
]

SESSION_LIFETIME = timedelta(days=14)


class Accounts:
    """Members and API tokens over the coach's own database (its account tables migrated)."""

    def __init__(
        self,
        coach: Coach,
        passwords: Passwords | None = None,
        session_lifetime: timedelta = SESSION_LIFETIME,
    ) -> None:
        migrate.upgrade(coach.db.engine)
        self.db = coach.db
        self.members = Members(
            coach.db,
            passwords or Passwords(),
            add_candidate=coach.add_candidate,
            remove_candidate=coach.delete_all,
            session_lifetime=session_lifetime,
        )

    def create_token(self, candidate_id: str, label: str | None = None) -> str:
        return tokens.create_token(self.db, candidate_id, label)

    def token_candidate(self, token: str) -> str | None:
        return tokens.token_candidate(self.db, token)

    def list_tokens(self, candidate_id: str) -> list[TokenInfo]:
        return tokens.list_tokens(self.db, candidate_id)

    def revoke_token(self, candidate_id: str, token_or_id: str) -> bool:
        return tokens.revoke_token(self.db, candidate_id, token_or_id)
