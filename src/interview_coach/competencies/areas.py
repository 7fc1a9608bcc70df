"""Which technical areas a job calls for, read from its skills and responsibilities."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from interview_coach.competencies.catalog import FALLBACK_AREA, competency, technical_competencies
from interview_coach.competencies.model import Competency, Family
from interview_coach.profile.model import JobProfile

#: A family counts for the job when it has at least this share of the leading family's matches,
#: so one stray word ("assessment" in a nursing post) does not pull in another profession.
FAMILY_SHARE = 0.34


#: Skills that are ways of working, not a craft: asked about by the people competencies, never
#: as "the role asks for {skill}" or a technical question about them.
_SOFT_WORDS = frozenset(
    {
        "leadership",
        "mentoring",
        "coaching",
        "communication",
        "teamwork",
        "collaboration",
        "attention to detail",
        "customer service",
        "time management",
        "problem solving",
        "problem-solving",
        "organisation",
        "organization",
        "interpersonal skills",
        "stakeholder management",
        "people management",
        "team leadership",
        "adaptability",
        "motivation",
        "presentation skills",
        "empathy",
        "resilience",
        "people leadership",
        "written communication",
        "verbal communication",
        "prioritization",
        "prioritisation",
    }
)


def is_soft_skill(skill: str) -> bool:
    """Whether a skill is a way of working rather than the craft of the role."""
    return skill.strip().lower() in _SOFT_WORDS


@dataclass(frozen=True, slots=True)
class AreaMatch:
    """A technical area the job calls for, with the job facts that call for it."""

    competency: Competency
    facts: tuple[str, ...]

    @property
    def id(self) -> str:
        return self.competency.id


@lru_cache(maxsize=2048)
def _pattern(trigger: str) -> re.Pattern[str]:
    # Short triggers are acronyms or whole words ("sen", "qa"); longer ones are word prefixes.
    tail = r"s?(?![a-z])" if len(trigger.strip()) <= 4 else ""
    return re.compile(r"(?<![a-z])" + re.escape(trigger.strip().lower()) + tail)


def matches(text: str, triggers: tuple[str, ...]) -> bool:
    lowered = text.lower()
    return any(_pattern(t).search(lowered) for t in triggers)


def job_facts(job: JobProfile) -> tuple[str, ...]:
    """The job's skills, then its responsibilities: what technical areas are read from."""
    return job.skills + tuple(r for r in job.responsibilities if r not in job.skills)


@lru_cache(maxsize=8192)
def relevant_facts(item: Competency, job: JobProfile) -> tuple[str, ...]:
    """The job facts (skills, responsibilities, values) that make a competency relevant."""
    if not item.triggers:
        return ()
    return _matching(job_facts(job) + job.values, item.triggers)


@lru_cache(maxsize=8192)
def _matching(facts: tuple[str, ...], triggers: tuple[str, ...]) -> tuple[str, ...]:
    """The facts that match any trigger; remembered, as the planner asks for every question."""
    return tuple(f for f in facts if matches(f, triggers))


def speaks_to(text: str, match: AreaMatch) -> bool:
    """Whether a resume line is about this area: its cues, or one of the job facts behind it."""
    return _speaks_to(text, match.competency.triggers + match.competency.keywords, match.facts)


@lru_cache(maxsize=8192)
def _speaks_to(text: str, cues: tuple[str, ...], facts: tuple[str, ...]) -> bool:
    lowered = text.lower()
    return matches(text, cues) or any(f.lower() in lowered for f in facts if len(f) > 2)


def technical_areas(job: JobProfile) -> tuple[AreaMatch, ...]:
    """The job's technical areas, strongest first, always ending with the fallback area.

    The fallback carries the job skills no other area claimed, so questions about them stay
    grounded even for professions the catalog has no family for.
    """
    found = [
        AreaMatch(c, facts)
        for c in technical_competencies()
        if c.id != FALLBACK_AREA and (facts := relevant_facts(c, job))
    ]
    found = _without_claimed_general(_leading_families(found))
    found.sort(key=lambda m: -len(m.facts))
    claimed = {f for m in found for f in m.facts}
    craft = tuple(s for s in job.skills if not is_soft_skill(s))
    unclaimed = tuple(s for s in craft if s not in claimed) or craft or job.skills
    return (*found, AreaMatch(competency(FALLBACK_AREA), unclaimed))


def _without_claimed_general(found: list[AreaMatch]) -> list[AreaMatch]:
    """General areas keep only facts no profession-specific area explains ("lesson planning")."""
    specific = {f for m in found if m.competency.family != Family.GENERAL for f in m.facts}
    kept = []
    for match in found:
        if match.competency.family == Family.GENERAL:
            match = AreaMatch(match.competency, tuple(f for f in match.facts if f not in specific))
        if match.facts:
            kept.append(match)
    return kept


def _leading_families(found: list[AreaMatch]) -> list[AreaMatch]:
    """Areas of the job's leading professions; a fact two professions share ("A/B testing")
    goes to the one the job matches more."""
    votes: Counter[str] = Counter()
    for match in found:
        votes[match.competency.family] += len(match.facts)
    if not votes:
        return found
    top = max(votes.values())
    kept = {f for f, n in votes.items() if n >= FAMILY_SHARE * top or f == Family.GENERAL}
    owner: dict[str, str] = {}
    for match in found:
        for fact in match.facts:
            family = match.competency.family
            if fact not in owner or votes[family] > votes[owner[fact]]:
                owner[fact] = family
    result = []
    for match in found:
        family = match.competency.family
        facts = tuple(f for f in match.facts if owner[f] == family or family == Family.GENERAL)
        if family in kept and facts:
            result.append(AreaMatch(match.competency, facts))
    return result


def profession(job: JobProfile) -> str | None:
    """The family of the job's profession (its leading technical areas), or None."""
    votes: Counter[str] = Counter()
    for match in technical_areas(job):
        if match.competency.family != Family.GENERAL and match.id != FALLBACK_AREA:
            votes[match.competency.family] += len(match.facts)
    return max(votes, key=lambda f: (votes[f], f)) if votes else None
