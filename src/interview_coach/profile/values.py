"""Company values, where the job description states them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from interview_coach.profile.lines import Line
from interview_coach.profile.sections import Section, SectionKind, sections_of

_LABEL = re.compile(r"^(.{2,60}?)\s*(?::|\s[–—-]\s)\s*\S")
VALUE_STATEMENT = re.compile(
    r"\b(?:we value|we believe in|our (?:core )?values(?: are)?\s*[:–—-]?)\s*([^.!?\n]+)",
    re.IGNORECASE,
)
_LIST = re.compile(r"\s*(?:,|;|\band\b|&)\s*")
_MAX_VALUE_WORDS = 6


def stated_values(sections: Sequence[Section]) -> tuple[str, ...]:
    """ "Customers first", "Own it"...: the labels of a values section, or a "we value" list."""
    found: list[str] = []
    for section in sections_of(sections, SectionKind.VALUES):
        found.extend(_section_values(section.content))
    for section in sections_of(sections, SectionKind.COMPANY, SectionKind.ROLE, SectionKind.HEADER):
        for line in section.content:
            for match in VALUE_STATEMENT.finditer(line.text):
                found.extend(_list_items(match.group(1)))
    return tuple(dict.fromkeys(value for value in found if value))


def _section_values(lines: tuple[Line, ...]) -> Iterable[str]:
    bullets = [line for line in lines if line.bullet]
    for line in bullets or lines:
        label = _LABEL.match(line.text)
        if label and len(label.group(1).split()) <= _MAX_VALUE_WORDS:
            yield _tidy(label.group(1))
        elif line.words <= _MAX_VALUE_WORDS:
            yield _tidy(line.text)
        elif not bullets and "," in line.text:
            yield from _list_items(line.text)


def _list_items(text: str) -> list[str]:
    items = [_tidy(item) for item in _LIST.split(text)]
    return [item for item in items if item and len(item.split()) <= _MAX_VALUE_WORDS]


def _tidy(text: str) -> str:
    text = text.strip(" .:;!*_\"'")
    return text[:1].upper() + text[1:]
