"""The whole competency catalog, and look-ups into it."""

from __future__ import annotations

from functools import cache

from interview_coach.competencies.behavioral import BEHAVIORAL
from interview_coach.competencies.model import Competency, Family
from interview_coach.competencies.motivational import MOTIVATIONAL
from interview_coach.competencies.situational import SITUATIONAL
from interview_coach.competencies.technical_practice import CLINICAL, GENERAL, SALES, TEACHING
from interview_coach.competencies.technical_software import DATA, SOFTWARE
from interview_coach.vocabulary import QuestionType

CATALOG: tuple[Competency, ...] = (
    BEHAVIORAL
    + SITUATIONAL
    + MOTIVATIONAL
    + SOFTWARE
    + DATA
    + CLINICAL
    + SALES
    + TEACHING
    + GENERAL
)

#: The technical area asked about when nothing more specific matches the job.
FALLBACK_AREA = "domain-expertise"


@cache
def _by_id() -> dict[str, Competency]:
    return {c.id: c for c in CATALOG}


def competency(competency_id: str) -> Competency:
    """The competency with this id; KeyError names the unknown id."""
    try:
        return _by_id()[competency_id]
    except KeyError:
        raise KeyError(f"unknown competency: {competency_id!r}") from None


def people_competencies(question_type: QuestionType) -> tuple[Competency, ...]:
    """The non-technical competencies that can be asked as this type of question."""
    return tuple(c for c in CATALOG if not c.technical and question_type in c.types)


def technical_competencies(family: Family | None = None) -> tuple[Competency, ...]:
    return tuple(c for c in CATALOG if c.technical and (family is None or c.family is family))
