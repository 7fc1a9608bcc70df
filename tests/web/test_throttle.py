"""The sign-in throttle: growing delays per account and address, never a lock."""

from __future__ import annotations

from datetime import timedelta

from interview_coach.accounts.throttle import AttemptKind, note_attempt
from interview_coach.store.schema import now
from tests.web.conftest import Site

SIGN_IN = AttemptKind.SIGN_IN


def test_delays_grow_after_the_free_attempts_and_pass(multi_site: Site) -> None:
    start = now()
    waits = []
    with multi_site.coach.db.writing() as session:
        moment = start
        for _ in range(8):
            wait = note_attempt(session, SIGN_IN, "ann@example.com", "203.0.113.9", moment)
            waits.append(wait)
            if wait is not None:  # the guesser waits the delay out, then tries again
                moment += timedelta(seconds=wait)
                assert (
                    note_attempt(session, SIGN_IN, "ann@example.com", "203.0.113.9", moment) is None
                )
    assert waits == [None] * 5 + [30, 60, 120]


def test_the_owner_elsewhere_waits_at_most_a_minute(multi_site: Site) -> None:
    moment = now()
    with multi_site.coach.db.writing() as session:
        for number in range(40):  # a distributed guess: every attempt from a new address
            note_attempt(session, SIGN_IN, "bo@example.com", f"198.51.100.{number}", moment)
            moment += timedelta(seconds=61)
        wait = note_attempt(session, SIGN_IN, "bo@example.com", "192.0.2.50", moment)
    assert wait is None or wait <= 60
