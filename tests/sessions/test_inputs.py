"""Bad input is refused with a message a candidate understands, before anything is stored."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from interview_coach.sessions import Coach, InvalidInput
from interview_coach.store.schema import TABLES
from tests.sessions.scripted import ANSWERS, JOB, RESUME

FIVE_MB = "word " * (1024 * 1024)


def _rows(coach: Coach) -> int:
    with coach.db.reading() as session:
        return sum(session.scalar(select(func.count()).select_from(table)) or 0 for table in TABLES)


@pytest.mark.parametrize(
    ("resume", "job", "field", "words"),
    [
        ("", JOB, "resume", "the resume is empty; paste the resume"),
        ("   \n\t ", JOB, "resume", "the resume is empty; paste the resume"),
        (RESUME, "", "job_description", "the job description is empty; paste the job description"),
        ("x" * 600_000, JOB, "resume", "the resume can't be used: .*more than 250,000 characters"),
        (RESUME, FIVE_MB, "job_description", "the job description can't be used: .*250,000 char"),
    ],
    ids=["empty resume", "blank resume", "empty job", "huge resume", "5 MB job"],
)
def test_unusable_documents(
    coach: Coach, candidate: str, resume: str, job: str, field: str, words: str
) -> None:
    """Each names the document it is about: the one missing, or the one too long."""
    before = _rows(coach)
    with pytest.raises(InvalidInput, match=f"^{words}") as refused:
        coach.start_interview(candidate, resume, job)
    assert refused.value.field == field
    assert _rows(coach) == before


@pytest.mark.parametrize(
    ("choice", "value"),
    [("mode", "sergeant"), ("focus", "everything"), ("length", "huge"), ("level", "ultra")],
)
def test_unknown_choices(coach: Coach, candidate: str, choice: str, value: str) -> None:
    before = _rows(coach)
    with pytest.raises(InvalidInput, match="choose one of") as refused:
        coach.start_interview(candidate, RESUME, JOB, **{choice: value})  # type: ignore[arg-type]
    assert value in refused.value.message
    assert refused.value.field == choice
    assert _rows(coach) == before


def test_choices_by_their_values(coach: Coach, candidate: str) -> None:
    turn = coach.start_interview(
        candidate, RESUME, JOB, "drill-sergeant", "hard-skills", "full", "expert", seed=1
    )
    view = coach.interview(candidate, turn.interview_id)
    assert (view.mode.value, view.focus.value, view.length.value, view.level.value) == (
        "drill-sergeant", "hard-skills", "full", "expert",
    )  # fmt: skip
    assert view.planned_questions == 20


def test_a_five_megabyte_answer(coach: Coach, candidate: str) -> None:
    turn = coach.start_interview(candidate, RESUME, JOB, length="quick", seed=1)
    before = _rows(coach)
    with pytest.raises(InvalidInput, match="limit is 20,000") as refused:
        coach.submit_answer(candidate, turn.interview_id, FIVE_MB)
    assert refused.value.field == "answer"
    with pytest.raises(InvalidInput, match="draft"):
        coach.save_draft(candidate, turn.interview_id, FIVE_MB)
    assert _rows(coach) == before


def test_text_no_database_can_store_is_made_storable(coach: Coach, candidate: str) -> None:
    turn = coach.start_interview(candidate, RESUME, JOB, length="quick", seed=1)
    awkward = ANSWERS[0] + " nul\x00here, lone \ud800 surrogate, emoji 🎯, accents éü"
    coach.save_draft(candidate, turn.interview_id, awkward)
    outcome = coach.submit_answer(candidate, turn.interview_id, awkward)
    stored = coach.interview(candidate, turn.interview_id).answered[0].answer
    assert "\x00" not in stored
    assert "nulhere" in stored
    assert "🎯" in stored
    assert "éü" in stored
    assert outcome.progress.answered == 1


def test_an_empty_answer_is_scored_honestly_not_refused(coach: Coach, candidate: str) -> None:
    turn = coach.start_interview(candidate, RESUME, JOB, length="quick", seed=1)
    outcome = coach.submit_answer(candidate, turn.interview_id, "   ")
    assert outcome.assessment.scorecard.overall <= 3
    assert outcome.to_dict()["warnings"]
