"""Resuming: an interview left by a process that exited picks up exactly where it stood."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from interview_coach.sessions import Coach, InterviewStatus
from tests.sessions.conftest import CoachFactory
from tests.sessions.scripted import ANSWERS, JOB, RESUME, answer

ROOT = Path(__file__).resolve().parents[2]


def run_worker(
    database_url: str, data_dir: Path, *arguments: str
) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "INTERVIEW_COACH_DATABASE_URL": database_url,
        "INTERVIEW_COACH_DATA_DIR": str(data_dir),
        "INTERVIEW_COACH_EMBEDDING": "0",
    }
    return subprocess.run(
        [sys.executable, "-m", "tests.sessions.worker", *arguments],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


@pytest.mark.slow
def test_resuming_after_the_process_exits(
    database_url: str, tmp_path: Path, make_coach: CoachFactory
) -> None:
    done = run_worker(
        database_url, tmp_path / "elsewhere", "start", "--answers", "3", "--draft", "I would"
    )
    assert done.returncode == 0, done.stderr
    started = json.loads(done.stdout)

    coach = make_coach()  # a new process's coach, on the same database
    me = coach.local_candidate_id()
    view = coach.interview(me, started["interview_id"])

    assert view.status is InterviewStatus.ACTIVE
    assert view.resumable
    assert view.progress.to_dict() == {"answered": 3, "total": 11}
    assert [a.answer for a in view.answered] == list(ANSWERS[:3])
    assert view.current_question is not None
    assert view.current_question.position == 4
    assert view.current_question.text == started["asked"][3]
    assert view.draft == "I would"
    assert [s.id for s in coach.history(me)] == [started["interview_id"]]

    outcomes = answer(coach, me, started["interview_id"])
    assert len(outcomes) == 8
    assert coach.report(me, started["interview_id"]).completion.rate == 1.0
    if database_url.startswith("sqlite"):
        assert not (tmp_path / "elsewhere" / "coach.db").exists()  # the URL won over the dir


def test_a_fresh_coach_resumes_an_interview_left_mid_answer(
    make_coach: CoachFactory,
) -> None:
    first = make_coach()
    me = first.local_candidate_id()
    turn = first.start_interview(me, RESUME, JOB, length="quick", seed=6)
    answer(first, me, turn.interview_id, 2)
    first.save_draft(me, turn.interview_id, "Half")
    first.close()

    second: Coach = make_coach()
    view = second.interview(me, turn.interview_id)
    assert (view.progress.answered, view.draft) == (2, "Half")
    outcome = second.submit_answer(me, turn.interview_id, ANSWERS[2])
    assert outcome.position == 3
