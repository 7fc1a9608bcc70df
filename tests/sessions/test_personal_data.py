"""The candidate owns their data: export all of it; delete all of it, leaving nothing behind."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from interview_coach.sessions import Coach, NotFound
from interview_coach.store.schema import TABLES
from tests.sessions.scripted import ANSWERS, JOB, RESUME, answer

MARKER = "Zanzibarquux"  # a word that appears nowhere else


def _rows(coach: Coach) -> dict[str, int]:
    with coach.db.reading() as session:
        return {
            table.__tablename__: session.scalar(select(func.count()).select_from(table)) or 0
            for table in TABLES
        }


def _practise(coach: Coach, candidate: str) -> str:
    """A bit of everything: interviews, answers, a retake, a new set, a draft."""
    turn = coach.start_interview(candidate, RESUME + f"\n- Led {MARKER} rollout", JOB, seed=1)
    answer(coach, candidate, turn.interview_id, 3)
    coach.submit_answer(candidate, turn.interview_id, f"{ANSWERS[0]} At {MARKER} I owned it.")
    coach.retake(candidate, turn.interview_id)
    answer(coach, candidate, turn.interview_id, 2)
    fresh = coach.start_new(candidate, turn.interview_id, seed=2)
    coach.save_draft(candidate, fresh.interview_id, f"My {MARKER} draft")
    return turn.interview_id


def test_export_has_everything_and_is_json(coach: Coach, candidate: str) -> None:
    interview_id = _practise(coach, candidate)

    exported = json.loads(json.dumps(coach.export_all(candidate)))

    assert exported["candidate"]["id"] == candidate
    assert len(exported["job_targets"]) == 1
    assert MARKER in exported["job_targets"][0]["resume_text"]
    assert exported["job_targets"][0]["candidate_profile"]["roles"]
    assert exported["interviews"][0]["id"] == interview_id
    first = exported["interviews"][0]
    assert [len(a["answers"]) for a in first["attempts"]] == [4, 2]
    stored = first["attempts"][0]["answers"][3]
    assert MARKER in stored["text"]
    assert set(stored["scorecard"]["dimensions"])
    assert stored["feedback"]["headline"]
    assert len(first["questions"]) == 5
    assert first["questions"][0]["text"]
    assert not {"ask_vector", "ask_model"} & set(first["questions"][0])  # the app's cache
    second = exported["interviews"][1]
    assert MARKER in second["attempts"][0]["drafts"][0]["text"]
    assert len(exported["question_ledger"]) == 6
    assert exported["format"] == 1


def test_delete_leaves_nothing_behind(coach: Coach, database_url: str) -> None:
    mine, theirs = coach.add_candidate("me"), coach.add_candidate("someone else")
    _practise(coach, mine)
    other_interview = coach.start_interview(theirs, RESUME, JOB, length="quick", seed=5)
    answer(coach, theirs, other_interview.interview_id, 2)
    theirs_before = coach.export_all(theirs)
    rows_before = _rows(coach)

    coach.delete_all(mine)

    with pytest.raises(NotFound):
        coach.export_all(mine)
    with pytest.raises(NotFound):
        coach.history(mine)
    rows = _rows(coach)
    only_theirs = {
        "candidates": 1, "credit_ledger": 1, "job_targets": 1, "interviews": 1, "attempts": 1,
        "questions": 3, "answers": 2, "scorecards": 2, "feedback": 2, "drafts": 0,
        "question_ledger": 3, "engine_calls": 0,
    }  # fmt: skip
    assert rows == only_theirs
    assert rows_before != rows
    theirs_after = coach.export_all(theirs)
    assert theirs_after["interviews"] == theirs_before["interviews"]
    if database_url.startswith("sqlite"):  # checked while the coach still has the files open
        _assert_no_trace(Path(database_url.removeprefix("sqlite:///")))


def test_deleting_the_local_candidate_starts_afresh(coach: Coach) -> None:
    me = coach.local_candidate_id()
    _practise(coach, me)
    coach.delete_all(me)
    assert set(_rows(coach).values()) == {0}
    again = coach.local_candidate_id()
    assert again != me
    assert coach.history(again) == ()


def _assert_no_trace(database: Path) -> None:
    """Not even in free pages or the write-ahead log: the files hold no trace of the text."""
    for path in database.parent.glob(database.name + "*"):
        assert MARKER.encode() not in path.read_bytes(), path.name


def test_a_new_candidate_exports_almost_nothing(coach: Coach) -> None:
    me = coach.add_candidate("new")
    exported = json.loads(json.dumps(coach.export_all(me)))
    assert exported["candidate"]["name"] == "new"
    assert exported["interviews"] == exported["job_targets"] == exported["question_ledger"] == []
