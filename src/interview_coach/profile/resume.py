"""Profile a resume: roles, years of experience, domains, skills, achievements and education.

Nothing that identifies the person (name, email, phone, address, links) is kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from interview_coach.documents import looks_like_instruction, normalise_text
from interview_coach.profile.dates import DateRange, total_months
from interview_coach.profile.domains import find_domains
from interview_coach.profile.education import education_entries
from interview_coach.profile.lines import Line
from interview_coach.profile.metrics import find_metrics
from interview_coach.profile.model import Achievement, CandidateProfile, Role
from interview_coach.profile.privacy import guess_name, redact
from interview_coach.profile.roles import RoleEntry, group_roles
from interview_coach.profile.sections import (
    RESUME_HEADINGS,
    Section,
    SectionKind,
    sections_of,
    split_sections,
)
from interview_coach.profile.skillset import (
    Mention,
    SkillFinder,
    default_finder,
    listed_skills,
    names_within,
    ranked_names,
)

_STATED_YEARS = re.compile(
    r"\b(\d{1,2}(?:\.\d)?)\+?\s*(?:years?|yrs?)(?:'s?)?\s+(?:of\s+)?(?:[a-z-]+\s+){0,3}?experience",
    re.IGNORECASE,
)
_MIN_ACHIEVEMENT_WORDS = 3
_DOMAIN_SECTIONS = (
    SectionKind.HEADER,
    SectionKind.SUMMARY,
    SectionKind.EXPERIENCE,
    SectionKind.PROJECTS,
    SectionKind.ACHIEVEMENTS,
)


def profile_resume(
    text: str, *, today: date | None = None, find_skills: SkillFinder | None = None
) -> CandidateProfile:
    """The candidate profile of a resume (plain or Markdown text).

    Args:
        text: the resume; raw text is cleaned the same way uploaded documents are.
        today: the date "Present" stands for (default: today), so results can be pinned.
        find_skills: the skill finder (default: ``interview_coach.skills.find_skills``).
    """
    text = normalise_text(text)
    today = today or date.today()
    mentions = (find_skills or default_finder())(text)
    sections = split_sections(text, RESUME_HEADINGS)
    header = [line.text for s in sections_of(sections, SectionKind.HEADER) for line in s.content]
    name = guess_name(header)
    keep = _Keeper((name,) if name else ())
    entries = _role_entries(sections, name)
    roles = tuple(_role(entry, today, keep) for entry in entries)
    return CandidateProfile(
        roles=roles,
        years_experience=_years_experience(entries, sections, today),
        domains=find_domains(_text_of(sections, _DOMAIN_SECTIONS)),
        skills=_skills(sections, mentions),
        achievements=_achievements(sections, entries, roles, mentions, keep),
        education=_education(sections, keep),
    )


def _role_entries(sections: list[Section], name: str | None) -> list[RoleEntry]:
    """Roles of the experience sections; a resume without headings is read as one."""
    experience = sections_of(sections, SectionKind.EXPERIENCE)
    if not experience:
        header = sections_of(sections, SectionKind.HEADER)
        lines = tuple(line for s in header for line in s.lines if line.text != name)
        return group_roles(lines)
    return [entry for section in experience for entry in group_roles(section.lines)]


class _Keeper:
    """What the profile may keep of a line: no contact details, no orders addressed to an AI."""

    def __init__(self, names: tuple[str, ...]) -> None:
        self._names = names
        self._kept: dict[str, str] = {}

    def __call__(self, text: str) -> str:
        kept = self._kept.get(text)
        if kept is None:
            kept = "" if looks_like_instruction(text) else redact(text, self._names)
            self._kept[text] = kept
        return kept


def _role(entry: RoleEntry, today: date, keep: _Keeper) -> Role:
    title, employer = entry.title_and_employer
    dates = entry.dates
    return Role(
        title=keep(title or "") or "Role",
        employer=keep(employer) or None if employer else None,
        start=str(dates.start) if dates else None,
        end=dates.end_label if dates else None,
        years=_years(dates.months(today)) if dates else None,
        bullets=tuple(kept for line in entry.details if (kept := keep(line.text))),
    )


def _years_experience(
    entries: list[RoleEntry], sections: list[Section], today: date
) -> float | None:
    ranges: list[DateRange] = [entry.dates for entry in entries if entry.dates]
    if ranges:
        return _years(total_months(ranges, today))
    stated = _STATED_YEARS.search(_text_of(sections, (SectionKind.HEADER, SectionKind.SUMMARY)))
    return float(stated.group(1)) if stated else None


def _years(months: int) -> float:
    return round(months / 12, 1)


def _skills(sections: list[Section], mentions: Sequence[Mention]) -> tuple[str, ...]:
    names = ranked_names(mentions)
    skill_lines = [line for s in sections_of(sections, SectionKind.SKILLS) for line in s.content]
    known = {name.lower() for name in names}
    for item in listed_skills(skill_lines, mentions):
        if item.lower() not in known:
            known.add(item.lower())
            names.append(item)
    return tuple(names)


def _achievements(
    sections: list[Section],
    entries: list[RoleEntry],
    roles: tuple[Role, ...],
    mentions: Sequence[Mention],
    keep: _Keeper,
) -> tuple[Achievement, ...]:
    """Bullets worth asking about; those stating numbers first, then in resume order."""
    found: list[Achievement] = []
    for entry, role in zip(entries, roles, strict=True):
        found.extend(_achievement(line, mentions, keep, role.title) for line in entry.details)
    for section in sections_of(sections, SectionKind.ACHIEVEMENTS, SectionKind.PROJECTS):
        found.extend(_achievement(line, mentions, keep, None) for line in section.content)
    unique = {a.text: a for a in found if len(a.text.split()) >= _MIN_ACHIEVEMENT_WORDS}
    return tuple(sorted(unique.values(), key=lambda a: not a.metrics))


def _achievement(
    line: Line, mentions: Sequence[Mention], keep: _Keeper, role: str | None
) -> Achievement:
    text = keep(line.text)
    return Achievement(
        text=text,
        metrics=find_metrics(text),
        skills=names_within(mentions, line.start, line.end),
        role=role,
    )


def _education(sections: list[Section], keep: _Keeper) -> tuple[str, ...]:
    kinds = (SectionKind.EDUCATION, SectionKind.CERTIFICATIONS)
    lines = [line for s in sections_of(sections, *kinds) for line in (*s.lines, Line("", 0))]
    entries = (keep(entry) for entry in education_entries(lines))
    return tuple(dict.fromkeys(entry for entry in entries if entry))


def _text_of(sections: list[Section], kinds: tuple[SectionKind, ...]) -> str:
    return "\n".join(line.text for s in sections_of(sections, *kinds) for line in s.content)
