"""The engine contract: what an engine (built-in or an LLM) may do. It words; it never scores.

Engines are plugins. A package registers one through the ``interview_coach.engines`` entry point
group, naming a function ``register(add)`` that calls ``add(name, factory)``: the factory builds
the engine from the coach's :class:`~interview_coach.settings.Settings`, so a base URL, a model
or the name of a key variable reaches it. The built-in engine is registered the same way.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

if TYPE_CHECKING:
    from interview_coach.engine.briefs import (
        FeedbackBrief,
        Phrasing,
        Preview,
        QuestionBrief,
        SummaryBrief,
    )
    from interview_coach.feedback import Feedback
    from interview_coach.settings import Settings


@dataclass(frozen=True, slots=True)
class Exchange:
    """One request an engine sent beyond this process, exactly as sent, and what came back."""

    purpose: str
    request: dict[str, Any]
    reply: str | None
    outcome: str  # "ok", or why the reply was not used


class CallLog(Protocol):
    """Where an engine reports what it sent, so the candidate can see it."""

    def record(self, exchange: Exchange) -> None: ...


@dataclass
class Exchanges:
    """A call log kept in memory: what one piece of work sent."""

    items: list[Exchange] = field(default_factory=list)

    def record(self, exchange: Exchange) -> None:
        self.items.append(exchange)


@dataclass(frozen=True, slots=True)
class Check:
    """One thing ``interview-coach engines`` checks about the configured engine."""

    what: str
    ok: bool
    detail: str


class Engine(ABC):
    """Words questions, feedback and summaries around the rubric's numbers, from plain briefs."""

    #: The name users pick the engine by.
    name: ClassVar[str]
    #: True when the engine sends text beyond this process (the pages then say so).
    sends_data: ClassVar[bool] = False

    @abstractmethod
    def phrase_question(self, brief: QuestionBrief, log: CallLog | None = None) -> Phrasing:
        """The words of a planned question.

        Args:
            brief: what to ask (type, competency, difficulty, the ask), the resume or job facts
                it may cite, the coach mode, and the built-in wording as a draft.
            log: where to record each request sent beyond this process.

        Returns:
            The question as the candidate reads it and, for Guide, a hint.

        Raises:
            EngineFailed: the engine could not word it; the caller keeps the draft.
        """

    @abstractmethod
    def write_feedback(
        self,
        brief: FeedbackBrief,
        log: CallLog | None = None,
        stream: Callable[[Preview], None] | None = None,
    ) -> Feedback:
        """Feedback prose on one scored answer.

        Args:
            brief: the scorecard's verdicts and evidence (quotes from the answer, named
                absences), the ranked gaps, level and mode, and the built-in feedback.
            log: where to record each request sent beyond this process.
            stream: called with the prose so far while it is being written, for an engine
                that streams (each piece already checked as far as it can be alone).

        Returns:
            Feedback at the brief's level whose every claim rests on the brief's evidence.

        Raises:
            EngineFailed: no reply passed the checks; the caller shows the draft and says so.
        """

    @abstractmethod
    def write_summary(self, brief: SummaryBrief, log: CallLog | None = None) -> str:
        """A short narrative of a report's facts.

        Raises:
            EngineFailed: the caller shows the built-in narrative.
        """

    def check(self) -> tuple[Check, ...]:
        """What ``interview-coach engines`` reports about this engine; nothing to check here."""
        return (Check("ready", True, "works offline, nothing to reach"),)

    def close(self) -> None:
        """Release what the engine holds (connections); it is not used afterwards."""
        return None


#: Builds an engine from the coach's settings.
EngineFactory = Callable[["Settings"], Engine]


class EngineFailed(RuntimeError):
    """An engine could not do its work; callers fall back to the built-in engine's wording.

    ``rejected`` says a reply came back but failed the coach's checks (else none came)."""

    def __init__(self, message: str, rejected: bool = False) -> None:
        super().__init__(message)
        self.rejected = rejected
