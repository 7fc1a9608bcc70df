"""Progress across interviews: trends, best and latest, and the readiness rule's three states."""

from __future__ import annotations

from datetime import timedelta

import pytest

from interview_coach.report import READINESS_RULE, InterviewRecord, ReadinessState, progress
from interview_coach.report.records import JobTarget
from interview_coach.report.trends import UnknownTarget
from interview_coach.vocabulary import Dimension, QuestionType
from tests.report.factories import START, answer, attempt, dated, interview


def state_after(*means: float) -> ReadinessState:
    return progress(dated(means)).readiness.state


def test_no_interviews_is_not_yet_with_empty_trends() -> None:
    result = progress([])
    assert result.interviews == 0
    assert result.readiness.state is ReadinessState.NOT_YET
    assert "No answered interviews yet" in result.readiness.reason
    assert result.overall.points == ()
    assert result.overall.best is None
    assert len(result.dimensions) == len(Dimension)
    assert result.competencies == ()


def test_the_rule_is_stated_in_words() -> None:
    assert progress([]).readiness.rule == READINESS_RULE
    assert "last three interviews" in READINESS_RULE


def test_three_interviews_at_seven_or_more_and_rising_is_ready() -> None:
    readiness = progress(dated([7.0, 7.6, 8.1])).readiness
    assert readiness.state is ReadinessState.READY
    assert "7.0, 7.6 and 8.1" in readiness.reason


def test_only_the_last_three_interviews_count() -> None:
    assert state_after(3.0, 4.0, 7.2, 7.4, 7.3) is ReadinessState.READY


@pytest.mark.parametrize("means", [[8.0], [7.5, 8.2]])
def test_fewer_than_three_strong_interviews_is_getting_close(means: list[float]) -> None:
    readiness = progress(dated(means)).readiness
    assert readiness.state is ReadinessState.GETTING_CLOSE
    more = 3 - len(means)
    assert f"{more} more at 7 or above" in readiness.reason


def test_a_latest_drop_of_half_a_point_is_falling_and_not_ready() -> None:
    readiness = progress(dated([8.0, 8.5, 8.0])).readiness
    assert readiness.state is ReadinessState.GETTING_CLOSE
    assert "fell from 8.5 to 8.0" in readiness.reason
    assert state_after(8.0, 8.5, 8.1) is ReadinessState.READY


def test_two_of_the_last_three_at_seven_is_getting_close() -> None:
    assert state_after(7.5, 5.0, 7.2) is ReadinessState.GETTING_CLOSE


def test_a_latest_interview_at_six_is_getting_close() -> None:
    assert state_after(4.0, 5.0, 6.0) is ReadinessState.GETTING_CLOSE


def test_a_latest_interview_below_six_is_not_yet_and_names_what_costs_most() -> None:
    readiness = progress(dated([4.0, 5.0, 5.9], result=2.0)).readiness
    assert readiness.state is ReadinessState.NOT_YET
    assert "averaged 5.9" in readiness.reason
    assert "Result" in readiness.reason


def test_each_dimension_has_a_point_per_interview_with_best_and_latest() -> None:
    records = [*dated([6.0], result=3.0), *dated([7.0], START + timedelta(weeks=1), result=8.0)]
    records += dated([6.5], START + timedelta(weeks=2), result=5.0)
    result = {t.key: t for t in progress(records).dimensions}["result"]
    assert [p.mean for p in result.points] == [3.0, 8.0, 5.0]
    assert result.best is not None
    assert result.best.mean == 8.0
    assert result.latest is not None
    assert result.latest.mean == 5.0
    assert result.change == -3.0


def test_ties_for_best_go_to_the_most_recent_interview() -> None:
    trend = progress(dated([7.0, 6.0, 7.0])).overall
    assert trend.best is not None
    assert trend.best.interview_id == "iv-3"


