"""Numbers a resume bullet states: percentages, money, multiples, durations and counts."""

from __future__ import annotations

import re

_NUMBER = r"\d+(?:[.,]\d+)*"
_SCALE = r"(?:\s?(?:k|m|bn|b|mm|million|billion|thousand|trillion)\b)"
_METRIC = re.compile(
    rf"""
      [$€£¥]\s?{_NUMBER}{_SCALE}?\+?
    | {_NUMBER}{_SCALE}?\s?(?:usd|eur|gbp|chf|dollars|euros|pounds)\b
    | \b(?:usd|eur|gbp|chf)\s?{_NUMBER}{_SCALE}?
    | (?<![\w.])\d+-(?!\d)[a-z]+\b
    | [+-]?{_NUMBER}\s?(?:%|percent\b|per\s+cent\b|pp\b|percentage\s+points\b|bps\b
        |basis\s+points\b)
    | {_NUMBER}\s?[x×](?!\w)
    | {_NUMBER}\+?\s?(?:ms|milliseconds?|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?
        |weeks?|months?|years?|yrs?|quarters?|sprints?)\b
    | (?<![\w,.])(?!(?:19|20)\d\d\b){_NUMBER}{_SCALE}?\+?\s(?:[a-z][\w-]*\s){{0,2}}?
        (?:[a-z][\w-]*(?<!s)s|people|children|staff|personnel)\b
    | (?:\btop|\#)\s?\d+(?:\s?%)?
    | \b(?:doubled|tripled|quadrupled|halved)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)


def find_metrics(text: str) -> tuple[str, ...]:
    """The quantities stated in ``text``, in order: "35%", "$1.2M", "3x", "6 weeks", "40 beds"."""
    found = dict.fromkeys(match.group().strip() for match in _METRIC.finditer(text))
    return tuple(found)
