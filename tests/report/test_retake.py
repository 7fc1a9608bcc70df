"""Retake comparison: per question and per dimension, with a stated threshold."""

from __future__ import annotations

from interview_coach.report import RETAKE_RULE, Change, compare_attempts
from interview_coach.vocabulary import Dimension
from tests.report.factories import answer, attempt


def test_each_question_shows_before_now_delta_and_direction() -> None:
    before = attempt([answer(1, 5.0), answer(2, 7.0), answer(3, 6.0)], number=1)
    now = attempt([answer(1, 6.5), answer(2, 6.0), answer(3, 6.2)], number=2)
    comparison = compare_attempts(before, now)
    rows = [(q.position, q.previous, q.current, q.delta, q.change) for q in comparison.questions]
    assert rows == [
        (1, 5.0, 6.5, 1.5, Change.IMPROVED),
        (2, 7.0, 6.0, -1.0, Change.REGRESSED),
        (3, 6.0, 6.2, 0.2, Change.UNCHANGED),
    ]
    assert comparison.improved == (1,)
    assert comparison.regressed == (2,)


def test_half_a_point_is_a_change_and_less_is_not() -> None:
    # 7.3 - 6.8 is 0.4999... in floating point; scores are compared to one decimal.
    before = attempt([answer(1, 6.8), answer(2, 6.0)], number=1)
    now = attempt([answer(1, 7.3), answer(2, 5.6)], number=2)
    changes = [q.change for q in compare_attempts(before, now).questions]
    assert changes == [Change.IMPROVED, Change.UNCHANGED]
    assert "0.5 points or more" in RETAKE_RULE


def test_every_dimension_is_compared_per_question_and_overall() -> None:
    before = attempt([answer(1, result=2.0, ownership=8.0), answer(2, result=4.0)], number=1)
    now = attempt([answer(1, result=8.0, ownership=6.0), answer(2, result=6.0)], number=2)
    comparison = compare_attempts(before, now)
    first = {d.dimension: d for d in comparison.questions[0].dimensions}
    assert set(first) == set(Dimension)
    assert (first[Dimension.RESULT].delta, first[Dimension.RESULT].change) == (6.0, Change.IMPROVED)
    assert first[Dimension.OWNERSHIP].change is Change.REGRESSED
    assert first[Dimension.DEPTH].change is Change.UNCHANGED
    overall = {d.dimension: d for d in comparison.dimensions}
    assert (overall[Dimension.RESULT].previous, overall[Dimension.RESULT].current) == (3.0, 7.0)
    assert overall[Dimension.RESULT].delta == 4.0


def test_overall_figures_cover_only_questions_answered_both_times() -> None:
    before = attempt([answer(1, 5.0), answer(2, 5.0), answer(3, 9.0)], number=1)
    now = attempt([answer(1, 6.0), answer(2, 7.0), answer(4, 2.0)], number=2)
    comparison = compare_attempts(before, now)
    assert (comparison.previous, comparison.current, comparison.delta) == (5.0, 6.5, 1.5)
    assert comparison.change is Change.IMPROVED
    assert comparison.only_previous == (3,)
    assert comparison.only_current == (4,)


def test_attempts_with_nothing_in_common_compare_to_nothing() -> None:
    comparison = compare_attempts(attempt([answer(1)], number=1), attempt([], number=2))
    assert comparison.questions == ()
    assert comparison.delta is None
    assert comparison.change is None
    assert comparison.only_previous == (1,)
    assert (comparison.previous_attempt, comparison.current_attempt) == (1, 2)
