"""Skills named in a document, through the skills gazetteer, ranked by how often they appear."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Protocol

from interview_coach.profile.lines import Line


class Mention(Protocol):
    """What profiling needs of a ``interview_coach.skills.SkillMention``."""

    @property
    def name(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


SkillFinder = Callable[[str], Sequence[Mention]]

_LIST_SEPARATORS = re.compile(r"\s*(?:[,;|•·/]|\band\b)\s*")
_LABEL = re.compile(r"^[^:]{2,40}:\s*")
_MAX_LISTED_WORDS = 4


def default_finder() -> SkillFinder:
    from interview_coach.skills import find_skills

    return find_skills


def ranked_names(mentions: Iterable[Mention]) -> list[str]:
    """Canonical names, the most mentioned first, ties in order of first mention."""
    counts: dict[str, int] = {}
    for mention in mentions:
        counts[mention.name] = counts.get(mention.name, 0) + 1
    order = {name: index for index, name in enumerate(counts)}
    return sorted(counts, key=lambda name: (-counts[name], order[name]))


def within(mentions: Sequence[Mention], start: int, end: int) -> list[Mention]:
    return [mention for mention in mentions if start <= mention.start and mention.end <= end]


def names_within(mentions: Sequence[Mention], start: int, end: int) -> tuple[str, ...]:
    return tuple(dict.fromkeys(mention.name for mention in within(mentions, start, end)))


def listed_skills(lines: Iterable[Line], mentions: Sequence[Mention]) -> list[str]:
    """Items of a skills list the gazetteer does not know ("Python, Temporal, Figma").

    Items it knows are left to the mentions, which carry the canonical name.
    """
    found: list[str] = []
    for line in lines:
        label = _LABEL.match(line.text)
        offset = label.end() if label else 0
        for item in _items(line.text, offset):
            start, end = line.start + item[0], line.start + item[1]
            text = line.text[item[0] : item[1]]
            if _plausible_item(text) and not _overlaps(mentions, start, end):
                found.append(text)
    return found


def _items(text: str, offset: int) -> Iterable[tuple[int, int]]:
    position = offset
    for separator in _LIST_SEPARATORS.finditer(text, offset):
        yield position, separator.start()
        position = separator.end()
    yield position, len(text)


def _plausible_item(text: str) -> bool:
    text = text.strip("()[]. ")
    return (
        bool(text)
        and text[0].isalpha()
        and len(text.split()) <= _MAX_LISTED_WORDS
        and len(text) <= 40
        and "(" not in text
    )


def _overlaps(mentions: Sequence[Mention], start: int, end: int) -> bool:
    return any(mention.start < end and start < mention.end for mention in mentions)
