"""The rubric: one deterministic scorecard per answer, with the evidence behind each score."""

from interview_coach.rubric.scorecard import (
    DimensionScore,
    Evidence,
    Scorecard,
    Span,
    Warning,
)

__all__ = ["DimensionScore", "Evidence", "Scorecard", "Span", "Warning"]
