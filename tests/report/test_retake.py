"""Retake comparison: per question and per dimension, with a stated threshold."""

from __future__ import annotations

from interview_coach.report import RETAKE_RULE, Change, build_report, compare_attempts
from interview_coach.vocabulary import Dimension, QuestionType
from tests.report.factories import answer, attempt, interview


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


def test_each_attempt_keeps_its_own_overall_beside_the_figures_on_shared_questions() -> None:
    """Attempt 1 answered four questions, the retake three: the change covers the three, and
    each attempt's own overall is the one its report shows."""
    before = attempt([answer(1, 3.0), answer(2, 5.0), answer(3, 4.3), answer(4, 3.3)], number=1)
    now = attempt([answer(1, 7.0), answer(2, 8.0), answer(3, 7.5)], number=2)
    comparison = compare_attempts(before, now)
    assert comparison.compared == 3
    assert (comparison.previous, comparison.current) == (4.1, 7.5)
    assert (comparison.previous_overall, comparison.current_overall) == (3.9, 7.5)
    assert (comparison.previous_answered, comparison.current_answered) == (4, 3)
    assert comparison.only_previous == (4,)
    assert build_report(interview(before, now), attempt=1).overall == comparison.previous_overall


def test_a_technical_question_is_compared_under_its_own_names() -> None:
    technical = QuestionType.TECHNICAL
    before = attempt([answer(1, kind=technical)], number=1)
    now = attempt([answer(1, kind=technical)], number=2)
    comparison = compare_attempts(before, now)
    names = {d.dimension: d.name for d in comparison.questions[0].dimensions}
    assert names[Dimension.ACTION] == "Approach"
    assert names[Dimension.RESULT] == "Validation and example"
    assert names[Dimension.DEPTH] == "Depth"
    assert {d.dimension: d.name for d in comparison.dimensions}[Dimension.ACTION] == "Approach"


def test_mixed_types_name_each_reading_of_a_dimension() -> None:
    before = attempt([answer(1), answer(2, kind=QuestionType.TECHNICAL)], number=1)
    comparison = compare_attempts(before, attempt(before.answers, number=2))
    action = {d.dimension: d.name for d in comparison.dimensions}[Dimension.ACTION]
    assert action == "Action / Approach"