def test_competencies_appear_only_in_interviews_that_asked_them() -> None:
    first = interview(attempt([answer(1, 5.0, "conflict")]), interview_id="a")
    later = START + timedelta(days=3)
    second = interview(
        attempt([answer(1, 7.0, "leadership"), answer(2, 8.0, "conflict")], started_at=later),
        interview_id="b",
    )
    trends = {t.key: t for t in progress([second, first]).competencies}
    assert [p.interview_id for p in trends["conflict"].points] == ["a", "b"]
    assert [p.interview_id for p in trends["leadership"].points] == ["b"]
    assert trends["conflict"].name == "Handling conflict"


def test_each_interview_counts_with_its_latest_attempt_and_empty_ones_are_skipped() -> None:
    retaken = interview(
        attempt([answer(1, 4.0)], number=1),
        attempt([answer(1, 8.0)], number=2, started_at=START + timedelta(days=1)),
        interview_id="retaken",
    )
    empty = interview(attempt([], started_at=START + timedelta(days=2)), interview_id="empty")
    result = progress([retaken, empty])
    assert result.interviews == 1
    assert [p.mean for p in result.overall.points] == [8.0]


def test_interviews_are_ordered_by_date_not_by_input_order() -> None:
    records = dated([5.0, 6.0, 7.0])
    points = progress(list(reversed(records))).overall.points
    assert [p.interview_id for p in points] == ["iv-1", "iv-2", "iv-3"]


NURSE = JobTarget("nurse", "ICU Nurse")
ENGINEER = JobTarget("engineer", "Backend Engineer")


def _for(target: JobTarget, mean: float, week: int) -> InterviewRecord:
    answers = [answer(1, mean), answer(2, mean, "conflict")]
    started = START + timedelta(weeks=week)
    return interview(attempt(answers, started_at=started), interview_id=f"iv-{week}", target=target)


def test_progress_is_grouped_by_job_target_with_readiness_for_each() -> None:
    records = [
        _for(NURSE, 7.5, 0),
        _for(ENGINEER, 4.0, 1),
        _for(NURSE, 7.8, 2),
        _for(NURSE, 8.0, 3),
        _for(ENGINEER, 5.0, 4),
    ]
    everything = progress(records)
    targets = {t.key: t for t in everything.targets}
    assert [t.key for t in everything.targets] == ["engineer", "nurse"]  # most recent first
    assert (targets["nurse"].interviews, targets["engineer"].interviews) == (3, 2)
    assert targets["nurse"].readiness.state is ReadinessState.READY
    assert targets["engineer"].readiness.state is ReadinessState.NOT_YET
    assert everything.target is None
    assert everything.interviews == 5
    assert everything.readiness.reason.startswith("For Backend Engineer: ")

    nurse = progress(records, "nurse")
    assert nurse.target == "nurse"
    assert nurse.interviews == 3
    assert [p.mean for p in nurse.overall.points] == [7.5, 7.8, 8.0]
    assert [p.number for p in nurse.overall.points] == [1, 3, 4]  # numbered among all
    assert nurse.readiness == targets["nurse"].readiness


def test_one_target_is_its_own_readiness_and_an_unknown_one_is_refused() -> None:
    records = [_for(NURSE, 7.5, 0), _for(NURSE, 7.8, 1)]
    assert progress(records).readiness == progress(records, "nurse").readiness
    with pytest.raises(UnknownTarget, match="no progress yet"):
        progress(records, "engineer")


def test_dimension_trends_are_named_as_the_answers_types_read_them() -> None:
    technical = interview(attempt([answer(1, kind=QuestionType.TECHNICAL)]))
    names = {t.key: t.name for t in progress([technical]).dimensions}
    assert names["action"] == "Approach"
    assert names["ownership"] == "Ownership"
    behavioural = interview(
        attempt([answer(1)], started_at=START + timedelta(days=1)), interview_id="b"
    )
    names = {t.key: t.name for t in progress([technical, behavioural]).dimensions}
    assert names["action"] == "Action / Approach"
