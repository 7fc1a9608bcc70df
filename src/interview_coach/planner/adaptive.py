"""What earlier answers change: harder questions after strong runs, weak areas asked again."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from interview_coach.planner.plan import WEAK_DIMENSION, AskedQuestion, QuestionPlan
from interview_coach.vocabulary import STAR, Dimension, QuestionType

#: Slots to wait before asking a weak competency again, so it is not the very next question.
REVISIT_GAP = 2
#: Probes that only make sense for a story about the candidate's own past.
_STORY_ONLY = frozenset({*STAR, Dimension.OWNERSHIP})


@dataclass(frozen=True, slots=True)
class Revisit:
    """A weak answer to ask about again: its slot, its plan, and the dimension it lacked most."""

    slot: int
    plan: QuestionPlan
    probe: Dimension | None


def difficulty_offset(history: Sequence[AskedQuestion]) -> int:
    """One level up for every two strong answers in a row; unanswered questions do not count."""
    offset = streak = 0
    for asked in history:
        if asked.scorecard is None:
            continue
        streak = streak + 1 if asked.strong else 0
        if streak == 2:
            offset, streak = offset + 1, 0
    return offset


def pending_revisit(history: Sequence[AskedQuestion], count: int) -> Revisit | None:
    """The earliest weak answer not yet revisited, once enough slots have passed."""
    slot = len(history)
    revisited = {a.plan.revisits for a in history if a.plan and a.plan.revisits is not None}
    for index, asked in enumerate(history):
        if not asked.weak or asked.plan is None or index in revisited:
            continue
        if asked.plan.revisits is not None:
            continue  # a revisit that went badly again is left for the report
        if index <= slot - REVISIT_GAP or (slot >= count - 1 and index < slot):
            return Revisit(index, asked.plan, _weakest(asked))
    return None


def pending_probe(
    history: Sequence[AskedQuestion], question_type: QuestionType
) -> Dimension | None:
    """A dimension weak in an earlier answer that no later question has asked for yet."""
    probed = {a.plan.probe for a in history if a.plan and a.plan.probe}
    misses: dict[Dimension, int] = {}
    for asked in history:
        if asked.scorecard is None:
            continue
        for score in asked.scorecard.scores:
            if score.score < WEAK_DIMENSION and score.dimension not in probed:
                misses[score.dimension] = misses.get(score.dimension, 0) + 1
    usable = [d for d in misses if question_type is QuestionType.BEHAVIORAL or d not in _STORY_ONLY]
    if not usable:
        return None
    return max(usable, key=lambda d: (misses[d], -list(Dimension).index(d)))


def _weakest(asked: AskedQuestion) -> Dimension | None:
    if asked.scorecard is None or not asked.scorecard.scores:
        return None
    lowest = min(asked.scorecard.scores, key=lambda s: s.score)
    return lowest.dimension if lowest.score < WEAK_DIMENSION else None
