"""An answer, its scorecard and feedback, its ledger entry and the next question: all or nothing."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from sqlalchemy import event, func, select

from interview_coach.sessions import Coach, Conflict
from interview_coach.store.schema import (
    TABLES,
    AnswerRow,
    Base,
    DraftRow,
    FeedbackRow,
    LedgerEntryRow,
    QuestionRow,
    ScorecardRow,
)
from tests.sessions.scripted import ANSWERS, JOB, RESUME


class Injected(RuntimeError):
    pass


def _counts(coach: Coach) -> dict[str, int]:
    with coach.db.reading() as session:
        return {
            table.__tablename__: session.scalar(select(func.count()).select_from(table)) or 0
            for table in TABLES
        }


@pytest.mark.parametrize(
    "table", [AnswerRow, ScorecardRow, FeedbackRow, QuestionRow, LedgerEntryRow],
    ids=lambda t: t.__tablename__,
)  # fmt: skip
def test_a_failure_after_any_insert_leaves_nothing_half_written(
    coach: Coach, candidate: str, table: type[Base]
) -> None:
    turn = coach.start_interview(candidate, RESUME, JOB, length="quick", seed=2)
    coach.submit_answer(candidate, turn.interview_id, ANSWERS[0])
    coach.save_draft(candidate, turn.interview_id, "half an answer")
    before = _counts(coach)

    def fail(*_: Any) -> None:
        raise Injected(f"crash after inserting into {table.__tablename__}")

    event.listen(table, "after_insert", fail)
    try:
        with pytest.raises(Injected):
            coach.submit_answer(candidate, turn.interview_id, ANSWERS[1])
    finally:
        event.remove(table, "after_insert", fail)

    assert _counts(coach) == before
    view = coach.interview(candidate, turn.interview_id)
    assert view.progress.answered == 1
    assert view.draft == "half an answer"
    outcome = coach.submit_answer(candidate, turn.interview_id, ANSWERS[1])
    assert outcome.position == 2
    after = _counts(coach)
    for grown in (AnswerRow, ScorecardRow, FeedbackRow, QuestionRow, LedgerEntryRow):
        assert after[grown.__tablename__] == before[grown.__tablename__] + 1
    assert after[DraftRow.__tablename__] == before[DraftRow.__tablename__] - 1


def test_two_submits_of_the_same_question_store_one_answer(
    make_coach: Any,
) -> None:
    first, second = make_coach(), make_coach()
    me = first.local_candidate_id()
    turn = first.start_interview(me, RESUME, JOB, length="quick", seed=2)
    barrier = threading.Barrier(2)
    results: list[object] = []

    def submit(coach: Coach, text: str) -> None:
        barrier.wait()
        try:
            results.append(coach.submit_answer(me, turn.interview_id, text))
        except Conflict as error:
            results.append(error)

    threads = [
        threading.Thread(target=submit, args=(first, ANSWERS[0])),
        threading.Thread(target=submit, args=(second, ANSWERS[1])),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    conflicts = [r for r in results if isinstance(r, Conflict)]
    assert len(conflicts) == 1
    counts = _counts(first)
    assert counts["answers"] == counts["scorecards"] == counts["feedback"] == 1
    assert counts["questions"] == counts["question_ledger"] == 2
    assert first.interview(me, turn.interview_id).progress.answered == 1
