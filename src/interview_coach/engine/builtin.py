"""The built-in engine: offline, instant, written by us. Its wording is every brief's draft."""

from __future__ import annotations

from typing import TYPE_CHECKING

from interview_coach.engine.briefs import (
    FeedbackBrief,
    Phrasing,
    Preview,
    QuestionBrief,
    SummaryBrief,
)
from interview_coach.engine.contract import CallLog, Engine, EngineFactory

if TYPE_CHECKING:
    from collections.abc import Callable

    from interview_coach.feedback import Feedback
    from interview_coach.settings import Settings


class BuiltinEngine(Engine):
    name = "builtin"

    def phrase_question(self, brief: QuestionBrief, log: CallLog | None = None) -> Phrasing:
        return Phrasing(brief.draft)

    def write_feedback(
        self,
        brief: FeedbackBrief,
        log: CallLog | None = None,
        stream: Callable[[Preview], None] | None = None,
    ) -> Feedback:
        return brief.draft

    def write_summary(self, brief: SummaryBrief, log: CallLog | None = None) -> str:
        return summary_text(brief)


def summary_text(brief: SummaryBrief) -> str:
    """The report's facts in a few plain sentences."""
    if brief.answered == 0:
        return "No answers yet: answer a question to get a summary."
    parts = [f"You answered {brief.answered} of {brief.planned} questions"]
    if brief.overall is not None:
        parts[0] += f", {brief.overall:.1f} overall"
    parts[0] += "."
    if brief.strongest:
        parts.append(f"Strongest: {', '.join(brief.strongest)}.")
    if brief.weakest:
        parts.append(f"To work on: {', '.join(brief.weakest)}.")
    if brief.patterns:
        parts.append(f"Across your answers: {brief.patterns[0]}")
    if brief.next_steps:
        parts.append(f"Next: {brief.next_steps[0]}")
    return " ".join(parts)


def _build(settings: Settings) -> Engine:
    return BuiltinEngine()


def register(add: Callable[[str, EngineFactory], None]) -> None:
    """Entry point: how the built-in engine joins the registry, like any plugin."""
    add(BuiltinEngine.name, _build)
