"""What the planner produces and takes: question plans, settings, and what was asked so far."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from interview_coach.rubric.scorecard import Scorecard
from interview_coach.vocabulary import (
    CoachMode,
    Dimension,
    QuestionType,
    SessionLength,
    TopicFocus,
)

#: An answer at or above this overall rating is strong (bands: 7-8 strong, 9-10 best practice).
STRONG = 7.0
#: An answer below this overall rating is weak, and its competency is asked again later.
WEAK = 5.0
#: A dimension scored below this (0-10) is weak, and a later question asks for it explicitly.
WEAK_DIMENSION = 4.0


@dataclass(frozen=True, slots=True)
class QuestionPlan:
    """What to ask, before it is phrased: the same plan reads differently in each coach mode.

    ``grounding`` holds the resume and job facts the question uses, as written in the profiles.
    ``angle`` names the lens on the competency (question type and seed), so a revisit can be
    told apart from the first ask. ``probe`` is a dimension a weak earlier answer lacked, and
    ``revisits`` the session slot of the question this one returns to.
    """

    type: QuestionType
    competency: str
    difficulty: int
    grounding: tuple[str, ...]
    template: str
    slots: tuple[tuple[str, str], ...]
    angle: str
    probe: Dimension | None = None
    revisits: int | None = None
    #: A follow-up on the answer at slot ``revisits``: the gap it asks about (see
    #: planner.follow_ups); its quote of the answer is in ``slots``.
    follow_up: str | None = None
    #: The profession pack the competency comes from.
    pack: str | None = None
    #: The job's responsibilities and must-haves this question asks about (planner.core).
    covers: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not 1 <= self.difficulty <= 5:
            raise ValueError(f"difficulty must be 1-5, not {self.difficulty}")

    @property
    def slot_values(self) -> dict[str, str]:
        return dict(self.slots)

    @property
    def grounded(self) -> bool:
        return bool(self.grounding)

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type.value,
            "competency": self.competency,
            "difficulty": self.difficulty,
            "grounding": list(self.grounding),
            "template": self.template,
            "slots": self.slot_values,
            "angle": self.angle,
            "probe": self.probe.value if self.probe else None,
            "revisits": self.revisits,
            "follow_up": self.follow_up,
            "pack": self.pack,
            "covers": list(self.covers),
        }


@dataclass(frozen=True, slots=True)
class PlanSettings:
    """The candidate's choices that shape the questions.

    ``competencies`` optionally names ids the candidate wants to practise; they are preferred
    over the focus's usual mix. ``count`` overrides the length's number of questions.
    """

    mode: CoachMode = CoachMode.FRIEND
    focus: TopicFocus = TopicFocus.MIXED
    length: SessionLength = SessionLength.STANDARD
    competencies: tuple[str, ...] = ()
    count: int | None = None

    @property
    def questions(self) -> int:
        return self.count if self.count is not None else self.length.questions


@dataclass(frozen=True, slots=True)
class AskedQuestion:
    """A question already asked in this session: its text, its plan when the planner made it,
    and the scorecard of the answer once there is one."""

    text: str
    plan: QuestionPlan | None = None
    scorecard: Scorecard | None = None

    @property
    def strong(self) -> bool:
        return self.scorecard is not None and self.scorecard.overall >= STRONG

    @property
    def weak(self) -> bool:
        return self.scorecard is not None and self.scorecard.overall < WEAK


class QuestionsExhausted(ValueError):
    """No template gives a question new to the candidate for these profiles and settings."""
