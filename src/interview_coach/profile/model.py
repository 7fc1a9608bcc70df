"""Plain data the planner grounds its questions in. No names or contact details are kept."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Role:
    title: str
    employer: str | None = None
    start: str | None = None
    end: str | None = None
    years: float | None = None
    bullets: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Achievement:
    """A resume bullet worth asking about; ``metrics`` are the numbers it states."""

    text: str
    metrics: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    role: str | None = None


@dataclass(frozen=True, slots=True)
class CandidateProfile:
    roles: tuple[Role, ...] = ()
    years_experience: float | None = None
    domains: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    achievements: tuple[Achievement, ...] = ()
    education: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class JobProfile:
    title: str | None = None
    seniority: str | None = None
    must_have: tuple[str, ...] = ()
    nice_to_have: tuple[str, ...] = ()
    responsibilities: tuple[str, ...] = ()
    domain: str | None = None
    values: tuple[str, ...] = field(default=())

    @property
    def skills(self) -> tuple[str, ...]:
        return self.must_have + tuple(s for s in self.nice_to_have if s not in self.must_have)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
