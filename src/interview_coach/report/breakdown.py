"""Competency breakdown: which competencies and dimensions were strongest and weakest."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from interview_coach.competencies import Competency, competency
from interview_coach.report.plain import mean
from interview_coach.report.records import AnsweredQuestion
from interview_coach.rubric.score import worth
from interview_coach.vocabulary import Band, Dimension


@dataclass(frozen=True, slots=True)
class DimensionSummary:
    """One dimension across a set of answers.

    ``points_lost`` is what the dimension cost the overall rating, per answer on average: the
    gap to 10 weighted as the rubric weighs it for each question type.
    """

    dimension: Dimension
    mean: float
    points_lost: float


@dataclass(frozen=True, slots=True)
class DimensionRanking:
    """Dimensions over a set of answers; strongest by mean, weakest by rating points it costs."""

    dimensions: tuple[DimensionSummary, ...]
    strongest: Dimension
    weakest: Dimension


@dataclass(frozen=True, slots=True)
class CompetencyScore:
    competency_id: str
    name: str
    positions: tuple[int, ...]
    mean: float  # mean overall rating (1-10) of its answers
    band: Band
    strongest_dimension: Dimension
    weakest_dimension: Dimension


@dataclass(frozen=True, slots=True)
class CompetencyBreakdown:
    """Competencies, highest mean first.

    ``strongest`` and ``weakest`` are None unless at least two competencies differ in mean:
    with one, or all level, there is no strongest to name.
    """

    competencies: tuple[CompetencyScore, ...]
    strongest: CompetencyScore | None
    weakest: CompetencyScore | None
    dimensions: DimensionRanking | None


def find_competency(competency_id: str) -> Competency | None:
    """The catalog entry, or None for an id the catalog no longer has."""
    try:
        return competency(competency_id)
    except KeyError:
        return None


def competency_name(competency_id: str) -> str:
    found = find_competency(competency_id)
    return found.name if found else competency_id.replace("-", " ").capitalize()


def rank_dimensions(answers: Sequence[AnsweredQuestion]) -> DimensionRanking | None:
    if not answers:
        return None
    summaries = tuple(
        DimensionSummary(
            dimension,
            mean([a.scorecard[dimension].score for a in answers]),
            mean([_lost(a, dimension) for a in answers], digits=2),
        )
        for dimension in Dimension
    )
    order = list(Dimension)
    strongest = min(summaries, key=lambda s: (-s.mean, order.index(s.dimension)))
    weakest = min(summaries, key=lambda s: (-s.points_lost, s.mean, order.index(s.dimension)))
    return DimensionRanking(summaries, strongest.dimension, weakest.dimension)


def _lost(answer: AnsweredQuestion, dimension: Dimension) -> float:
    """The overall rating this answer lost on the dimension, as the rubric weighs it."""
    per_point = worth(answer.scorecard.question_type, dimension)
    return per_point * (10.0 - answer.scorecard[dimension].score)


def break_down(answers: Sequence[AnsweredQuestion]) -> CompetencyBreakdown:
    groups: dict[str, list[AnsweredQuestion]] = {}
    for answer in sorted(answers, key=lambda a: a.position):
        groups.setdefault(answer.competency, []).append(answer)
    scores = [_competency_score(cid, group) for cid, group in groups.items()]
    # Ties keep the order competencies were first asked in.
    scores.sort(key=lambda s: -s.mean)
    spread = len(scores) >= 2 and scores[0].mean > scores[-1].mean
    return CompetencyBreakdown(
        tuple(scores),
        scores[0] if spread else None,
        scores[-1] if spread else None,
        rank_dimensions(answers),
    )


def _competency_score(competency_id: str, answers: list[AnsweredQuestion]) -> CompetencyScore:
    rating = mean([a.scorecard.overall for a in answers])
    ranking = rank_dimensions(answers)
    assert ranking is not None  # a group always has an answer
    return CompetencyScore(
        competency_id,
        competency_name(competency_id),
        tuple(a.position for a in answers),
        rating,
        Band.of(rating),
        ranking.strongest,
        ranking.weakest,
    )
