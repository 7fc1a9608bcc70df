"""Skills, tools and technologies named in resumes, job descriptions and answers.

The gazetteer is derived from O*NET 29.2 Technology Skills (CC BY 4.0, USDOL/ETA) and the ESCO
classification of the European Commission, plus our own aliases and stoplist (see NOTICE).
"""

from __future__ import annotations

from functools import cache

from interview_coach.skills.gazetteer import Gazetteer
from interview_coach.skills.mention import KINDS, SkillKind, SkillMention

__all__ = ["KINDS", "Gazetteer", "SkillKind", "SkillMention", "default_gazetteer", "find_skills"]


@cache
def default_gazetteer() -> Gazetteer:
    """The shipped gazetteer, loaded on first use and shared afterwards."""
    return Gazetteer.load()


def find_skills(text: str) -> list[SkillMention]:
    """Skills and tools named in ``text``: non-overlapping, longest match first, in text order."""
    return default_gazetteer().find(text)
