"""The report on one attempt: scores, completion, patterns, competencies, BARS, next steps."""

from __future__ import annotations

import pytest

from interview_coach.report import PatternKind, build_report
from interview_coach.rubric import Evidence, Span
from interview_coach.vocabulary import (
    Band,
    CoachMode,
    Dimension,
    FeedbackLevel,
    QuestionType,
    SessionLength,
)
from tests.report.factories import answer, attempt, interview, one_attempt, quoted


def kinds(report_patterns: object) -> list[PatternKind]:
    return [p.kind for p in report_patterns]  # type: ignore[attr-defined]


def test_each_question_has_its_score_and_band() -> None:
    report = build_report(one_attempt([answer(1, 2.5), answer(2, 5.0), answer(3, 8.4)]))
    assert [(q.position, q.rating, q.band) for q in report.questions] == [
        (1, 2.5, Band.NEEDS_WORK),
        (2, 5.0, Band.GOOD),
        (3, 8.4, Band.STRONG),
    ]


def test_overall_is_the_mean_of_the_answered_questions_to_one_decimal() -> None:
    report = build_report(one_attempt([answer(1, 6.0), answer(2, 7.0), answer(3, 7.3)]))
    assert report.overall == 6.8
    assert report.band is Band.STRONG


def test_finishing_early_states_the_completion_rate() -> None:
    answers = [answer(1), answer(2), answer(3)]
    report = build_report(one_attempt(answers, length=SessionLength.STANDARD))
    completion = report.completion
    assert (completion.answered, completion.planned, completion.rate) == (3, 11, 0.27)
    assert completion.finished_early
    assert "3 of 11 planned questions answered (27%)" in completion.statement
    assert "finished early" in completion.statement


def test_an_open_interview_says_it_can_be_resumed() -> None:
    record = interview(attempt([answer(1)], finished=False))
    assert "can be resumed" in build_report(record).completion.statement


def test_a_complete_interview_is_fully_answered() -> None:
    report = build_report(one_attempt([answer(p) for p in range(1, 6)]))
    assert report.completion.rate == 1.0
    assert not report.completion.finished_early


def test_an_issue_in_one_answer_is_not_a_pattern() -> None:
    report = build_report(one_attempt([answer(1, result=0.0), answer(2), answer(3)]))
    assert PatternKind.MISSING_RESULT not in kinds(report.patterns)


def test_an_issue_in_two_answers_is_a_pattern_listing_both() -> None:
    answers = [answer(1, result=0.0), answer(2), answer(3, result=2.0)]
    (pattern,) = build_report(one_attempt(answers)).patterns
    assert pattern.kind is PatternKind.MISSING_RESULT
    assert pattern.positions == (1, 3)
    assert pattern.dimension is Dimension.RESULT
    assert "Result below 4" in pattern.rule


def test_the_most_widespread_pattern_comes_first() -> None:
    answers = [
        answer(1, ownership=2.0, depth=1.0),
        answer(2, ownership=3.0),
        answer(3, ownership=4.0, depth=2.0),
    ]
    report = build_report(one_attempt(answers))
    assert kinds(report.patterns) == [PatternKind.HIDDEN_ROLE, PatternKind.SHALLOW]
    assert report.patterns[0].positions == (1, 2, 3)


def test_low_ownership_without_we_is_not_called_we() -> None:
    quiet = {Dimension.OWNERSHIP: [Evidence("Few steps are yours in the first person.", False)]}
    answers = [answer(n, ownership=3.0, evidence=quiet) for n in (1, 2, 3)]
    assert PatternKind.HIDDEN_ROLE not in kinds(build_report(one_attempt(answers)).patterns)


def test_a_measured_result_is_never_called_unmeasured() -> None:
    measured = {Dimension.RESULT: [Evidence("A measured outcome", True, Span(0, 5, "2s to"))]}
    plain = [answer(n, result=5.5) for n in (1, 2)]
    with_number = [answer(n, result=5.5, evidence=measured) for n in (1, 2)]
    assert PatternKind.UNMEASURED_RESULT in kinds(build_report(one_attempt(plain)).patterns)
    found = kinds(build_report(one_attempt(with_number)).patterns)
    assert PatternKind.UNMEASURED_RESULT not in found


def test_we_is_not_held_against_technical_answers() -> None:
    technical = QuestionType.TECHNICAL
    answers = [answer(1, kind=technical, ownership=2.0), answer(2, kind=technical, ownership=2.0)]
    assert PatternKind.HIDDEN_ROLE not in kinds(build_report(one_attempt(answers)).patterns)


def test_rubric_warnings_recur_as_patterns() -> None:
    answers = [
        answer(1, warnings=["too_short", "fillers"]),
        answer(2, warnings=["too_short"]),
        answer(3, warnings=["fillers", "too_long"]),
    ]
    found = kinds(build_report(one_attempt(answers)).patterns)
    assert found == [PatternKind.TOO_SHORT, PatternKind.FILLERS]


