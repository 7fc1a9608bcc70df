"""An interview's status, attempts, retakes, completion and drafts, decided by plain functions.

The session service reads an :class:`Interview` out of storage, asks it what happens (an
answer, a retake, finishing early, a draft) and stores the decision it gets back. Every count
the pages show (answered of planned, the completion rate, which question is next) comes from
here, so the report, the history and the interview page cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum, StrEnum


class InterviewStatus(StrEnum):
    ACTIVE = "active"  # can be answered or resumed, however long ago it was touched
    FINISHED = "finished"  # every question answered, or finished early; a retake reopens it


class Refused(Exception):
    """The interview's rules do not allow what was asked."""


class Closed(Refused):
    """No question is waiting: the attempt is finished or every question is answered."""


class WrongQuestion(Refused):
    """The answer names a question other than the one waiting."""

    def __init__(self, waiting: int) -> None:
        super().__init__(f"question {waiting} is the one waiting")
        self.waiting = waiting


class MovedOn(Refused):
    """Since the interview was read, someone answered, retook or finished it."""


class NothingToRetake(Refused):
    """A retake repeats the questions answered; none are."""


@dataclass(frozen=True, slots=True)
class Completion:
    """How far an attempt came: answered of planned, and whether it ended before the end."""

    answered: int
    planned: int
    finished: bool

    @property
    def rate(self) -> float:
        """Answered over planned, 0-1, to two decimals."""
        return round(min(self.answered / self.planned, 1.0), 2) if self.planned > 0 else 0.0

    @property
    def early(self) -> bool:
        """Fewer answers than planned (still open, or finished early)."""
        return self.answered < self.planned

    @property
    def finished_early(self) -> bool:
        return self.finished and self.early


@dataclass(frozen=True, slots=True)
class Attempt:
    """One pass through the interview's questions; a retake is a new attempt."""

    number: int  # 1 for the first
    planned: int  # questions this attempt asks: the session length, or what a retake repeats
    answered: int = 0
    finished: bool = False

    @property
    def waiting(self) -> int | None:
        """The position of the question waiting for an answer, or None when none is."""
        if self.finished or self.answered >= self.planned:
            return None
        return self.answered + 1

    @property
    def completion(self) -> Completion:
        return Completion(self.answered, self.planned, self.finished)


@dataclass(frozen=True, slots=True)
class Answered:
    """What answering the waiting question does."""

    position: int  # the question answered
    interview: Interview  # the interview after it
    next_position: int | None  # the question asked next; None when this was the last
    plan_next: bool  # the next question is new and still to be chosen (not a retake's)

    @property
    def finishes(self) -> bool:
        return self.next_position is None


@dataclass(frozen=True, slots=True)
class Retaken:
    """What a retake does: the attempt that now waits, and whether it was just opened."""

    interview: Interview
    attempt: Attempt
    opened: bool  # False: a retake not yet answered is returned as it is


class DraftChange(Enum):
    ADD = "add"
    REPLACE = "replace"
    DROP = "drop"
    NOTHING = "nothing"


@dataclass(frozen=True, slots=True)
class Interview:
    """An interview's state: its attempts (oldest first) and how many questions it has asked."""

    attempts: tuple[Attempt, ...]
    asked: int  # questions planned and stored so far, by position 1..asked

    def __post_init__(self) -> None:
        if not self.attempts:
            raise ValueError("an interview has at least one attempt")

    @classmethod
    def opened(cls, planned: int) -> Interview:
        """A new interview: the first attempt at ``planned`` questions, the first one asked."""
        if planned < 1:
            raise ValueError("an interview plans at least one question")
        return cls((Attempt(1, planned),), 1)

    @property
    def current(self) -> Attempt:
        return self.attempts[-1]

    @property
    def status(self) -> InterviewStatus:
        return InterviewStatus.FINISHED if self.current.finished else InterviewStatus.ACTIVE

    @property
    def waiting(self) -> int | None:
        """The position of the question waiting in the current attempt."""
        return self.current.waiting

    @property
    def resumable(self) -> bool:
        return self.waiting is not None

    @property
    def can_retake(self) -> bool:
        current = self.current
        return current.answered > 0 or (current.number > 1 and not current.finished)

    def attempt(self, number: int) -> Attempt:
        for attempt in self.attempts:
            if attempt.number == number:
                return attempt
        raise KeyError(f"this interview has no attempt {number}")

    def answer(self, position: int | None = None, *, attempt: int | None = None) -> Answered:
        """Answer the waiting question.

        ``position`` is the question the answer was written for; ``attempt`` the attempt it was
        read in (the re-check before storing: MovedOn if either has changed since).

        Raises:
            Closed: no question is waiting.
            WrongQuestion: ``position`` is not the question waiting.
            MovedOn: the attempt is no longer the current one.
        """
        current = self.current
        if attempt is not None and attempt != current.number:
            raise MovedOn()
        waiting = current.waiting
        if waiting is None:
            raise MovedOn() if attempt is not None else Closed()
        if position is not None and position != waiting:
            raise MovedOn() if attempt is not None else WrongQuestion(waiting)
        answered = current.answered + 1
        last = answered >= current.planned
        after = replace(current, answered=answered, finished=last)
        next_position = None if last else waiting + 1
        plan_next = next_position is not None and next_position > self.asked
        interview = Interview(
            (*self.attempts[:-1], after), self.asked + 1 if plan_next else self.asked
        )
        return Answered(waiting, interview, next_position, plan_next)

    def finish(self) -> Interview:
        """End the current attempt where it stands; finishing twice changes nothing."""
        if self.current.finished:
            return self
        return Interview((*self.attempts[:-1], replace(self.current, finished=True)), self.asked)

    def retake(self) -> Retaken:
        """A new attempt at the questions the current attempt answered, from the first.

        A retake with no answers yet is returned as it is, rather than opening another.

        Raises:
            NothingToRetake: the current attempt has no answers (and is not an open retake).
        """
        current = self.current
        if current.answered == 0 and current.number > 1 and not current.finished:
            return Retaken(self, current, opened=False)
        if current.answered == 0:
            raise NothingToRetake()
        fresh = Attempt(current.number + 1, current.answered)
        closed = replace(current, finished=True)
        return Retaken(Interview((*self.attempts[:-1], closed, fresh), self.asked), fresh, True)

    def draft_position(self) -> int:
        """The question a draft is kept for: the one waiting.

        Raises:
            Closed: no question is waiting, so there is nothing to draft.
        """
        waiting = self.waiting
        if waiting is None:
            raise Closed()
        return waiting


def draft_change(existing: str | None, text: str) -> DraftChange:
    """What saving ``text`` as the waiting question's draft does; a blank draft is dropped."""
    if not text.strip():
        return DraftChange.DROP if existing is not None else DraftChange.NOTHING
    if existing is None:
        return DraftChange.ADD
    return DraftChange.NOTHING if existing == text else DraftChange.REPLACE


def keeps_mismatched_answer(existing: str | None, text: str) -> bool:
    """An answer sent for the wrong question becomes the waiting question's draft, unless
    that question already has one (typed in the tab that is current): then it is kept only if
    it is that same text."""
    if not text.strip():
        return False
    return existing is None or existing == text
