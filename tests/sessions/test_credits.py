"""Session credits: starting spends one, retakes don't, and no credit is ever spent twice."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import func, select

from interview_coach.sessions import Coach, InvalidInput, NoCredits
from interview_coach.sessions.credits import spend_credit
from interview_coach.store.schema import CreditEntryRow, InterviewRow
from tests.sessions.conftest import CoachFactory
from tests.sessions.scripted import JOB, RESUME, answer


def _interviews(coach: Coach) -> int:
    with coach.db.reading() as session:
        return session.scalar(select(func.count()).select_from(InterviewRow)) or 0


def test_credits_are_off_by_default(coach: Coach, candidate: str) -> None:
    for seed in range(8):
        turn = coach.start_interview(candidate, RESUME, JOB, length="quick", seed=seed)
        assert turn.credits_left is None


def test_starting_spends_a_credit_and_retaking_does_not(make_coach: CoachFactory) -> None:
    coach = make_coach(credits_enabled=True, starting_credits=2)
    me = coach.local_candidate_id()
    assert coach.credits(me) == 2

    first = coach.start_interview(me, RESUME, JOB, length="quick", seed=1)
    assert first.credits_left == 1
    answer(coach, me, first.interview_id)
    coach.retake(me, first.interview_id)
    answer(coach, me, first.interview_id)
    coach.retake(me, first.interview_id)
    assert coach.credits(me) == 1

    second = coach.start_new(me, first.interview_id, seed=2)
    assert second.credits_left == 0
    with pytest.raises(NoCredits):
        coach.start_new(me, first.interview_id, seed=3)
    with pytest.raises(NoCredits):
        coach.start_interview(me, RESUME, JOB, seed=4)
    assert _interviews(coach) == 2

    assert coach.grant_credits(me, 3) == 3
    assert coach.start_new(me, second.interview_id, seed=5).credits_left == 2
    ledger = coach.export_all(me)["credit_ledger"]
    assert [(e["change"], e["reason"]) for e in ledger] == [
        (2, "start"), (-1, "interview"), (-1, "interview"), (3, "grant"), (-1, "interview"),
    ]  # fmt: skip


def test_grants_must_be_sensible(make_coach: CoachFactory) -> None:
    coach = make_coach(credits_enabled=True, starting_credits=0)
    me = coach.local_candidate_id()
    for amount in (0, -1, 10_001):
        with pytest.raises(InvalidInput):
            coach.grant_credits(me, amount)
    assert coach.credits(me) == 0


def test_a_waiting_spend_sees_the_credit_already_gone(make_coach: CoachFactory) -> None:
    """Two connections: the second spend waits for the first to commit, then finds none left."""
    coach = make_coach(credits_enabled=True, starting_credits=1)
    me = coach.local_candidate_id()
    spent, done = threading.Event(), threading.Event()
    results: dict[str, object] = {}

    def first() -> None:
        with coach.db.writing() as session:
            results["first"] = spend_credit(session, me)
            spent.set()
            time.sleep(0.3)
            # Read before the commit: the second spend can only end after it (read after the
            # block, a busy machine could run the second thread first and invert the order).
            results["first_committed"] = time.perf_counter()

    def second() -> None:
        spent.wait()
        try:
            with coach.db.writing() as session:
                results["second"] = spend_credit(session, me)
        except NoCredits as error:
            results["second"] = error
        results["second_done"] = time.perf_counter()
        done.set()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results["first"] == 0
    assert isinstance(results["second"], NoCredits)
    assert results["second_done"] >= results["first_committed"]  # type: ignore[operator]
    assert coach.credits(me) == 0


@pytest.mark.parametrize("credits", [1, 3])
def test_concurrent_starts_never_spend_the_same_credit(
    make_coach: CoachFactory, credits: int
) -> None:
    # Separate coaches, as separate app processes would be, all starting at once.
    coaches = [make_coach(credits_enabled=True, starting_credits=credits) for _ in range(6)]
    me = coaches[0].local_candidate_id()
    barrier = threading.Barrier(len(coaches))
    started: list[int | None] = []
    refused: list[NoCredits] = []
    lock = threading.Lock()

    def start(coach: Coach, seed: int) -> None:
        barrier.wait()
        try:
            turn = coach.start_interview(me, RESUME, JOB, length="quick", seed=seed)
            with lock:
                started.append(turn.credits_left)
        except NoCredits as error:
            with lock:
                refused.append(error)

    threads = [threading.Thread(target=start, args=(c, i)) for i, c in enumerate(coaches)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len(started) == credits
    assert sorted(started) == list(range(credits))  # each start saw a different balance
    assert len(refused) == len(coaches) - credits
    assert coaches[0].credits(me) == 0
    assert _interviews(coaches[0]) == credits
    with coaches[0].db.reading() as session:
        spends = session.scalars(select(CreditEntryRow).where(CreditEntryRow.change < 0)).all()
    assert len(spends) == credits
    assert len({s.interview_id for s in spends}) == credits
