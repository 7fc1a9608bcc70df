"""Every answer names the question it answers; a retry with the same key gets the stored
result back instead of answering the next question with the same text."""

from __future__ import annotations

import pytest

from interview_coach.sessions import Coach, QuestionMismatch
from tests.sessions.scripted import ANSWERS, JOB, RESUME


def _answers(coach: Coach, candidate: str, interview_id: str) -> int:
    return len(coach.interview(candidate, interview_id).answered)


def test_an_answer_from_a_stale_tab_is_refused_and_kept_as_a_draft(
    coach: Coach, candidate: str
) -> None:
    turn = coach.start_interview(candidate, RESUME, JOB, length="quick", seed=3)
    coach.submit_answer(candidate, turn.interview_id, ANSWERS[0], position=1)

    with pytest.raises(QuestionMismatch) as refused:
        coach.submit_answer(candidate, turn.interview_id, "Written in the old tab.", position=1)

    assert refused.value.current.position == 2
    assert refused.value.draft_kept
    assert "question 2 is the one waiting" in refused.value.message
    view = coach.interview(candidate, turn.interview_id)
    assert view.draft == "Written in the old tab."
    assert len(view.answered) == 1


def test_a_stale_answer_never_overwrites_the_current_draft(coach: Coach, candidate: str) -> None:
    turn = coach.start_interview(candidate, RESUME, JOB, length="quick", seed=3)
    coach.submit_answer(candidate, turn.interview_id, ANSWERS[0], position=1)
    coach.save_draft(candidate, turn.interview_id, "Typed in the current tab.")

    with pytest.raises(QuestionMismatch) as refused:
        coach.submit_answer(candidate, turn.interview_id, "From the old tab.", position=1)

    assert not refused.value.draft_kept
    assert coach.interview(candidate, turn.interview_id).draft == "Typed in the current tab."


def test_a_retry_with_the_same_key_returns_the_stored_answer(coach: Coach, candidate: str) -> None:
    turn = coach.start_interview(candidate, RESUME, JOB, length="quick", seed=3)
    first = coach.submit_answer(
        candidate, turn.interview_id, ANSWERS[0], position=1, idempotency_key="send-1"
    )

    again = coach.submit_answer(
        candidate, turn.interview_id, ANSWERS[0], position=1, idempotency_key="send-1"
    )

    assert again.answer_id == first.answer_id
    assert again.to_dict() == first.to_dict()
    assert _answers(coach, candidate, turn.interview_id) == 1
    assert coach.interview(candidate, turn.interview_id).current_question.position == 2  # type: ignore[union-attr]


def test_the_last_answer_retried_returns_the_stored_result(coach: Coach, candidate: str) -> None:
    turn = coach.start_interview(candidate, RESUME, JOB, length="quick", seed=3)
    outcome = None
    for position in range(1, 6):
        outcome = coach.submit_answer(
            candidate, turn.interview_id, ANSWERS[position % len(ANSWERS)], position=position,
            idempotency_key=f"send-{position}",
        )  # fmt: skip
    assert outcome is not None
    assert outcome.finished

    again = coach.submit_answer(
        candidate, turn.interview_id, ANSWERS[5 % len(ANSWERS)], position=5,
        idempotency_key="send-5",
    )  # fmt: skip

    assert again.to_dict() == outcome.to_dict()
