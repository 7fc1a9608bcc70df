"""The built-in phrasing of a planned question in each coach mode, and Guide's hint.

The plan (type, competency, difficulty, grounding) is the same whatever the mode; the ask
differs: Friend asks openly, Challenger adds a constraint or a trade-off to defend, Drill
Sergeant asks for the decision and the number. Guide asks the plain ask and says what a good
answer covers in a separate hint, never in the question.
"""

from __future__ import annotations

import zlib
from typing import TYPE_CHECKING

from interview_coach.competencies import competency
from interview_coach.questions.bank import render
from interview_coach.questions.voices import voices
from interview_coach.vocabulary import CoachMode

if TYPE_CHECKING:
    from interview_coach.planner.plan import QuestionPlan


def phrase(plan: QuestionPlan, mode: CoachMode) -> str:
    """The question as the coach asks it in this mode."""
    return render(plan.template, plan.slot_values, plan.probe, mode, _pick(plan))


def ask_of(plan: QuestionPlan) -> str:
    """What the question asks, without any coach mode's angle: the same in every mode and
    whatever engine phrases it. Scores and the repeat check read this."""
    return render(plan.template, plan.slot_values, plan.probe)


def hint_of(plan: QuestionPlan, mode: CoachMode) -> str | None:
    """Guide's note on what a good answer covers, shown beside the question; None in the
    other modes."""
    if mode is not CoachMode.GUIDE:
        return None
    hints = voices().hints
    covers = hints["follow-up" if plan.follow_up is not None else plan.type.value]
    item = competency(plan.competency)
    about = hints["about"].format(
        name=item.name.lower(), description=_lower_first(item.description)
    )
    return f"{covers} {about}"


def _pick(plan: QuestionPlan) -> int:
    """A stable choice per plan, so the same plan always reads the same in a mode."""
    return zlib.crc32(f"{plan.template}|{sorted(plan.slots)}".encode())


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def strip_voice(text: str) -> str:
    """The question without what a coach mode adds around it. The built-in modes now change
    the ask itself and add nothing around it, so this only normalises the spacing."""
    return " ".join(text.split())
