"""Progress per job target and "delete everything", through the service on a real store."""

from __future__ import annotations

from pathlib import Path

import pytest

from interview_coach.sessions import Coach, NotFound
from tests.rubric.answers import STRONG
from tests.sessions.scripted import JOB, RESUME

FIXTURES = Path(__file__).parents[1] / "fixtures"
NURSE_RESUME = (FIXTURES / "resumes" / "nurse.txt").read_text()
NURSE_JOB = (FIXTURES / "jobs" / "registered_nurse.txt").read_text()


def _practise(coach: Coach, candidate: str, resume: str, job: str, seed: int) -> str:
    turn = coach.start_interview(candidate, resume, job, length="quick", seed=seed)
    coach.submit_answer(candidate, turn.interview_id, STRONG)
    return turn.interview_id


def test_the_same_job_pasted_again_is_the_same_target_and_another_job_is_its_own(
    coach: Coach, candidate: str
) -> None:
    _practise(coach, candidate, RESUME, JOB, seed=1)
    _practise(coach, candidate, NURSE_RESUME, NURSE_JOB, seed=2)
    _practise(coach, candidate, RESUME, "  " + JOB.replace("\n", "\n\n"), seed=3)
    everything = coach.progress(candidate)
    assert everything.interviews == 3
    assert [t.interviews for t in everything.targets] == [2, 1]
    engineer, nurse = everything.targets
    assert engineer.title != nurse.title
    chosen = coach.progress(candidate, engineer.key)
    assert chosen.interviews == 2
    assert [p.number for p in chosen.overall.points] == [1, 3]
    assert coach.progress(candidate, nurse.key).interviews == 1
    with pytest.raises(NotFound):
        coach.progress(candidate, "no-such-target")


def test_delete_everything_counts_what_went_and_finds_nothing_left(
    coach: Coach, candidate: str
) -> None:
    interview = _practise(coach, candidate, RESUME, JOB, seed=4)
    coach.submit_answer(candidate, interview, STRONG)
    coach.save_draft(candidate, interview, "Half an answer")
    coach.start_new(candidate, interview, seed=5)

    deleted = coach.delete_all(candidate)

    assert deleted.to_dict() == {
        "interviews": 2,
        "answers": 2,
        "drafts": 1,
        "documents": 1,
        "remaining": 0,
    }
    with pytest.raises(NotFound):
        coach.history(candidate)
