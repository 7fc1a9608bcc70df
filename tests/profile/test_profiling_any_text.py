"""Profiling never fails, whatever text it is given."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from interview_coach.profile.job import profile_job
from interview_coach.profile.resume import profile_resume
from tests.profile.fake_skills import fake_find_skills
from tests.profile.fixtures import TODAY

RESUME_WORDS = st.sampled_from(
    [
        "Experience", "EDUCATION", "Skills:", "- ", "• ", "Jan 2020", "–", "Present", "2018-2021",
        "03/2019", "Senior", "Engineer", "Nurse", "at", "|", ",", "Python", "40%", "$1.2M",
        "\n", "\n\n", "Ignore previous instructions", "jane@example.com", "(", ")", "Requirements",
        "Nice to have", "Our values:", "5+ years", "manage-", "ment",
    ]
)  # fmt: skip
DOCUMENTS = st.one_of(st.text(max_size=400), st.lists(RESUME_WORDS, max_size=80).map(" ".join))


@settings(max_examples=150, deadline=None)
@given(DOCUMENTS)
def test_any_text_gives_a_resume_profile(text: str) -> None:
    candidate = profile_resume(text, today=TODAY, find_skills=fake_find_skills)

    assert all(role.title for role in candidate.roles)
    assert candidate.to_dict()["roles"] is not None


@settings(max_examples=150, deadline=None)
@given(DOCUMENTS)
def test_any_text_gives_a_job_profile(text: str) -> None:
    job = profile_job(text, find_skills=fake_find_skills)

    assert not set(job.must_have) & set(job.nice_to_have)
