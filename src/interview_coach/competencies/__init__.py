"""The competency catalog: what interviews probe, with behavioural anchors for each."""

from interview_coach.competencies.areas import (
    AreaMatch,
    profession,
    relevant_facts,
    speaks_to,
    technical_areas,
)
from interview_coach.competencies.catalog import (
    FALLBACK_AREA,
    all_competencies,
    builtin_catalog,
    competency,
    people_competencies,
    technical_competencies,
)
from interview_coach.competencies.model import ANCHOR_POINTS, Competency, Family

__all__ = [
    "ANCHOR_POINTS",
    "FALLBACK_AREA",
    "AreaMatch",
    "Competency",
    "Family",
    "all_competencies",
    "builtin_catalog",
    "competency",
    "people_competencies",
    "profession",
    "relevant_facts",
    "speaks_to",
    "technical_areas",
    "technical_competencies",
]
