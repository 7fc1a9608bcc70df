"""Which skills a job must have and which are nice to have, clause by clause."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from interview_coach.profile.lines import Line
from interview_coach.profile.sections import Section, SectionKind
from interview_coach.profile.skillset import Mention, within
from interview_coach.profile.values import VALUE_STATEMENT


class Need(StrEnum):
    MUST = "must"
    NICE = "nice"
    IMPLIED = "implied"  # named in the duties, not in the requirements


_NICE = re.compile(
    r"nice[- ]to[- ]haves?|\bbonus\b|\bpreferred\b|\bpreferably\b|\b(?:a|big|huge|real)\s+plus\b"
    r"|\bplus\s*:|\bpluses\b|\badvantage(?:ous)?\b|\bdesirable\b|\bdesired\b|\bideally\b"
    r"|would be (?:great|nice|good)|good to have|\bnot (?:required|essential|mandatory)\b"
    r"|\boptional\b|even better|\bextra credit\b",
    re.IGNORECASE,
)
_MUST = re.compile(
    r"\brequired\b|\bmust\b|\bessential\b|\bmandatory\b|\bneed to\b|\bminimum\b|\bat least\b",
    re.IGNORECASE,
)
# Words that make a clause a requirement only where the section does not say otherwise.
_EXPECTED = re.compile(
    r"\byou (?:have|bring|are|will have)\b|\bproven\b|\bstrong\b|\bsolid\b"
    r"|\bexperience (?:with|in)\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[;]\s*|(?<=[.!?])\s+(?=[A-Z])")
_DEFAULT_NEED = {
    SectionKind.REQUIREMENTS: Need.MUST,
    SectionKind.NICE_TO_HAVE: Need.NICE,
    SectionKind.RESPONSIBILITIES: Need.IMPLIED,
    SectionKind.ROLE: Need.IMPLIED,
    SectionKind.HEADER: Need.IMPLIED,
    SectionKind.OTHER: Need.IMPLIED,
}


@dataclass(slots=True)
class SkillNeeds:
    must: dict[str, None] = field(default_factory=dict)
    nice: dict[str, None] = field(default_factory=dict)
    implied: dict[str, None] = field(default_factory=dict)

    def add(self, need: Need, name: str) -> None:
        {Need.MUST: self.must, Need.NICE: self.nice, Need.IMPLIED: self.implied}[need][name] = None

    def resolved(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(must have, nice to have): duties' skills count as must unless listed as nice."""
        must = dict(self.must)
        for name in self.implied:
            if name not in self.nice:
                must[name] = None
        nice = tuple(name for name in self.nice if name not in must)
        return tuple(must), nice


def skill_needs(sections: Sequence[Section], mentions: Sequence[Mention]) -> SkillNeeds:
    needs = SkillNeeds()
    for section in sections:
        default = _DEFAULT_NEED.get(section.kind)
        if default is None:
            continue  # the company, its values, benefits: not skills the job needs
        for line in section.content:
            for start, end, need in _clauses(line, default):
                if VALUE_STATEMENT.search(line.text, start - line.start, end - line.start):
                    continue  # "we value integrity" describes the company, not a skill
                for mention in within(mentions, start, end):
                    needs.add(need, mention.name)
    return needs


def _clauses(line: Line, default: Need) -> list[tuple[int, int, Need]]:
    clauses: list[tuple[int, int, Need]] = []
    position = 0
    for boundary in [*_CLAUSE_END.finditer(line.text), None]:
        end = boundary.start() if boundary else len(line.text)
        text = line.text[position:end]
        clauses.append((line.start + position, line.start + end, _need_of(text, default)))
        position = boundary.end() if boundary else end
    return clauses


def _need_of(clause: str, default: Need) -> Need:
    if _NICE.search(clause):
        return Need.NICE
    if _MUST.search(clause):
        return Need.MUST
    if default is Need.IMPLIED and _EXPECTED.search(clause):
        return Need.MUST
    return default
