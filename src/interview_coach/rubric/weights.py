"""How much each dimension counts towards the overall rating, by question type.

A technical answer is read as approach, reasoning, trade-offs and an example, so a missing past
Situation barely counts there; a motivational answer lives on relevance and specifics.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

from interview_coach.vocabulary import Dimension, QuestionType

_D = Dimension


def _weights(**values: float) -> MappingProxyType[Dimension, float]:
    weights = {Dimension(name): value for name, value in values.items()}
    assert set(weights) == set(Dimension)
    assert abs(sum(weights.values()) - 1.0) < 1e-9
    return MappingProxyType(weights)


WEIGHTS: Final = MappingProxyType(
    {
        QuestionType.BEHAVIORAL: _weights(
            situation=0.08,
            task=0.08,
            action=0.20,
            result=0.16,
            specificity=0.14,
            ownership=0.12,
            relevance=0.12,
            depth=0.10,
        ),
        QuestionType.SITUATIONAL: _weights(
            situation=0.05,
            task=0.08,
            action=0.24,
            result=0.12,
            specificity=0.10,
            ownership=0.10,
            relevance=0.15,
            depth=0.16,
        ),
        QuestionType.TECHNICAL: _weights(
            situation=0.04,
            task=0.08,
            action=0.22,
            result=0.08,
            specificity=0.16,
            ownership=0.04,
            relevance=0.18,
            depth=0.20,
        ),
        QuestionType.MOTIVATIONAL: _weights(
            situation=0.04,
            task=0.04,
            action=0.12,
            result=0.12,
            specificity=0.20,
            ownership=0.12,
            relevance=0.22,
            depth=0.14,
        ),
    }
)

#: What each STAR dimension means when the question is not about a past event.
READINGS: Final = MappingProxyType(
    {
        QuestionType.BEHAVIORAL: {
            _D.SITUATION: "Situation",
            _D.TASK: "Task",
            _D.ACTION: "Action",
            _D.RESULT: "Result",
        },
        QuestionType.SITUATIONAL: {
            _D.SITUATION: "Reading of the situation",
            _D.TASK: "Goal",
            _D.ACTION: "Planned actions",
            _D.RESULT: "Expected outcome",
        },
        QuestionType.TECHNICAL: {
            _D.SITUATION: "Context and assumptions",
            _D.TASK: "Problem framing",
            _D.ACTION: "Approach",
            _D.RESULT: "Validation and example",
        },
        QuestionType.MOTIVATIONAL: {
            _D.SITUATION: "Background",
            _D.TASK: "Goal",
            _D.ACTION: "Evidence from experience",
            _D.RESULT: "What you would bring",
        },
    }
)


def reading(dimension: Dimension, question_type: QuestionType) -> str:
    """The name a dimension goes by for this question type."""
    return READINGS[question_type].get(dimension, dimension.label)
