"""Retakes: the same questions, a new attempt, no credit, compared answer by answer."""

from __future__ import annotations

import pytest

from interview_coach.sessions import Coach, Conflict, InterviewStatus, NotFound
from interview_coach.vocabulary import Dimension
from tests.rubric.answers import STRONG, WITHOUT_RESULT
from tests.sessions.scripted import JOB, RESUME, answer


def test_a_retake_asks_the_same_questions_and_compares(coach: Coach, candidate: str) -> None:
    turn = coach.start_interview(candidate, RESUME, JOB, length="quick", seed=9)
    first = [coach.submit_answer(candidate, turn.interview_id, WITHOUT_RESULT) for _ in range(5)]
    asked = [turn.question] + [o.next_question for o in first if o.next_question]

    again = coach.retake(candidate, turn.interview_id)

    assert again.attempt == 2
    assert again.question == asked[0]
    assert again.progress.to_dict() == {"answered": 0, "total": 5}
    view = coach.interview(candidate, turn.interview_id)
    assert view.status is InterviewStatus.ACTIVE
    assert (view.attempt, view.attempts, view.answered) == (2, 2, ())
    second = [coach.submit_answer(candidate, turn.interview_id, STRONG) for _ in range(5)]
    assert [o.next_question for o in second] == [*asked[1:], None]
    assert all(o.attempt == 2 for o in second)

    report = coach.report(candidate, turn.interview_id)
    comparison = report.retake
    assert comparison is not None
    assert (comparison.previous_attempt, comparison.current_attempt) == (1, 2)
    assert [q.position for q in comparison.questions] == [1, 2, 3, 4, 5]
    for change, before, now in zip(comparison.questions, first, second, strict=True):
        assert change.previous == before.assessment.scorecard.overall
        assert change.current == now.assessment.scorecard.overall
        assert change.delta == pytest.approx(change.current - change.previous, abs=0.051)
        assert {d.dimension for d in change.dimensions} == set(Dimension)
    result = next(d for d in comparison.dimensions if d.dimension is Dimension.RESULT)
    assert result.delta > 0
    assert comparison.delta is not None
    assert comparison.delta > 0
    assert report.to_dict()["retake"]["questions"]
    earlier = coach.report(candidate, turn.interview_id, attempt=1)
    assert earlier.retake is None
    assert earlier.attempt == 1


def test_a_retake_after_finishing_early_covers_the_answered_questions(
    coach: Coach, candidate: str
) -> None:
    turn = coach.start_interview(candidate, RESUME, JOB, seed=4)
    answer(coach, candidate, turn.interview_id, 3)
    coach.finish(candidate, turn.interview_id)

    again = coach.retake(candidate, turn.interview_id)

    assert again.progress.total == 3
    outcomes = answer(coach, candidate, turn.interview_id)
    assert len(outcomes) == 3
    assert outcomes[-1].finished
    assert coach.interview(candidate, turn.interview_id).status is InterviewStatus.FINISHED
    report = coach.report(candidate, turn.interview_id)
    assert report.retake is not None
    assert len(report.retake.questions) == 3


def test_retaking_mid_retake_with_nothing_answered_keeps_that_retake(
    coach: Coach, candidate: str
) -> None:
    turn = coach.start_interview(candidate, RESUME, JOB, length="quick", seed=4)
    answer(coach, candidate, turn.interview_id, 2)
    once = coach.retake(candidate, turn.interview_id)
    twice = coach.retake(candidate, turn.interview_id)
    assert once == twice
    report = coach.report(candidate, turn.interview_id)
    assert report.attempt == 2
    assert report.questions == ()
    assert report.retake is not None
    assert report.retake.only_previous == (1, 2)
    with pytest.raises(NotFound):
        coach.report(candidate, turn.interview_id, attempt=3)


def test_nothing_to_retake_before_the_first_answer(coach: Coach, candidate: str) -> None:
    turn = coach.start_interview(candidate, RESUME, JOB, length="quick", seed=4)
    with pytest.raises(Conflict, match="nothing to retake"):
        coach.retake(candidate, turn.interview_id)


def test_a_retake_adds_nothing_to_the_ledger(coach: Coach, candidate: str) -> None:
    turn = coach.start_interview(candidate, RESUME, JOB, length="quick", seed=4)
    answer(coach, candidate, turn.interview_id)
    before = len(coach.export_all(candidate)["question_ledger"])
    coach.retake(candidate, turn.interview_id)
    answer(coach, candidate, turn.interview_id, offset=2)
    assert len(coach.export_all(candidate)["question_ledger"]) == before == 5


def test_a_retake_of_a_short_attempt_counts_the_same_in_report_history_and_comparison(
    coach: Coach, candidate: str
) -> None:
    turn = coach.start_interview(candidate, RESUME, JOB, length="quick", seed=11)
    for _ in range(4):
        coach.submit_answer(candidate, turn.interview_id, WITHOUT_RESULT)
    coach.finish(candidate, turn.interview_id)
    retaken = coach.retake(candidate, turn.interview_id)
    assert retaken.progress.to_dict() == {"answered": 0, "total": 4}
    for _ in range(3):
        coach.submit_answer(candidate, turn.interview_id, STRONG)
    report = coach.finish(candidate, turn.interview_id)

    assert (report.completion.answered, report.completion.planned) == (3, 4)
    (summary,) = coach.history(candidate)
    assert summary.progress.to_dict() == {"answered": 3, "total": 4}
    view = coach.interview(candidate, turn.interview_id)
    assert view.progress.to_dict() == {"answered": 3, "total": 4}
    first = coach.report(candidate, turn.interview_id, attempt=1)
    assert (first.completion.answered, first.completion.planned) == (4, 5)
    comparison = report.retake
    assert comparison is not None
    assert comparison.previous_overall == first.overall
    assert comparison.current_overall == report.overall
    assert comparison.compared == 3
