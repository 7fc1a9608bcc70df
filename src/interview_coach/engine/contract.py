"""The engine contract: what an engine (built-in or an LLM) may do. It phrases; it never scores.

Engines are plugins. A package registers one through the ``interview_coach.engines`` entry point
group, naming a function ``register(add)`` that calls ``add(engine_class)``; the built-in engine
is registered the same way.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from interview_coach.analysis import AnswerAnalysis
    from interview_coach.feedback import Feedback
    from interview_coach.planner import QuestionPlan
    from interview_coach.rubric.scorecard import Scorecard
    from interview_coach.vocabulary import CoachMode, FeedbackLevel


class Engine(ABC):
    """Writes feedback (and, with the planner, phrases questions) around the rubric's numbers."""

    #: The name users pick the engine by.
    name: ClassVar[str]

    @abstractmethod
    def write_feedback(
        self,
        scorecard: Scorecard,
        analysis: AnswerAnalysis,
        level: FeedbackLevel,
        mode: CoachMode,
    ) -> Feedback:
        """Feedback on one scored answer.

        Args:
            scorecard: the rubric's scores and evidence; an engine must not change them.
            analysis: the facts found in the answer, to quote from.
            level: how much to say (Basic < Standard < Detailed < Expert).
            mode: the coach's voice.

        Returns:
            Feedback whose every claim rests on the scorecard's evidence.
        """

    @abstractmethod
    def phrase_question(self, plan: QuestionPlan, mode: CoachMode) -> str:
        """The words of a planned question.

        Args:
            plan: what to ask (type, competency, difficulty) and the resume or job facts to
                ground it in; the planner has already chosen it, the engine only words it.
            mode: the coach's voice, which also sets how pointed the question is.

        Returns:
            The question as the candidate will read it.
        """


class EngineFailed(RuntimeError):
    """An engine could not do its work; callers fall back to the built-in engine."""
