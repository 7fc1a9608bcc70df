"""The whole competency catalog, read from the profession packs, and look-ups into it."""

from __future__ import annotations

from functools import cache

from interview_coach.competencies.model import Competency, Family
from interview_coach.vocabulary import QuestionType

#: The technical area asked about when nothing more specific matches the job.
FALLBACK_AREA = "domain-expertise"


def all_competencies() -> tuple[Competency, ...]:
    """Every competency of every pack in use, built-in packs first."""
    return _catalog()


@cache
def _catalog() -> tuple[Competency, ...]:
    from interview_coach import packs  # packs build competencies, so they are read lazily

    packs.on_change(_catalog.cache_clear)
    packs.on_change(_by_id.cache_clear)
    return tuple(c for p in packs.packs() for c in p.competencies)


def builtin_catalog() -> tuple[Competency, ...]:
    from interview_coach import packs

    return tuple(c for p in packs.builtin_packs() for c in p.competencies)


@cache
def _by_id() -> dict[str, Competency]:
    return {c.id: c for c in all_competencies()}


def competency(competency_id: str) -> Competency:
    """The competency with this id; KeyError names the unknown id."""
    try:
        return _by_id()[competency_id]
    except KeyError:
        raise KeyError(f"unknown competency: {competency_id!r}") from None


def people_competencies(question_type: QuestionType) -> tuple[Competency, ...]:
    """The non-technical competencies that can be asked as this type of question."""
    return tuple(c for c in all_competencies() if not c.technical and question_type in c.types)


def technical_competencies(family: str | None = None) -> tuple[Competency, ...]:
    return tuple(
        c for c in all_competencies() if c.technical and (family is None or c.family == family)
    )


__all__ = ["FALLBACK_AREA", "Competency", "Family", "all_competencies", "competency"]
