"""The engine contract's question half: phrase a planned question in a coach mode.

An engine gets the plan and the mode and returns the text to show. The planner has already
chosen what to ask and which facts ground it, so an LLM engine only words it; ``brief`` gives it
everything it needs as plain data, including the built-in wording as a draft to improve on.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any, Protocol

from interview_coach.competencies import competency
from interview_coach.questions.bank import render
from interview_coach.questions.phrasing import phrase
from interview_coach.vocabulary import CoachMode

if TYPE_CHECKING:
    from interview_coach.planner.plan import QuestionPlan


class QuestionPhraser(Protocol):
    def phrase_question(self, plan: QuestionPlan, mode: CoachMode) -> str:
        """The question as the coach asks it.

        Args:
            plan: what to ask: type, competency, difficulty 1-5, grounding facts, optional probe.
            mode: the coach's voice; it changes tone and depth, never what is asked.

        Returns:
            One question, ready to show; it must keep the plan's grounding facts.
        """
        ...


class BuiltinPhraser:
    """The offline phrasing, from templates written by us."""

    def phrase_question(self, plan: QuestionPlan, mode: CoachMode) -> str:
        return phrase(plan, mode)


@dataclass(frozen=True, slots=True)
class QuestionBrief:
    """A plan as plain data for an engine that writes its own wording."""

    question_type: str
    competency: str
    competency_description: str
    difficulty: int
    grounding: tuple[str, ...]
    probe: str | None
    draft: str
    mode: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def brief(plan: QuestionPlan, mode: CoachMode) -> QuestionBrief:
    item = competency(plan.competency)
    return QuestionBrief(
        question_type=plan.type.value,
        competency=item.name,
        competency_description=item.description,
        difficulty=plan.difficulty,
        grounding=plan.grounding,
        probe=plan.probe.value if plan.probe else None,
        draft=render(plan.template, plan.slot_values, plan.probe),
        mode=mode.value,
    )
