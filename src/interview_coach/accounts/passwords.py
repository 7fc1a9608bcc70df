"""Passwords: argon2id hashes, and the rules a new password must pass.

Rules follow NIST SP 800-63B: a minimum length, a generous maximum, no composition rules, and
rejection of passwords found in breach lists (a small bundled list of the commonest).
"""

from __future__ import annotations

import itertools
import re
from functools import cache
from importlib import resources

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

MIN_LENGTH = 10
#: Long enough for any passphrase; bounded so hashing cannot be used to burn CPU.
MAX_LENGTH = 256
#: A valid argon2id hash of a random password: unknown emails are checked against it so
#: the time a failed sign-in takes does not reveal whether the email has an account.
_DUMMY_PASSWORD = "interview-coach: no such account"


class PasswordRejected(ValueError):
    """A password the rules refuse; the message says which rule, for the person choosing it."""


@cache
def common_passwords() -> frozenset[str]:
    text = resources.files("interview_coach.accounts").joinpath("common_passwords.txt")
    lines = (line.strip().lower() for line in text.read_text(encoding="utf-8").splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))


def check_new_password(password: str, email: str = "") -> None:
    """Raises PasswordRejected with the rule the password breaks."""
    if len(password) < MIN_LENGTH:
        raise PasswordRejected(
            f"use at least {MIN_LENGTH} characters; a few ordinary words in a row are easy to "
            "remember and hard to guess"
        )
    if len(password) > MAX_LENGTH:
        raise PasswordRejected(f"use at most {MAX_LENGTH} characters")
    folded = password.strip().lower()
    if len(set(folded)) <= 2:
        raise PasswordRejected("this password repeats one or two characters; choose another")
    if _is_common(folded):
        raise PasswordRejected(
            "this password is on lists of the most common passwords; choose another"
        )
    local = email.split("@", 1)[0].lower()
    if len(local) >= 4 and local in folded:
        raise PasswordRejected("don't build your password from your email address")


def _is_common(folded: str) -> bool:
    common = common_passwords()
    stripped = re.sub(r"[\d\W_]+$", "", folded)
    return folded in common or stripped in common or _is_run(folded)


def _is_run(folded: str) -> bool:
    """Keyboard-free sequences such as 0123456789 or abcdefghijk."""
    steps = {ord(b) - ord(a) for a, b in itertools.pairwise(folded)}
    return len(steps) == 1 and steps.pop() in (1, -1)


class Passwords:
    """Hashes with argon2id (argon2-cffi's RFC 9106 defaults unless a hasher is given)."""

    def __init__(self, hasher: PasswordHasher | None = None) -> None:
        self.hasher = hasher or PasswordHasher()
        self._dummy: str | None = None

    def hash(self, password: str) -> str:
        return self.hasher.hash(password)

    def verify(self, stored: str, password: str) -> bool:
        try:
            return self.hasher.verify(stored, password)
        except (VerificationError, InvalidHashError):
            return False

    def needs_rehash(self, stored: str) -> bool:
        """True when the hash was made with older parameters than the hasher's."""
        try:
            return self.hasher.check_needs_rehash(stored)
        except InvalidHashError:
            return True

    def waste_time(self, password: str) -> None:
        """Do the work of a verification that cannot succeed (for unknown emails)."""
        if self._dummy is None:
            self._dummy = self.hasher.hash(_DUMMY_PASSWORD)
        self.verify(self._dummy, password)
