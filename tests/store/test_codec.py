"""Profiles and question plans survive the trip through JSON storage unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from interview_coach.planner import PlanSettings, plan_session
from interview_coach.profile import profile_job, profile_resume
from interview_coach.store.codec import candidate_from_dict, job_from_dict, plan_from_dict

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SAMPLES = Path(__file__).resolve().parents[2] / "src" / "interview_coach" / "samples"


def _through_json(data: dict[str, object]) -> dict[str, object]:
    loaded: dict[str, object] = json.loads(json.dumps(data))
    return loaded


@pytest.mark.parametrize(
    "path", [*sorted((FIXTURES / "resumes").iterdir()), SAMPLES / "resume.md"], ids=lambda p: p.name
)
def test_candidate_profiles(path: Path) -> None:
    profile = profile_resume(path.read_text())
    assert candidate_from_dict(_through_json(profile.to_dict())) == profile


@pytest.mark.parametrize(
    "path", [*sorted((FIXTURES / "jobs").iterdir()), SAMPLES / "job.md"], ids=lambda p: p.name
)
def test_job_profiles(path: Path) -> None:
    profile = profile_job(path.read_text())
    assert job_from_dict(_through_json(profile.to_dict())) == profile


def test_question_plans() -> None:
    candidate = profile_resume((SAMPLES / "resume.md").read_text())
    job = profile_job((SAMPLES / "job.md").read_text())
    plans = plan_session(candidate, job, PlanSettings(count=20), seed=3)
    assert [plan_from_dict(_through_json(p.to_dict())) for p in plans] == list(plans)
