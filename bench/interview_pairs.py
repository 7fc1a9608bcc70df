"""Candidates and jobs the question benchmarks run on: the bundled sample and the test fixtures
(a fintech engineer, a nurse, a sales manager, a data analyst and a teacher)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from interview_coach import samples
from interview_coach.profile.job import profile_job
from interview_coach.profile.model import CandidateProfile, JobProfile
from interview_coach.profile.resume import profile_resume

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures"
_PAIRS = (
    ("resumes/nurse.txt", "jobs/registered_nurse.txt"),
    ("resumes/sales_manager.md", "jobs/sales_manager.md"),
    ("resumes/data_analyst.txt", "jobs/data_analyst.txt"),
    ("resumes/teacher.txt", "jobs/teacher.txt"),
)


@cache
def sample() -> tuple[CandidateProfile, JobProfile]:
    """The bundled fintech engineer and senior payments role."""
    return profile_resume(samples.resume()), profile_job(samples.job())


def documents() -> tuple[tuple[str, str], ...]:
    """The raw resume and job texts: the sample first, then one pair per profession."""
    found = [(samples.resume(), samples.job())]
    for resume, job in _PAIRS:
        found.append(
            (
                (FIXTURES / resume).read_text(encoding="utf-8"),
                (FIXTURES / job).read_text(encoding="utf-8"),
            )
        )
    return tuple(found)


@cache
def professions() -> tuple[tuple[str, CandidateProfile, JobProfile], ...]:
    """The sample plus one resume and job per profession, named by the job file."""
    names = ["fintech engineer (sample)", *(Path(job).stem.replace("_", " ") for _, job in _PAIRS)]
    return tuple(
        (name, profile_resume(resume), profile_job(job))
        for name, (resume, job) in zip(names, documents(), strict=True)
    )


PAIRS = Path(__file__).resolve().parent / "pairs"


@cache
def profession_pairs() -> tuple[tuple[str, CandidateProfile, JobProfile], ...]:
    """Our ten candidate/job pairs (bench/pairs), kept apart from the samples and the tests."""
    return tuple(
        (
            folder.name.replace("_", " "),
            profile_resume((folder / "resume.md").read_text(encoding="utf-8")),
            profile_job((folder / "job.md").read_text(encoding="utf-8")),
        )
        for folder in sorted(PAIRS.iterdir())
        if (folder / "job.md").exists()
    )
