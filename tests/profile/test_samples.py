"""The sample resume and job the app ships for "try it in one click"."""

from __future__ import annotations

from interview_coach import samples
from interview_coach.profile.job import profile_job
from interview_coach.profile.resume import profile_resume
from tests.profile.fixtures import TODAY


def sample(name: str) -> str:
    return {"resume.md": samples.resume, "job.md": samples.job}[name]()


def test_sample_resume_is_a_fintech_backend_engineer() -> None:
    candidate = profile_resume(sample("resume.md"), today=TODAY)

    assert [(r.title, r.employer) for r in candidate.roles] == [
        ("Senior Backend Engineer", "Ledgerly"),
        ("Backend Engineer", "Quickpay"),
        ("Software Developer", "Northbank Building Society"),
    ]
    assert candidate.years_experience == 8.8
    assert candidate.domains[0] == "fintech"
    assert {"Python", "PostgreSQL", "Redis", "Kubernetes"} <= set(candidate.skills)
    assert len(candidate.achievements) >= 8
    assert all(a.metrics for a in candidate.achievements[:6])
    assert candidate.education[0].startswith("BSc Computer Science, University of Leeds")


def test_sample_resume_keeps_no_contact_details() -> None:
    kept = str(profile_resume(sample("resume.md"), today=TODAY).to_dict())

    for private in ("Alex", "Morgan", "example.com", "7946", "linkedin"):
        assert private not in kept


def test_sample_job_is_a_senior_payments_backend_role() -> None:
    job = profile_job(sample("job.md"))

    assert job.title == "Senior Payments Backend Engineer"
    assert job.seniority == "senior"
    assert job.domain == "fintech"
    assert {"Python", "PostgreSQL", "SQL"} <= set(job.must_have)
    assert {"Kubernetes", "Terraform"} <= set(job.nice_to_have)
    assert len(job.responsibilities) == 5
    assert job.values == ("Customers first", "Own it", "Say it plainly", "Learn together")


def test_sample_resume_covers_most_of_the_sample_jobs_must_haves() -> None:
    candidate = profile_resume(sample("resume.md"), today=TODAY)
    job = profile_job(sample("job.md"))

    covered = set(job.must_have) & set(candidate.skills)
    assert len(covered) >= len(job.must_have) // 2
