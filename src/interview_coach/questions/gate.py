"""The quality gate a phrasing passes before it is shown: mechanical checks on the final text.

A phrasing that fails is replaced by another, never shown. ``REJECTED`` counts the failures by
check, for the benchmark.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from interview_coach.questions.grammar import fix_articles

MAX_WORDS = 48
MAX_FRAMING_WORDS = 24
REJECTED: Counter[str] = Counter()

_DOUBLED = re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:^|[.?!]\s+)([a-z])")
_AGREEMENT = re.compile(
    r"\b(?:you|they|we|I) (?:has|was|does|is)\b|\bYou've (?:\w+ing|\w+s)\b|"
    r"\b(?:he|she|it) (?:have|do)\b|\bThis role (?:involve|ask)\b|"
    r"\ba \w+s (?:is|was)\b(?!\w)",
    re.IGNORECASE,
)
_LEFTOVER = re.compile(r"[{}]|\s[,.;:?]|,,|\.\.|\(\s*\)")
_PAIRS = (("(", ")"), ("[", "]"))


def defects(text: str) -> list[str]:
    """The checks this text fails, by name; empty when it may be shown."""
    return list(_defects(text))


@lru_cache(maxsize=65536)
def _defects(text: str) -> tuple[str, ...]:
    found: list[str] = []
    for opening, closing in _PAIRS:
        if text.count(opening) != text.count(closing):
            found.append("brackets")
            break
    if text.count('"') % 2 or text.count("“") != text.count("”"):
        found.append("quotes")
    if fix_articles(text) != text:
        found.append("a/an")
    if _AGREEMENT.search(text):
        found.append("agreement")
    if _DOUBLED.search(text):
        found.append("doubled word")
    if _SENTENCE_START.search(text):
        found.append("capital")
    if text.count("?") != 1 or not text.endswith("?"):
        found.append("one question mark")
    if _LEFTOVER.search(text):
        found.append("punctuation")
    sentences = [s for s in re.split(r"(?<=[.?!])\s+", text) if s]
    if (
        len(text.split()) > MAX_WORDS
        or len(sentences) > 2
        or (len(sentences) == 2 and len(sentences[0].split()) > MAX_FRAMING_WORDS)
    ):
        found.append("length")
    return tuple(found)


def passes(text: str) -> bool:
    """Whether the text may be shown; a failure is counted in REJECTED."""
    found = _defects(text)
    for name in found:
        REJECTED[name] += 1
    return not found
