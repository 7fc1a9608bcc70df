"""A whole interview: eleven answers, each stored with its scorecard, feedback and next question."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from interview_coach.sessions import Coach, Conflict, InterviewStatus
from interview_coach.store.schema import (
    AnswerRow,
    FeedbackRow,
    LedgerEntryRow,
    QuestionRow,
    ScorecardRow,
)
from interview_coach.vocabulary import CoachMode, FeedbackLevel, SessionLength, TopicFocus
from tests.sessions.scripted import ANSWERS, JOB, RESUME, answer

ASSESSMENT_KEYS = {"overall", "band", "dimensions", "evidence", "feedback", "warnings"}


def _count(coach: Coach, table: type) -> int:
    with coach.db.reading() as session:
        return session.scalar(select(func.count()).select_from(table)) or 0


def test_a_full_standard_interview(coach: Coach, candidate: str) -> None:
    turn = coach.start_interview(
        candidate, RESUME, JOB, CoachMode.GUIDE, TopicFocus.MIXED, SessionLength.STANDARD,
        FeedbackLevel.DETAILED, seed=7,
    )  # fmt: skip
    assert turn.attempt == 1
    assert turn.question.position == 1
    assert turn.progress.to_dict() == {"answered": 0, "total": 11}
    assert turn.credits_left is None

    outcomes = answer(coach, candidate, turn.interview_id)

    assert len(outcomes) == 11
    assert [o.progress.answered for o in outcomes] == list(range(1, 12))
    assert all(o.progress.total == 11 for o in outcomes)
    assert [o.finished for o in outcomes] == [False] * 10 + [True]
    positions = [turn.question.position] + [
        o.next_question.position for o in outcomes if o.next_question
    ]
    assert positions == list(range(1, 12))
    texts = [turn.question.text] + [o.next_question.text for o in outcomes if o.next_question]
    assert len(set(texts)) == 11
    for outcome in outcomes:
        shown = json.loads(json.dumps(outcome.to_dict()))
        assert ASSESSMENT_KEYS | {"next_question", "progress"} <= shown.keys()
        assert shown["feedback"]["level"] == "detailed"
        assert shown["feedback"]["mode"] == "guide"
        assert set(shown["dimensions"]) == {
            "situation", "task", "action", "result",
            "specificity", "ownership", "relevance", "depth",
        }  # fmt: skip

    view = coach.interview(candidate, turn.interview_id)
    assert view.status is InterviewStatus.FINISHED
    assert view.current_question is None
    assert not view.resumable
    assert [a.answer for a in view.answered] == [ANSWERS[i % 4] for i in range(11)]
    assert [a.scorecard.overall for a in view.answered] == [
        o.assessment.scorecard.overall for o in outcomes
    ]
    for table in (AnswerRow, ScorecardRow, FeedbackRow, QuestionRow, LedgerEntryRow):
        assert _count(coach, table) == 11, table

    report = coach.report(candidate, turn.interview_id)
    assert report.completion.answered == 11
    assert report.completion.rate == 1.0
    assert len(report.questions) == 11
    assert report.retake is None
    json.dumps(report.to_dict())


def test_the_same_choices_and_seed_ask_the_same_questions(make_coach) -> None:  # type: ignore[no-untyped-def]
    first, second = make_coach(), make_coach()
    one, two = first.add_candidate("one"), second.add_candidate("two")
    a = first.start_interview(one, RESUME, JOB, seed=11)
    b = second.start_interview(two, RESUME, JOB, seed=11)
    assert a.question == b.question
    answered_a = answer(first, one, a.interview_id, 3)
    answered_b = answer(second, two, b.interview_id, 3)
    assert [o.next_question for o in answered_a] == [o.next_question for o in answered_b]


def test_finishing_early_reports_what_was_answered(coach: Coach, candidate: str) -> None:
    turn = coach.start_interview(candidate, RESUME, JOB, seed=3)
    answer(coach, candidate, turn.interview_id, 4)

    report = coach.finish(candidate, turn.interview_id)

    assert report.completion.answered == 4
    assert report.completion.planned == 11
    assert report.completion.rate == pytest.approx(0.36)
    assert report.completion.finished_early
    assert len(report.questions) == 4
    view = coach.interview(candidate, turn.interview_id)
    assert view.status is InterviewStatus.FINISHED
    assert view.progress.answered == 4
    assert coach.finish(candidate, turn.interview_id).completion.answered == 4
    with pytest.raises(Conflict):
        coach.submit_answer(candidate, turn.interview_id, ANSWERS[0])
    with pytest.raises(Conflict):
        coach.save_draft(candidate, turn.interview_id, "more")


def test_finishing_before_any_answer(coach: Coach, candidate: str) -> None:
    turn = coach.start_interview(candidate, RESUME, JOB, length="quick", seed=3)
    report = coach.finish(candidate, turn.interview_id)
    assert report.completion.answered == 0
    assert report.completion.rate == 0.0
    assert report.questions == ()


def test_drafts_are_kept_until_the_answer_is_sent(coach: Coach, candidate: str) -> None:
    turn = coach.start_interview(candidate, RESUME, JOB, length="quick", seed=5)
    assert coach.interview(candidate, turn.interview_id).draft is None

    coach.save_draft(candidate, turn.interview_id, "Last spring I was")
    coach.save_draft(candidate, turn.interview_id, "Last spring I was the operations lead")
    assert coach.interview(candidate, turn.interview_id).draft == (
        "Last spring I was the operations lead"
    )

    coach.submit_answer(candidate, turn.interview_id, ANSWERS[0])
    assert coach.interview(candidate, turn.interview_id).draft is None
    coach.save_draft(candidate, turn.interview_id, "Second")
    coach.save_draft(candidate, turn.interview_id, "   ")
    assert coach.interview(candidate, turn.interview_id).draft is None


def test_history_lists_interviews_newest_first(coach: Coach, candidate: str) -> None:
    first = coach.start_interview(candidate, RESUME, JOB, length="quick", seed=1)
    answer(coach, candidate, first.interview_id)
    second = coach.start_new(candidate, first.interview_id, seed=2)
    answer(coach, candidate, second.interview_id, 2)

    listed = coach.history(candidate)

    assert [s.id for s in listed] == [second.interview_id, first.interview_id]
    assert [s.status for s in listed] == [InterviewStatus.ACTIVE, InterviewStatus.FINISHED]
    assert [s.progress.answered for s in listed] == [2, 5]
    assert all(s.job_title == "Senior Payments Backend Engineer" for s in listed)
    assert all(s.overall is not None for s in listed)
    json.dumps([s.to_dict() for s in listed])
    measured = coach.progress(candidate)
    assert measured.interviews == 2
    json.dumps(measured.to_dict())
