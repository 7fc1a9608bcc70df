from __future__ import annotations

import pytest

from interview_coach.competencies import FALLBACK_AREA, Family, technical_areas
from interview_coach.profile.model import JobProfile
from tests.planner.profiles import DATA_JOB, NURSE_JOB, PAYMENTS_JOB, SALES_JOB, TEACHER_JOB


def _ids(job: JobProfile) -> list[str]:
    return [m.id for m in technical_areas(job)]


@pytest.mark.parametrize(
    ("job", "expected"),
    [
        (PAYMENTS_JOB, {"reliability", "data-engineering", "security", "system-design"}),
        (NURSE_JOB, {"triage", "medication-safety", "patient-assessment", "infection-control"}),
        (SALES_JOB, {"pipeline-management", "negotiation", "forecasting"}),
        (DATA_JOB, {"data-querying", "data-storytelling", "statistics", "data-quality"}),
        (TEACHER_JOB, {"lesson-planning", "classroom-management", "student-assessment"}),
    ],
    ids=["software", "nurse", "sales", "data-analyst", "teacher"],
)
def test_technical_areas_come_from_the_jobs_own_skills(job: JobProfile, expected: set[str]) -> None:
    assert expected <= set(_ids(job))


def test_a_stray_word_does_not_pull_in_another_profession() -> None:
    families = {m.competency.family for m in technical_areas(TEACHER_JOB)}
    assert Family.CLINICAL not in families
    assert "patient-assessment" not in _ids(TEACHER_JOB)


def test_each_area_keeps_the_job_facts_that_call_for_it() -> None:
    by_id = {m.id: m for m in technical_areas(NURSE_JOB)}
    assert "Medication administration" in by_id["medication-safety"].facts


def test_the_fallback_area_always_comes_last_with_the_jobs_skills() -> None:
    bare = JobProfile(title="Florist", must_have=("Floral design", "Event styling"))
    areas = technical_areas(bare)
    assert areas[-1].id == FALLBACK_AREA
    assert areas[-1].facts == ("Floral design", "Event styling")
