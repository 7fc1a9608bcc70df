"""The coach as shipped: built from settings alone, with the embedding model loaded."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import update

from interview_coach.assessment import Assessor
from interview_coach.bootstrap import build_coach
from interview_coach.embedding import MiniLM, default_embedder
from interview_coach.sessions import Coach
from interview_coach.settings import Settings
from interview_coach.store.schema import QuestionRow
from tests.sessions.scripted import JOB, RESUME, answer
from tests.store.backends import database_url

__all__ = ["database_url"]

STAR_ANSWER = (
    "Last year our payment retries were failing silently for about 2% of card transactions. "
    "I was asked to find the cause and fix it before the holiday peak. I traced the failures "
    "to a timeout in the fraud check, added an idempotency key so retries were safe, and "
    "wrote alerts for the retry queue. Failed payments fell from 2% to 0.1% within a week."
)

pytestmark = pytest.mark.slow


def test_a_quick_interview_with_the_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if default_embedder() is None:
        pytest.skip("the embedding model is not installed")
    monkeypatch.setenv("INTERVIEW_COACH_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("INTERVIEW_COACH_DATABASE_URL", raising=False)

    with build_coach() as coach:
        me = coach.local_candidate_id()
        turn = coach.start_interview(
            me, RESUME, JOB, "challenger", "hard-skills", "quick", "expert"
        )
        outcomes = answer(coach, me, turn.interview_id)

        assert len(outcomes) == 5
        assert {o.to_dict()["relevance_method"] for o in outcomes} == {"semantic"}
        assert all(o.to_dict()["feedback"]["model_answer"] for o in outcomes)
        report = coach.finish(me, turn.interview_id)
        assert report.bars is not None
    assert (tmp_path / "coach.db").is_file()


class Watching:
    """The real model, noting every text it is asked to embed."""

    def __init__(self, embedder: MiniLM) -> None:
        self.embedder = embedder
        self.fingerprint = embedder.fingerprint
        self.texts: list[str] = []

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        self.texts.extend(texts)
        return self.embedder.embed(texts)


def _two_app_processes(database_url: str, tmp_path: Path) -> tuple[Coach, Coach, Watching]:
    model = default_embedder()
    if model is None:
        pytest.skip("the embedding model is not installed")
    settings = Settings(data_dir=tmp_path, database_url=database_url)
    asking = build_coach(settings, assessor=Assessor(embedder=model))
    watched = Watching(model)
    scoring = build_coach(settings, assessor=Assessor(embedder=watched))
    return asking, scoring, watched


def test_a_question_prepared_by_one_app_process_is_not_embedded_again_by_another(
    database_url: str, tmp_path: Path
) -> None:
    asking, scoring, watched = _two_app_processes(database_url, tmp_path)
    with asking, scoring:
        me = asking.local_candidate_id()
        turn = asking.start_interview(me, RESUME, JOB, "guide", "mixed", "quick", "standard")
        asking.settle()  # prepared and recorded with the question
        core = asking.assessor.question(
            turn.question.text,
            turn.question.type,
            turn.question.competency,
            turn.question.grounding,
            ask=turn.question.ask,
        ).core

        outcome = scoring.submit_answer(me, turn.interview_id, STAR_ANSWER)

        assert core not in watched.texts  # only the answer (and the reference questions)
        expected = asking.assessor.assess(
            turn.question.text,
            STAR_ANSWER,
            turn.question.type,
            competency=turn.question.competency,
            grounding=turn.question.grounding,
            ask=turn.question.ask,
        )
        assert outcome.assessment.scorecard == expected.scorecard


def test_a_vector_recorded_by_another_model_is_not_used(database_url: str, tmp_path: Path) -> None:
    asking, scoring, watched = _two_app_processes(database_url, tmp_path)
    with asking, scoring:
        me = asking.local_candidate_id()
        turn = asking.start_interview(me, RESUME, JOB, "friend", "mixed", "quick", "standard")
        asking.settle()
        with asking.db.writing() as session:
            session.execute(update(QuestionRow).values(ask_model="another-model"))

        scoring.submit_answer(me, turn.interview_id, STAR_ANSWER)

        core = scoring.assessor.question(
            turn.question.text,
            turn.question.type,
            turn.question.competency,
            turn.question.grounding,
            ask=turn.question.ask,
        ).core
        assert core in watched.texts
