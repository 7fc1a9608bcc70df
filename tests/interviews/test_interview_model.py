"""The interview's rules, without a database: every status change, retake and count."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from interview_coach import interviews
from interview_coach.interviews import (
    Attempt,
    Closed,
    DraftChange,
    Interview,
    InterviewStatus,
    MovedOn,
    NothingToRetake,
    WrongQuestion,
    draft_change,
    keeps_mismatched_answer,
)


def answered(interview: Interview, count: int) -> Interview:
    for _ in range(count):
        interview = interview.answer().interview
    return interview


def test_a_new_interview_is_active_and_waits_for_its_first_question() -> None:
    interview = Interview.opened(5)
    assert interview.status is InterviewStatus.ACTIVE
    assert interview.waiting == 1
    assert interview.asked == 1
    assert interview.current == Attempt(1, 5, 0, False)
    assert interview.resumable
    assert not interview.can_retake


def test_an_interview_plans_at_least_one_question() -> None:
    with pytest.raises(ValueError, match="at least one question"):
        Interview.opened(0)
    with pytest.raises(ValueError, match="at least one attempt"):
        Interview((), 0)


def test_answering_moves_to_the_next_question_and_asks_for_it_to_be_planned() -> None:
    decided = Interview.opened(3).answer(1)
    assert decided.position == 1
    assert decided.next_position == 2
    assert decided.plan_next
    assert not decided.finishes
    assert decided.interview.waiting == 2
    assert decided.interview.asked == 2
    assert decided.interview.status is InterviewStatus.ACTIVE


def test_the_last_answer_finishes_the_interview() -> None:
    before_last = answered(Interview.opened(3), 2)
    decided = before_last.answer(3)
    assert decided.finishes
    assert decided.next_position is None
    assert not decided.plan_next
    assert decided.interview.status is InterviewStatus.FINISHED
    assert decided.interview.waiting is None
    assert decided.interview.current.completion.rate == 1.0
    assert not decided.interview.current.completion.early


def test_a_finished_interview_takes_no_answer_and_no_draft() -> None:
    done = answered(Interview.opened(2), 2)
    with pytest.raises(Closed):
        done.answer()
    with pytest.raises(Closed):
        done.draft_position()
    assert not done.resumable


def test_an_answer_for_another_question_names_the_one_waiting() -> None:
    interview = answered(Interview.opened(5), 2)
    with pytest.raises(WrongQuestion) as raised:
        interview.answer(2)
    assert raised.value.waiting == 3


def test_the_recheck_before_storing_refuses_when_someone_answered_meanwhile() -> None:
    read = Interview.opened(5)
    committed = read.answer().interview  # another window answered question 1
    with pytest.raises(MovedOn):
        committed.answer(1, attempt=1)
    retaken = answered(read, 2).retake().interview  # or retook it
    with pytest.raises(MovedOn):
        retaken.answer(3, attempt=1)
    finished = read.finish()  # or finished it
    with pytest.raises(MovedOn):
        finished.answer(1, attempt=1)
    assert read.answer(1, attempt=1).position == 1


def test_finishing_early_keeps_the_count_and_says_it_ended_early() -> None:
    finished = answered(Interview.opened(5), 2).finish()
    assert finished.status is InterviewStatus.FINISHED
    completion = finished.current.completion
    assert (completion.answered, completion.planned, completion.rate) == (2, 5, 0.4)
    assert completion.finished_early
    assert finished.finish() is finished  # twice changes nothing


def test_an_open_interview_with_fewer_answers_is_early_but_not_finished_early() -> None:
    completion = answered(Interview.opened(5), 2).current.completion
    assert completion.early
    assert not completion.finished_early


def test_a_retake_repeats_exactly_the_questions_answered() -> None:
    finished = answered(Interview.opened(5), 4).finish()
    retaken = finished.retake()
    assert retaken.opened
    assert retaken.attempt == Attempt(2, 4, 0, False)
    interview = retaken.interview
    assert interview.status is InterviewStatus.ACTIVE
    assert interview.attempt(1) == Attempt(1, 5, 4, True)
    assert interview.waiting == 1
    # Every question it asks was asked before: none is planned anew.
    decisions = []
    for _ in range(4):
        decision = interview.answer()
        decisions.append(decision)
        interview = decision.interview
    assert [d.plan_next for d in decisions] == [False] * 4
    assert interview.asked == finished.asked == 5  # question 5 was asked, never answered
    assert interview.status is InterviewStatus.FINISHED
    assert (interview.current.answered, interview.current.planned) == (4, 4)


def test_a_retake_of_an_open_interview_closes_the_attempt_it_leaves() -> None:
    retaken = answered(Interview.opened(5), 3).retake()
    assert retaken.interview.attempt(1).finished
    assert retaken.interview.attempt(1).completion.finished_early
    assert retaken.attempt.planned == 3


def test_a_retake_counts_answered_of_its_own_planned_questions() -> None:
    interview = answered(answered(Interview.opened(5), 4).finish().retake().interview, 3)
    interview = interview.finish()
    completion = interview.current.completion
    assert (completion.answered, completion.planned) == (3, 4)
    assert interview.attempt(1).completion.planned == 5


def test_nothing_to_retake_before_the_first_answer() -> None:
    with pytest.raises(NothingToRetake):
        Interview.opened(5).retake()
    with pytest.raises(NothingToRetake):
        Interview.opened(5).finish().retake()


def test_retaking_an_unanswered_retake_returns_it_rather_than_opening_another() -> None:
    first = answered(Interview.opened(5), 2).retake()
    again = first.interview.retake()
    assert not again.opened
    assert again.interview is first.interview
    assert again.attempt.number == 2
    assert first.interview.can_retake


def test_a_retake_of_a_retake_repeats_what_the_retake_answered() -> None:
    second = answered(answered(Interview.opened(5), 4).retake().interview, 2)
    third = second.retake()
    assert third.attempt == Attempt(3, 2, 0, False)
    assert [a.number for a in third.interview.attempts] == [1, 2, 3]


def test_a_draft_is_kept_for_the_question_waiting() -> None:
    assert answered(Interview.opened(5), 2).draft_position() == 3


@pytest.mark.parametrize(
    ("existing", "text", "change"),
    [
        (None, "A first line", DraftChange.ADD),
        ("A first line", "A first line, then more", DraftChange.REPLACE),
        ("A first line", "A first line", DraftChange.NOTHING),
        ("A first line", "   ", DraftChange.DROP),
        (None, "", DraftChange.NOTHING),
    ],
)
def test_saving_a_draft(existing: str | None, text: str, change: DraftChange) -> None:
    assert draft_change(existing, text) is change


def test_an_answer_sent_for_the_wrong_question_becomes_a_draft_only_where_none_is() -> None:
    assert keeps_mismatched_answer(None, "My answer")
    assert keeps_mismatched_answer("My answer", "My answer")
    assert not keeps_mismatched_answer("Typed in the other tab", "My answer")
    assert not keeps_mismatched_answer(None, "  ")


def test_an_attempt_it_does_not_have_is_named() -> None:
    with pytest.raises(KeyError, match="no attempt 2"):
        Interview.opened(5).attempt(2)


def _imports(path: Path) -> Iterator[str]:
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


def test_the_model_imports_nothing_from_storage_the_web_or_the_service() -> None:
    folder = Path(interviews.__file__).parent
    imported = {name for path in folder.glob("*.py") for name in _imports(path)}
    forbidden = ("sqlalchemy", "fastapi", "interview_coach.sessions", "interview_coach.store")
    assert imported, "the model's imports were not read"
    assert not [name for name in imported if name.startswith(forbidden)]
