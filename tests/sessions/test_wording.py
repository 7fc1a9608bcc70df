"""An AI engine's wording arrives after the scorecard, in the background, logged as sent."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from interview_coach.assessment import Assessor
from interview_coach.bootstrap import build_coach
from interview_coach.sessions import Coach
from interview_coach.sessions.wording import Wording
from interview_coach.settings import Settings
from interview_coach.store.schema import LedgerEntryRow, QuestionRow
from tests.engine.fakes import REWORDED, ScriptedServer, completion, obliging_model
from tests.sessions.scripted import ANSWERS, JOB, RESUME


@pytest.fixture
def coach_with(database_url: str, lexical: Assessor, tmp_path: Path) -> Iterator[type[object]]:
    made: list[Coach] = []

    def make(server: ScriptedServer, daily_calls: int = 0) -> Coach:
        chosen = Settings(data_dir=tmp_path, database_url=database_url)
        coach = build_coach(chosen, assessor=lexical)
        coach.wording = Wording(coach.db, server.engine(), daily_calls)
        made.append(coach)
        return coach

    yield make  # type: ignore[misc]
    for coach in made:
        coach.close()


class Gate:
    """Holds the model's replies until the test opens it."""

    def __init__(self) -> None:
        self.open = threading.Event()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.open.wait(30)
        return obliging_model(request)


def test_the_scorecard_comes_at_once_and_the_model_wording_after(coach_with) -> None:  # type: ignore[no-untyped-def]
    gate = Gate()
    coach = coach_with(ScriptedServer(gate))
    candidate = coach.local_candidate_id()
    turn = coach.start_interview(candidate, RESUME, JOB, mode="guide", length="quick", seed=3)
    outcome = coach.submit_answer(candidate, turn.interview_id, ANSWERS[0])
    builtin_card = outcome.assessment.to_dict()
    status = coach.wording.feedback_status(candidate, outcome.answer_id)
    assert status is not None
    assert status.pending
    gate.open.set()
    coach.wording.settle()
    assert coach.wording.feedback_status(candidate, outcome.answer_id).status == "written"
    stored = coach.interview(candidate, turn.interview_id).answered[-1]
    assert stored.feedback["headline"] == "Written by the model."
    assert stored.scorecard.to_dict() == outcome.assessment.scorecard.to_dict()
    assert builtin_card["overall"] == stored.scorecard.overall


def test_the_next_question_is_reworded_but_what_it_asks_is_kept(coach_with) -> None:  # type: ignore[no-untyped-def]
    coach = coach_with(ScriptedServer(obliging_model))
    candidate = coach.local_candidate_id()
    turn = coach.start_interview(candidate, RESUME, JOB, mode="guide", length="quick", seed=3)
    coach.wording.settle()
    view = coach.interview(candidate, turn.interview_id)
    assert view.current_question is not None
    assert view.current_question.text == f"{REWORDED} {turn.question.ask}"
    assert view.current_question.ask == turn.question.ask
    status = coach.wording.question_status(candidate, turn.interview_id, 1)
    assert status is not None
    assert status.hint == "Use STAR: situation, task, action, result."
    with coach.db.reading() as session:
        ledger = session.scalars(select(LedgerEntryRow.ask)).all()
        asks = session.scalars(select(QuestionRow.ask)).all()
    assert list(ledger) == list(asks) == [turn.question.ask]


def test_a_reply_that_fails_the_checks_leaves_the_builtin_wording_with_a_note(coach_with) -> None:  # type: ignore[no-untyped-def]
    coach = coach_with(ScriptedServer(completion("<b>not json</b>")))
    candidate = coach.local_candidate_id()
    turn = coach.start_interview(candidate, RESUME, JOB, length="quick", seed=3)
    outcome = coach.submit_answer(candidate, turn.interview_id, ANSWERS[0])
    coach.wording.settle()
    status = coach.wording.feedback_status(candidate, outcome.answer_id)
    assert status is not None
    assert status.status == "fallback"
    assert "built-in coach's wording" in (status.note or "")
    assert "did not pass the coach's checks" in (status.note or "")
    stored = coach.interview(candidate, turn.interview_id).answered[-1]
    assert stored.feedback == outcome.assessment.feedback.to_dict()


def test_a_server_that_fails_leaves_the_builtin_wording_saying_no_reply_came(coach_with) -> None:  # type: ignore[no-untyped-def]
    coach = coach_with(ScriptedServer(httpx.Response(503, text="overloaded")))
    candidate = coach.local_candidate_id()
    turn = coach.start_interview(candidate, RESUME, JOB, length="quick", seed=3)
    outcome = coach.submit_answer(candidate, turn.interview_id, ANSWERS[0])
    coach.wording.settle()
    status = coach.wording.feedback_status(candidate, outcome.answer_id)
    assert status is not None
    assert status.status == "fallback"
    assert "did not arrive" in (status.note or "")
    assert "internal error (HTTP 503)" in (status.note or "")


def test_past_the_daily_cap_the_builtin_wording_says_so(coach_with) -> None:  # type: ignore[no-untyped-def]
    coach = coach_with(ScriptedServer(obliging_model), daily_calls=1)
    candidate = coach.local_candidate_id()
    turn = coach.start_interview(candidate, RESUME, JOB, length="quick", seed=3)
    coach.wording.settle()  # the first question's wording: one call
    outcome = coach.submit_answer(candidate, turn.interview_id, ANSWERS[0])
    coach.wording.settle()
    status = coach.wording.feedback_status(candidate, outcome.answer_id)
    assert status is not None
    assert status.status == "capped"
    assert "today's 1 " in (status.note or "")


def test_what_was_sent_is_exported_and_deleted_with_the_data(coach_with) -> None:  # type: ignore[no-untyped-def]
    server = ScriptedServer(obliging_model)
    coach = coach_with(server)
    candidate = coach.local_candidate_id()
    turn = coach.start_interview(candidate, RESUME, JOB, length="quick", seed=3)
    coach.submit_answer(candidate, turn.interview_id, ANSWERS[0] + " Mail me at pat@example.com.")
    coach.wording.settle()
    exported = coach.export_all(candidate)["engine_calls"]
    sent = [e["request"] for call in exported for e in call["exchanges"]]
    assert sorted(map(str, sent)) == sorted(map(str, server.bodies()))  # exactly what went out
    assert all("pat@example.com" not in str(body) for body in sent)
    assert coach.wording.calls(candidate)
    coach.delete_all(candidate)
    fresh = coach.local_candidate_id()
    assert coach.export_all(fresh)["engine_calls"] == []
