"""The interview's rules as a pure model: plain data in, decisions out, no storage."""

from interview_coach.interviews.model import (
    Answered,
    Attempt,
    Closed,
    Completion,
    DraftChange,
    Interview,
    InterviewStatus,
    MovedOn,
    NothingToRetake,
    Refused,
    Retaken,
    WrongQuestion,
    draft_change,
    keeps_mismatched_answer,
)

__all__ = [
    "Answered",
    "Attempt",
    "Closed",
    "Completion",
    "DraftChange",
    "Interview",
    "InterviewStatus",
    "MovedOn",
    "NothingToRetake",
    "Refused",
    "Retaken",
    "WrongQuestion",
    "draft_change",
    "keeps_mismatched_answer",
]
