"""Concrete facts in a sentence: metrics, named tools and named systems."""

from __future__ import annotations

import re
from dataclasses import dataclass

from interview_coach.analysis.lexicon import MONTHS, NUMBER_WORDS, UNITS_OF_TIME

_NUMBER = r"(?:\d+(?:[.,]\d+)*|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
_METRIC = re.compile(
    r"(?P<money>[$£€¥]\s?\d[\d,.]*\s?(?:[kmb]n?|million|billion|thousand)?\b)"
    r"|(?P<percent>\d+(?:[.,]\d+)?\s?(?:%|percent\b|per cent\b|x\b|times\b|pp\b))"
    r"|(?P<duration>\b" + _NUMBER + r"[\s-]+(?:" + "|".join(sorted(UNITS_OF_TIME)) + r")\b)"
    r"|(?P<date>\b(?:19|20)\d\d\b|\b(?:" + "|".join(sorted(MONTHS)) + r")\.?\s+\d{4}\b)"
    r"|(?P<count>\b(?:\d+(?:[.,]\d+)*\s?(?:k|m|bn|million|billion|thousand|hundred)?|"
    + "|".join(sorted(NUMBER_WORDS - {"half"}))
    + r")\s+(?:[a-z][a-z\-]+\s){0,2}?(?:[a-z][a-z\-]+s)\b)",
    re.IGNORECASE,
)
_NAMED = re.compile(
    r"\b(?:[A-Z][a-z]+[A-Z][A-Za-z]+|[A-Z]{2,}[a-z]?s?|[A-Z][a-z]+(?:\s[A-Z][a-z]+)+)\b"
)
_NOT_NAMED = frozenset({"I", "OK", "AM", "PM", "US", "UK", "CEO", "TV", "ID", "Q", "A"})


@dataclass(frozen=True, slots=True)
class Fact:
    kind: str  # "metric" (with a sub-kind in detail), "tool" or "name"
    detail: str
    start: int
    end: int
    text: str


def metrics(text: str, offset: int = 0) -> list[Fact]:
    found = []
    for match in _METRIC.finditer(text):
        kind = match.lastgroup or "count"
        start, end = match.span()
        found.append(Fact("metric", kind, offset + start, offset + end, match.group(0)))
    return found


def named_things(text: str, offset: int = 0, skip_first_word: bool = True) -> list[Fact]:
    """Capitalised names that are not just the first word of a sentence."""
    found = []
    for match in _NAMED.finditer(text):
        name = match.group(0)
        if name in _NOT_NAMED or (skip_first_word and match.start() == 0 and " " not in name):
            continue
        start, end = match.span()
        found.append(Fact("name", "name", offset + start, offset + end, name))
    return found