def test_an_answer_that_could_not_be_judged_counts_only_as_unusable() -> None:
    empty = {d.value: 0.0 for d in Dimension}
    answers = [answer(1, 1.0, warnings=["empty"], **empty), answer(2, 1.0, warnings=["gibberish"])]
    assert kinds(build_report(one_attempt(answers)).patterns) == [PatternKind.UNUSABLE]


def test_off_topic_from_the_warning_or_a_low_relevance() -> None:
    answers = [answer(1, warnings=["off_topic"]), answer(2, relevance=2.0)]
    (pattern,) = build_report(one_attempt(answers)).patterns
    assert (pattern.kind, pattern.positions) == (PatternKind.OFF_TOPIC, (1, 2))


def test_strongest_and_weakest_competency_by_mean_overall() -> None:
    answers = [
        answer(1, 8.0, "leadership"),
        answer(2, 4.0, "conflict"),
        answer(3, 9.0, "leadership"),
        answer(4, 6.0, "system-design", QuestionType.TECHNICAL),
        answer(5, 5.0, "conflict"),
    ]
    breakdown = build_report(one_attempt(answers)).competencies
    assert [c.competency_id for c in breakdown.competencies] == [
        "leadership",
        "system-design",
        "conflict",
    ]
    assert breakdown.strongest is not None
    assert breakdown.weakest is not None
    assert (breakdown.strongest.name, breakdown.strongest.mean) == ("Leadership", 8.5)
    assert (breakdown.weakest.name, breakdown.weakest.mean) == ("Handling conflict", 4.5)
    assert breakdown.weakest.positions == (2, 5)


def test_one_competency_names_no_strongest_or_weakest() -> None:
    breakdown = build_report(one_attempt([answer(1, 8.0), answer(2, 4.0)])).competencies
    assert len(breakdown.competencies) == 1
    assert breakdown.strongest is None
    assert breakdown.weakest is None


def test_weakest_dimension_is_the_one_that_costs_most_rating_points() -> None:
    # Situation is lower, but Result weighs twice as much in a behavioral answer.
    answers = [answer(1, situation=3.0, result=4.0), answer(2, situation=3.0, result=4.0)]
    ranking = build_report(one_attempt(answers)).competencies.dimensions
    assert ranking is not None
    assert ranking.weakest is Dimension.RESULT
    assert ranking.strongest is not Dimension.SITUATION


def test_each_competency_names_its_strongest_and_weakest_dimension() -> None:
    answers = [answer(1, 8.0, action=9.5, ownership=2.0), answer(2, 5.0, "conflict", depth=1.0)]
    by_id = {
        c.competency_id: c for c in build_report(one_attempt(answers)).competencies.competencies
    }
    assert by_id["leadership"].strongest_dimension is Dimension.ACTION
    assert by_id["leadership"].weakest_dimension is Dimension.OWNERSHIP
    assert by_id["conflict"].weakest_dimension is Dimension.DEPTH


@pytest.mark.parametrize(
    ("level", "has_bars"),
    [
        (FeedbackLevel.BASIC, False),
        (FeedbackLevel.STANDARD, False),
        (FeedbackLevel.DETAILED, True),
        (FeedbackLevel.EXPERT, True),
    ],
)
def test_bars_analysis_only_at_detailed_and_expert(level: FeedbackLevel, has_bars: bool) -> None:
    report = build_report(one_attempt([answer(1), answer(2, competency="conflict")], level=level))
    assert (report.bars is not None) is has_bars
    if has_bars:
        assert [b.competency_id for b in report.bars or ()] == ["leadership", "conflict"]


@pytest.mark.parametrize(
    ("rating", "point", "next_point"),
    [(1.0, 2, 5), (4.4, 2, 5), (4.5, 5, 8), (7.4, 5, 8), (7.5, 8, 10), (9.5, 10, None)],
)
def test_each_answer_sits_at_the_highest_anchor_it_reaches(
    rating: float, point: int, next_point: int | None
) -> None:
    report = build_report(one_attempt([answer(1, rating)], level=FeedbackLevel.EXPERT))
    (analysis,) = report.bars or ()
    (reach,) = analysis.answers
    assert reach.anchor.point == point
    assert reach.anchor.text == analysis.anchors[[10, 8, 5, 2].index(point)].text
    assert (reach.next_anchor.point if reach.next_anchor else None) == next_point


def test_bars_skips_competencies_the_catalog_does_not_know() -> None:
    answers = [answer(1, competency="retired-competency"), answer(2)]
    report = build_report(one_attempt(answers, level=FeedbackLevel.DETAILED))
    assert [b.competency_id for b in report.bars or ()] == ["leadership"]
    assert report.questions[0].competency == "Retired competency"


