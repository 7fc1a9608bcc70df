"""The written raw material of questions, one set per competency (kept in the packs)."""

from interview_coach.packs.model import Seeds

__all__ = ["Seeds"]
