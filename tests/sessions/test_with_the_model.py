"""The coach as shipped: built from settings alone, with the embedding model loaded."""

from __future__ import annotations

from pathlib import Path

import pytest

from interview_coach.bootstrap import build_coach
from interview_coach.embedding import default_embedder
from tests.sessions.scripted import JOB, RESUME, answer

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
