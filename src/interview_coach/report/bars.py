"""BARS analysis: each answer placed on its competency's behaviourally anchored rating scale."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from interview_coach.competencies import ANCHOR_POINTS, Competency
from interview_coach.report.breakdown import find_competency
from interview_coach.report.patterns import unusable
from interview_coach.report.plain import mean
from interview_coach.report.records import AnsweredQuestion
from interview_coach.vocabulary import FeedbackLevel

#: How close below an anchor a rating may fall and still count as reaching it.
REACH_MARGIN = 0.5

BARS_RULE = (
    "An answer reaches an anchor when its overall rating is at most half a point below it; "
    "it sits at the highest anchor it reaches."
)

#: Feedback levels whose report carries the BARS analysis.
BARS_LEVELS = frozenset({FeedbackLevel.DETAILED, FeedbackLevel.EXPERT})


@dataclass(frozen=True, slots=True)
class Anchor:
    point: int
    text: str


@dataclass(frozen=True, slots=True)
class AnchorReach:
    """Where one answer sits on the scale, and what the next anchor up asks for."""

    position: int
    question: str
    rating: float
    anchor: Anchor
    next_anchor: Anchor | None


@dataclass(frozen=True, slots=True)
class BarsAnalysis:
    competency_id: str
    name: str
    anchors: tuple[Anchor, ...]  # highest first, as a scale is read
    answers: tuple[AnchorReach, ...]
    unplaced: tuple[int, ...]  # answers the rubric could not judge (empty, unreadable...)
    mean: float | None  # mean overall rating of the placed answers
    reached: Anchor | None  # the anchor that mean reaches


def reached_point(rating: float) -> int:
    """The highest anchor point a 1-10 rating reaches, within the margin."""
    reached = [p for p in ANCHOR_POINTS if rating >= p - REACH_MARGIN]
    return max(reached, default=ANCHOR_POINTS[0])


def analyse_bars(answers: Sequence[AnsweredQuestion]) -> tuple[BarsAnalysis, ...]:
    """One analysis per catalogued competency, in the order they were first asked."""
    groups: dict[str, list[AnsweredQuestion]] = {}
    for answer in sorted(answers, key=lambda a: a.position):
        groups.setdefault(answer.competency, []).append(answer)
    found = ((find_competency(cid), group) for cid, group in groups.items())
    return tuple(_analysis(item, group) for item, group in found if item is not None)


def _analysis(item: Competency, answers: list[AnsweredQuestion]) -> BarsAnalysis:
    placed = [a for a in answers if not unusable(a)]
    rating = mean([a.scorecard.overall for a in placed]) if placed else None
    return BarsAnalysis(
        item.id,
        item.name,
        tuple(_anchor(item, p) for p in sorted(ANCHOR_POINTS, reverse=True)),
        tuple(_reach(item, a) for a in placed),
        tuple(a.position for a in answers if unusable(a)),
        rating,
        _anchor(item, reached_point(rating)) if rating is not None else None,
    )


def _reach(item: Competency, answer: AnsweredQuestion) -> AnchorReach:
    point = reached_point(answer.scorecard.overall)
    higher = [p for p in ANCHOR_POINTS if p > point]
    return AnchorReach(
        answer.position,
        answer.question,
        answer.scorecard.overall,
        _anchor(item, point),
        _anchor(item, higher[0]) if higher else None,
    )


def _anchor(item: Competency, point: int) -> Anchor:
    return Anchor(point, item.anchors[point])