def test_next_steps_start_from_the_recurring_patterns() -> None:
    answers = [answer(1, result=0.0, ownership=2.0), answer(2, result=1.0), answer(3, result=0.5)]
    steps = build_report(one_attempt(answers)).next_steps
    assert steps[0].title == "End every story with its outcome"
    assert steps[0].positions == (1, 2, 3)
    assert len(steps) <= 3


def test_next_steps_fill_in_from_the_weakest_dimension() -> None:
    answers = [answer(p, depth=5.0) for p in range(1, 6)]
    steps = build_report(one_attempt(answers)).next_steps
    assert [s.title for s in steps] == ["Explain the why"]


def test_a_strong_complete_interview_is_told_to_raise_the_bar() -> None:
    answers = [answer(p, 8.5) for p in range(1, 6)]
    (step,) = build_report(one_attempt(answers)).next_steps
    assert step.title == "Raise the bar"
    assert "Challenger" in step.detail


def test_an_unfinished_interview_is_told_to_finish_one() -> None:
    report = build_report(one_attempt([answer(1, 8.5)], length=SessionLength.STANDARD))
    assert [s.title for s in report.next_steps] == ["Finish a whole session"]


def test_a_report_with_no_answers_still_renders_its_parts() -> None:
    report = build_report(interview(attempt([], finished=True)))
    assert report.overall is None
    assert report.band is None
    assert report.questions == ()
    assert report.patterns == ()
    assert report.completion.rate == 0.0
    assert [s.title for s in report.next_steps] == ["Answer your first question"]


def test_the_gap_and_strength_quote_the_answer() -> None:
    evidence = {
        Dimension.RESULT: [quoted("Measured outcome", "rose from 71% to 94%")],
        Dimension.OWNERSHIP: [quoted('"We" hides your part here', "we rebuilt it", False)],
    }
    report = build_report(one_attempt([answer(1, evidence=evidence, ownership=3.0)]))
    question = report.questions[0]
    assert question.strength is not None
    assert question.strength.quote == "rose from 71% to 94%"
    assert question.gap is not None
    assert question.gap.dimension is Dimension.OWNERSHIP


def test_the_report_covers_the_current_attempt_and_compares_it_with_the_one_before() -> None:
    first = attempt([answer(1, 5.0), answer(2, 6.0)], number=1)
    second = attempt([answer(1, 7.0), answer(2, 6.2)], number=2)
    report = build_report(interview(first, second, mode=CoachMode.FRIEND))
    assert (report.attempt, report.attempts) == (2, 2)
    assert report.retake is not None
    assert report.retake.improved == (1,)


def test_an_earlier_attempt_can_be_reported_without_a_comparison() -> None:
    first = attempt([answer(1, 5.0)], number=1)
    second = attempt([answer(1, 7.0)], number=2)
    report = build_report(interview(first, second), attempt=1)
    assert report.overall == 5.0
    assert report.retake is None


def test_asking_for_a_missing_attempt_is_an_error() -> None:
    with pytest.raises(ValueError, match="no attempt 3"):
        build_report(one_attempt([answer(1)]), attempt=3)


def test_an_off_topic_answer_counts_for_drift_and_delivery_not_for_missing_parts() -> None:
    answers = [
        answer(1, 3.0, warnings=["off_topic", "too_short"], result=0.0),
        answer(2, 3.0, warnings=["too_short"], relevance=1.0, result=0.0),
        answer(3, result=0.0),
    ]
    found = kinds(build_report(one_attempt(answers)).patterns)
    assert found == [PatternKind.OFF_TOPIC, PatternKind.TOO_SHORT]


def test_bars_does_not_place_an_answer_that_could_not_be_judged() -> None:
    answers = [answer(1, 1.0, warnings=["empty"]), answer(2, 8.0)]
    (analysis,) = build_report(one_attempt(answers, level=FeedbackLevel.DETAILED)).bars or ()
    assert [reach.position for reach in analysis.answers] == [2]
    assert analysis.unplaced == (1,)
    assert analysis.mean == 8.0


def test_a_retake_counts_against_the_questions_it_repeats() -> None:
    """A retake of four answered questions plans four, not the session's five."""
    first = attempt([answer(p) for p in (1, 2, 3, 4)], number=1)
    retake = attempt([answer(p) for p in (1, 2, 3)], number=2, planned=4)
    record = interview(first, retake)
    completion = build_report(record).completion
    assert (completion.answered, completion.planned, completion.rate) == (3, 4, 0.75)
    assert "3 of 4 planned questions answered (75%)" in completion.statement
    assert "4 of 5 planned" in build_report(record, attempt=1).completion.statement
