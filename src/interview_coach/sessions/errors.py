"""What can go wrong in a session, in words for the candidate; edges map each to a status."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from interview_coach.sessions.views import InterviewQuestion


class CoachError(Exception):
    """Base of the service's errors; ``message`` is safe to show the candidate."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFound(CoachError):
    """No such thing for this candidate: missing and not theirs look the same (a web 404)."""


class InvalidInput(CoachError):
    """Input the coach cannot use; ``field`` names which one, when it is one field."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NoCredits(CoachError):
    """Starting an interview needs a session credit and the candidate has none left."""


class Conflict(CoachError):
    """The interview moved on meanwhile (answered in another window, finished, retaken)."""

    code = "moved_on"


class QuestionMismatch(Conflict):
    """The answer names a question that is not the one waiting for an answer (a stale tab, a
    retry after the answer was stored); its text was kept as the current question's draft
    when that had none. ``current`` is the question waiting."""

    code = "question_mismatch"

    def __init__(self, message: str, current: InterviewQuestion, draft_kept: bool) -> None:
        super().__init__(message)
        self.current = current
        self.draft_kept = draft_kept


class NoNewQuestions(Conflict):
    """Every question the bank can ask for this resume, job and focus was asked before."""

    code = "no_new_questions"
    #: What the candidate can do instead: another focus, or let the oldest questions return.
    choices = ("focus", "allow_repeats")
