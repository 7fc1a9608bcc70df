"""The interview service, pure of any UI: start, answer, retake, finish, report, history."""

from interview_coach.sessions.coach import Coach
from interview_coach.sessions.errors import (
    CoachError,
    Conflict,
    InvalidInput,
    NoCredits,
    NoNewQuestions,
    NotFound,
    QuestionMismatch,
)
from interview_coach.sessions.views import (
    AnswerOutcome,
    AnswerView,
    InterviewQuestion,
    InterviewStatus,
    InterviewSummary,
    InterviewView,
    Tally,
    Turn,
)

__all__ = [
    "AnswerOutcome",
    "AnswerView",
    "Coach",
    "CoachError",
    "Conflict",
    "InterviewQuestion",
    "InterviewStatus",
    "InterviewSummary",
    "InterviewView",
    "InvalidInput",
    "NoCredits",
    "NoNewQuestions",
    "NotFound",
    "QuestionMismatch",
    "Tally",
    "Turn",
]
