"""The built-in engine: offline, instant, written by us."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from interview_coach.engine.contract import Engine
from interview_coach.feedback import Feedback, write_feedback
from interview_coach.questions import phrase

if TYPE_CHECKING:
    from interview_coach.analysis import AnswerAnalysis
    from interview_coach.planner import QuestionPlan
    from interview_coach.rubric.scorecard import Scorecard
    from interview_coach.vocabulary import CoachMode, FeedbackLevel


class BuiltinEngine(Engine):
    name = "builtin"

    def write_feedback(
        self,
        scorecard: Scorecard,
        analysis: AnswerAnalysis,
        level: FeedbackLevel,
        mode: CoachMode,
    ) -> Feedback:
        return write_feedback(scorecard, analysis, level, mode)

    def phrase_question(self, plan: QuestionPlan, mode: CoachMode) -> str:
        return phrase(plan, mode)


def register(add: Callable[[type[Engine]], None]) -> None:
    """Entry point: how the built-in engine joins the registry, like any plugin."""
    add(BuiltinEngine)
