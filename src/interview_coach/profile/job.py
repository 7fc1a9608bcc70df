"""Profile a job description: title, seniority, skills it needs, duties, domain and values."""

from __future__ import annotations

import re
from collections.abc import Sequence

from interview_coach.documents import looks_like_instruction, normalise_text
from interview_coach.profile.domains import main_domain
from interview_coach.profile.lines import Line
from interview_coach.profile.model import JobProfile
from interview_coach.profile.privacy import redact
from interview_coach.profile.requirements import skill_needs
from interview_coach.profile.sections import (
    JOB_HEADINGS,
    Section,
    SectionKind,
    sections_of,
    split_sections,
)
from interview_coach.profile.seniority import seniority_of
from interview_coach.profile.skillset import SkillFinder, default_finder
from interview_coach.profile.titles import has_title_word
from interview_coach.profile.values import stated_values

_TITLE_LABEL = re.compile(
    r"^(?:job title|position|role|title|vacancy|job)\s*[:\-–]\s*(.+)$", re.IGNORECASE
)
_HIRING_PREFIX = re.compile(
    r"^(?:we(?:'re| are) hiring|now hiring|hiring|job opening|opening|vacancy)\s*[:!\-–]*\s*",
    re.IGNORECASE,
)
_LOOKING_FOR = re.compile(
    r"\b(?:looking for|seeking|hiring|recruiting)\s+(?:an?\s+|our\s+next\s+)?"
    r"((?:[\w/&+-]+\s+){0,5}?[\w/&+-]+?)(?=\s+(?:to|who|with|that|for|in|at|on|join)\b|[.,!])",
    re.IGNORECASE,
)
_TITLE_TAIL = re.compile(
    r"\s*(?:\((?:[^)]*\b(?:remote|hybrid|on-?site|full[- ]time|part[- ]time|contract|"
    r"permanent|temporary|m/f/d|f/m/d|m/w/d)\b[^)]*)\)|\s[|@·]\s.*|\sat\s.*|,\s.*)$",
    re.IGNORECASE,
)
_YOU_WILL = re.compile(r"^(?:you will|you'll|you’ll|in this role,? you will)\s+", re.IGNORECASE)
_MAX_TITLE_WORDS = 10
_DOMAIN_SECTIONS = (
    SectionKind.HEADER,
    SectionKind.COMPANY,
    SectionKind.ROLE,
    SectionKind.RESPONSIBILITIES,
    SectionKind.REQUIREMENTS,
    SectionKind.NICE_TO_HAVE,
    SectionKind.OTHER,
)


def profile_job(text: str, *, find_skills: SkillFinder | None = None) -> JobProfile:
    """The job profile of a job description (plain or Markdown text).

    Args:
        text: the job description; raw text is cleaned the same way uploaded documents are.
        find_skills: the skill finder (default: ``interview_coach.skills.find_skills``).
    """
    text = normalise_text(text)
    sections = split_sections(text, JOB_HEADINGS)
    mentions = (find_skills or default_finder())(text)
    must_have, nice_to_have = skill_needs(sections, mentions).resolved()
    title = job_title(sections)
    return JobProfile(
        title=title,
        seniority=seniority_of(title, text),
        must_have=must_have,
        nice_to_have=nice_to_have,
        responsibilities=_responsibilities(sections),
        domain=main_domain(_text_of(sections, _DOMAIN_SECTIONS)),
        values=stated_values(sections),
    )


def job_title(sections: Sequence[Section]) -> str | None:
    """The title: a "Job title:" line, else the first short line naming a job, else the
    role in "we're looking for a ...", else None."""
    lines = [line for section in sections for line in section.content][:15]
    for line in lines:
        labelled = _TITLE_LABEL.match(line.text)
        if labelled and has_title_word(labelled.group(1)):
            return _tidy_title(labelled.group(1))
    for line in sections[0].content if sections else ():
        if not line.bullet and line.words <= _MAX_TITLE_WORDS and has_title_word(line.text):
            return _tidy_title(line.text)
    for line in lines:
        wanted = _LOOKING_FOR.search(line.text)
        if wanted and has_title_word(wanted.group(1)):
            return _tidy_title(wanted.group(1))
    return None


def _tidy_title(text: str) -> str:
    text = _HIRING_PREFIX.sub("", text.strip())
    text = _TITLE_TAIL.sub("", text)
    return text.strip(" -–—:|")


def _responsibilities(sections: Sequence[Section]) -> tuple[str, ...]:
    duties = sections_of(sections, SectionKind.RESPONSIBILITIES)
    lines: list[Line] = [line for section in duties for line in section.content]
    if not lines:
        lines = [
            line
            for section in sections_of(sections, SectionKind.ROLE, SectionKind.HEADER)
            for line in section.content
            if line.bullet or _YOU_WILL.match(line.text)
        ]
    kept = (_duty(line.text) for line in lines if not looks_like_instruction(line.text))
    return tuple(dict.fromkeys(duty for duty in kept if duty))


def _duty(text: str) -> str:
    text = redact(_YOU_WILL.sub("", text))
    return text[:1].upper() + text[1:]


def _text_of(sections: Sequence[Section], kinds: tuple[SectionKind, ...]) -> str:
    return "\n".join(line.text for s in sections_of(sections, *kinds) for line in s.content)
