"""Profiles of the candidate (from the resume) and of the job (from the job description)."""

from interview_coach.profile.model import Achievement, CandidateProfile, JobProfile, Role

__all__ = ["Achievement", "CandidateProfile", "JobProfile", "Role"]
