"""The question ledger: new interviews never ask what this candidate was asked before."""

from __future__ import annotations

from interview_coach.planner.similarity import normalise
from interview_coach.sessions import Coach
from tests.sessions.scripted import JOB, RESUME, answer


def test_five_interviews_never_repeat_a_question(coach: Coach, candidate: str) -> None:
    asked: list[str] = []
    turn = coach.start_interview(candidate, RESUME, JOB, seed=1)
    for number in range(5):
        if number:
            turn = coach.start_new(candidate, turn.interview_id, seed=1)  # same seed on purpose
        outcomes = answer(coach, candidate, turn.interview_id, offset=number)
        asked += [turn.question.text] + [o.next_question.text for o in outcomes if o.next_question]

    assert len(asked) == 55
    assert len({normalise(text) for text in asked}) == 55
    ledger = coach.export_all(candidate)["question_ledger"]
    assert [entry["text"] for entry in ledger] == asked


def test_a_new_resume_and_job_still_avoid_the_ledger(coach: Coach, candidate: str) -> None:
    first = coach.start_interview(candidate, RESUME, JOB, length="quick", seed=2)
    outcomes = answer(coach, candidate, first.interview_id)
    earlier = {normalise(first.question.text)} | {
        normalise(o.next_question.text) for o in outcomes if o.next_question
    }
    again = coach.start_interview(candidate, RESUME, JOB, length="quick", seed=2)
    later = answer(coach, candidate, again.interview_id)
    now = {normalise(again.question.text)} | {
        normalise(o.next_question.text) for o in later if o.next_question
    }
    assert not earlier & now


def test_ledgers_are_per_candidate(coach: Coach) -> None:
    one, two = coach.add_candidate("one"), coach.add_candidate("two")
    a = coach.start_interview(one, RESUME, JOB, length="quick", seed=8)
    b = coach.start_interview(two, RESUME, JOB, length="quick", seed=8)
    assert a.question.text == b.question.text
