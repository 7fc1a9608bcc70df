"""Profiles of the candidate (from the resume) and of the job (from the job description)."""

from interview_coach.profile.job import profile_job
from interview_coach.profile.model import Achievement, CandidateProfile, JobProfile, Role
from interview_coach.profile.resume import profile_resume

__all__ = ["Achievement", "CandidateProfile", "JobProfile", "Role", "profile_job", "profile_resume"]
