"""Sections of a resume or job description, found by their headings."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from interview_coach.profile.lines import Line, split_lines
from interview_coach.profile.titles import has_title_word


class SectionKind(StrEnum):
    HEADER = "header"  # before the first heading: name and contact, or the job's title
    OTHER = "other"
    # resume
    SUMMARY = "summary"
    EXPERIENCE = "experience"
    EDUCATION = "education"
    SKILLS = "skills"
    CERTIFICATIONS = "certifications"
    PROJECTS = "projects"
    ACHIEVEMENTS = "achievements"
    PERSONAL = "personal"  # languages, interests, references
    # job description
    COMPANY = "company"
    ROLE = "role"
    RESPONSIBILITIES = "responsibilities"
    REQUIREMENTS = "requirements"
    NICE_TO_HAVE = "nice to have"
    VALUES = "values"
    BENEFITS = "benefits"
    APPLICATION = "application"


@dataclass(frozen=True, slots=True)
class Section:
    kind: SectionKind
    heading: str
    lines: tuple[Line, ...]

    @property
    def content(self) -> tuple[Line, ...]:
        return tuple(line for line in self.lines if not line.blank)


def _table(spec: dict[SectionKind, str]) -> dict[str, SectionKind]:
    return {phrase.strip(): kind for kind, phrases in spec.items() for phrase in phrases.split("|")}


RESUME_HEADINGS = _table(
    {
        SectionKind.SUMMARY: "summary|professional summary|career summary|executive summary|"
        "profile|professional profile|personal profile|about|about me|objective|"
        "career objective|personal statement|overview|introduction|highlights",
        SectionKind.EXPERIENCE: "experience|work experience|professional experience|employment|"
        "employment history|work history|career history|career|relevant experience|"
        "positions held|professional background|clinical experience|teaching experience|"
        "sales experience|industry experience|experience highlights|work",
        SectionKind.EDUCATION: "education|education and training|academic background|"
        "academic qualifications|qualifications|degrees|academics",
        SectionKind.SKILLS: "skills|technical skills|key skills|core skills|core competencies|"
        "competencies|areas of expertise|expertise|tools|technologies|tech stack|"
        "skills and tools|tools and technologies|clinical skills|strengths|skills and interests|"
        "skills and abilities|technical proficiencies|toolbox|skill set|skillset",
        SectionKind.CERTIFICATIONS: "certifications|certificates|certification|licenses|licences|"
        "licenses and certifications|licences and certifications|certifications and licenses|"
        "certifications and licences|credentials|accreditations|professional development|"
        "training|courses|registrations",
        SectionKind.PROJECTS: "projects|selected projects|personal projects|side projects|"
        "key projects|open source|open source contributions|portfolio",
        SectionKind.ACHIEVEMENTS: "achievements|key achievements|awards|honors|honours|"
        "awards and honors|awards and honours|accomplishments|selected achievements|"
        "publications|talks|publications and talks|presentations",
        SectionKind.PERSONAL: "languages|interests|hobbies|hobbies and interests|references|"
        "volunteering|volunteer experience|volunteer work|community involvement|activities|"
        "personal details|personal information|contact|contact information|contact details",
    }
)

JOB_HEADINGS = _table(
    {
        SectionKind.COMPANY: "about us|about the company|who we are|company overview|the company|"
        "our company|our mission|mission|our story|the team|about the team|our team",
        SectionKind.ROLE: "about the role|the role|role overview|job summary|position summary|"
        "overview|the opportunity|about the job|about the position|summary|job description|"
        "the position|role description|position overview|description|role",
        SectionKind.RESPONSIBILITIES: "responsibilities|key responsibilities|"
        "what you'll do|what you will do|your responsibilities|duties|key duties|"
        "duties and responsibilities|day to day|day-to-day|in this role you will|you will|"
        "your role|your mission|what you'll be doing|what you will be doing|main tasks|tasks|"
        "your impact|job duties|essential duties|essential functions|the work|"
        "roles and responsibilities|role and responsibilities|what the job involves",
        SectionKind.REQUIREMENTS: "requirements|qualifications|minimum qualifications|"
        "basic qualifications|required qualifications|required skills|must have|must haves|"
        "must-have|must-haves|what you'll bring|what you will bring|what you bring|"
        "what we're looking for|what we are looking for|who you are|you have|about you|you are|"
        "skills and experience|experience|skills|required|your profile|what you need|"
        "what you'll need|what you will need|we're looking for|ideal candidate|"
        "the ideal candidate|requirements and qualifications|essential|essential criteria|"
        "essential skills|key requirements|job requirements|experience and skills|"
        "skills and qualifications|qualifications and experience|who we're looking for|"
        "the successful candidate will have|the successful candidate|successful candidate|"
        "person specification|candidate profile",
        SectionKind.NICE_TO_HAVE: "nice to have|nice-to-have|nice to haves|nice-to-haves|"
        "bonus|bonus points|bonus points if|bonus points if you have|preferred|"
        "preferred qualifications|preferred skills|preferred experience|desirable|desired|"
        "desirable criteria|desired skills|pluses|extra credit|good to have|"
        "it would be great if|even better if|ideally|it's a plus if|additional qualifications",
        SectionKind.VALUES: "our values|values|what we value|our culture|culture|how we work|"
        "our principles|principles|culture and values|our values and culture",
        SectionKind.BENEFITS: "benefits|perks|what we offer|what's in it for you|compensation|"
        "compensation and benefits|why join us|why us|salary|we offer|benefits and perks|"
        "perks and benefits|pay|salary and benefits",
        SectionKind.APPLICATION: "how to apply|hiring process|interview process|"
        "application process|next steps|equal opportunity|equal opportunity employer|eeo|"
        "diversity and inclusion|our commitment",
    }
)

_DECORATION = re.compile(r"^[#*_=\s]+|[#*_=:.\s]+$")
_MAX_HEADING_WORDS = 6
_INLINE_HEADING = re.compile(r"^([^:]{2,40}):\s+(\S.*)$")


def split_sections(text: str, headings: dict[str, SectionKind]) -> list[Section]:
    """Sections in document order; lines before the first heading form the HEADER section.

    An inline heading ("Skills: Python, Go") makes a one-line section; the lines after it
    go on in the section it interrupted.
    """
    sections: list[Section] = []
    kind, heading, lines = SectionKind.HEADER, "", list[Line]()
    for line in split_lines(text):
        found = _heading_of(line, headings)
        if found is None:
            lines.append(line)
            continue
        sections.append(Section(kind, heading, tuple(lines)))
        new_kind, new_heading, inline = found
        if inline is None:
            kind, heading, lines = new_kind, new_heading, []
        else:
            sections.append(Section(new_kind, new_heading, (inline,)))
            lines = []
    sections.append(Section(kind, heading, tuple(lines)))
    return [section for section in sections if section.content]


def _heading_of(
    line: Line, headings: dict[str, SectionKind]
) -> tuple[SectionKind, str, Line | None] | None:
    if line.bullet or line.blank or line.words > _MAX_HEADING_WORDS * 4:
        return None
    if line.words <= _MAX_HEADING_WORDS:
        kind = _lookup(line.text, headings)
        if kind is not None:
            return kind, line.text, None
    inline = _INLINE_HEADING.match(line.text)
    if inline:
        kind = headings.get(heading_key(inline.group(1)))
        if kind is not None:
            rest = Line(inline.group(2), line.start + inline.start(2))
            return kind, inline.group(1), rest
    return None


def _lookup(text: str, headings: dict[str, SectionKind]) -> SectionKind | None:
    key = heading_key(text)
    kind = headings.get(key)
    if kind is not None or not _styled_as_heading(text) or has_title_word(text):
        return kind
    # "Relevant Nursing Experience", "SELECTED PROJECTS": known last words of a heading.
    words = key.split()
    return headings.get(" ".join(words[-2:])) or headings.get(words[-1])


def _styled_as_heading(text: str) -> bool:
    plain = _DECORATION.sub("", text)
    if not plain or len(plain.split()) > 4 or any(char.isdigit() for char in plain):
        return False
    return plain.isupper() or text.rstrip().endswith(":") or text.startswith(("#", "**"))


def heading_key(text: str) -> str:
    """The form used to look a heading up: lower case, no decoration, '&' read as 'and'."""
    key = _DECORATION.sub("", text).lower().replace("&", "and").replace("’", "'")
    return " ".join(key.split())


def sections_of(sections: Sequence[Section], *kinds: SectionKind) -> list[Section]:
    return [section for section in sections if section.kind in kinds]
