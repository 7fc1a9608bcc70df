"""Durability: a practising process is killed (SIGKILL) after a random number of acknowledged
answers, over and over: what is tested is what survives, never how fast the worker is.

Afterwards every answer it acknowledged is stored, nothing is half-written (every answer has its
scorecard and feedback; every answered question but the last has its next question), and the
database passes its integrity check.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from interview_coach.store import open_database
from tests.sessions.conftest import CoachFactory
from tests.sessions.scripted import ANSWERS

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
RUNS = {"sqlite": 20, "postgresql": 6}


def _killed_run(env: dict[str, str], seed: int, answers: int, log: Path) -> list[str]:
    """Start a worker, SIGKILL it once it has acknowledged ``answers`` answers (mid-way through
    whatever it does next); the acknowledged answer ids."""
    with log.open("a") as errors:
        worker = subprocess.Popen(
            [sys.executable, "-m", "tests.sessions.worker", "forever", "--seed", str(seed)],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=errors, text=True,
        )  # fmt: skip
        assert worker.stdout is not None
        acknowledged: list[str] = []
        try:
            for line in worker.stdout:
                if line.startswith("ACK "):
                    acknowledged.append(line.split()[1])
                    if len(acknowledged) == answers:
                        break
        finally:
            worker.send_signal(signal.SIGKILL)
            worker.wait()
    assert len(acknowledged) == answers, f"the worker stopped early: {log.read_text()[-2000:]}"
    return acknowledged


def test_acknowledged_answers_survive_sigkill(
    database_url: str, tmp_path: Path, make_coach: CoachFactory
) -> None:
    backend = "sqlite" if database_url.startswith("sqlite") else "postgresql"
    make_coach().close()  # migrate once, so every run starts straight away
    env = {
        **os.environ,
        "INTERVIEW_COACH_DATABASE_URL": database_url,
        "INTERVIEW_COACH_DATA_DIR": str(tmp_path),
    }
    rng = random.Random(20240611)
    acknowledged: list[str] = []
    for run in range(RUNS[backend]):
        acknowledged += _killed_run(env, run, rng.randint(1, 8), tmp_path / "worker.log")

    db = open_database(database_url)
    with db.engine.connect() as connection:
        stored = set(connection.execute(text("SELECT id FROM answers")).scalars())
        assert set(acknowledged) <= stored
        half_written = connection.execute(
            text(
                "SELECT count(*) FROM answers a "
                "LEFT JOIN scorecards s ON s.answer_id = a.id "
                "LEFT JOIN feedback f ON f.answer_id = a.id "
                "WHERE s.id IS NULL OR f.id IS NULL"
            )
        ).scalar()
        assert half_written == 0
        # In a first attempt each answer is stored with the next question, and every question
        # is entered in the ledger with it.
        missing_next = connection.execute(
            text(
                "SELECT count(*) FROM attempts t "
                "JOIN interviews i ON i.id = t.interview_id "
                "WHERE t.number = 1 AND "
                "(SELECT count(*) FROM questions q WHERE q.interview_id = t.interview_id) <> "
                "min(i.planned_questions, "
                "    (SELECT count(*) FROM answers a WHERE a.attempt_id = t.id) + 1)"
                if backend == "sqlite"
                else "SELECT count(*) FROM attempts t "
                "JOIN interviews i ON i.id = t.interview_id "
                "WHERE t.number = 1 AND "
                "(SELECT count(*) FROM questions q WHERE q.interview_id = t.interview_id) <> "
                "least(i.planned_questions, "
                "      (SELECT count(*) FROM answers a WHERE a.attempt_id = t.id) + 1)"
            )
        ).scalar()
        assert missing_next == 0
        questions = connection.execute(text("SELECT count(*) FROM questions")).scalar()
        ledger = connection.execute(text("SELECT count(*) FROM question_ledger")).scalar()
        assert questions == ledger
        if backend == "sqlite":
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    db.dispose()

    coach = make_coach()  # and the coach carries on from whatever state the kills left
    me = coach.local_candidate_id()
    active = [s for s in coach.history(me) if s.status.value == "active"]
    if active:
        view = coach.interview(me, active[0].id)
        if view.current_question is not None:
            coach.submit_answer(me, active[0].id, ANSWERS[0])
