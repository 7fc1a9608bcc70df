"""What a dimension is called where scores of one or more question types are shown together.

A technical answer's Action is its Approach, a situational one's its Planned actions: a score
is always shown under the name its question type reads it by.
"""

from __future__ import annotations

from collections.abc import Iterable

from interview_coach.rubric.weights import reading
from interview_coach.vocabulary import Dimension, QuestionType


def dimension_name(dimension: Dimension, kinds: Iterable[QuestionType]) -> str:
    """The dimension's name for these question types: one name, or each type's, joined."""
    chosen = set(kinds)
    names = dict.fromkeys(reading(dimension, kind) for kind in QuestionType if kind in chosen)
    return " / ".join(names) if names else dimension.label
