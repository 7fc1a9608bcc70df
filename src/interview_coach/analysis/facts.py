"""Named things in an answer: tools (from the gazetteer) and named systems or organisations.

Numbers are read in analysis.numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass

_NAMED = re.compile(
    r"\b(?:[A-Z][a-z]+[A-Z][A-Za-z]+|[A-Z]{2,}[a-z]?s?|[A-Z][a-z]+(?:\s[A-Z][a-z]+)+)\b"
)
_NOT_NAMED = frozenset({"I", "OK", "AM", "PM", "US", "UK", "CEO", "TV", "ID", "Q", "A"})


#: The skill kind of soft skills in the gazetteer ("patient-centred care", "teamwork"): a claim
#: about oneself, not a named tool, so it makes nothing concrete.
SOFT_SKILL = "transversal"


@dataclass(frozen=True, slots=True)
class Fact:
    kind: str  # "tool" (its skill kind in detail) or "name"
    detail: str
    start: int
    end: int
    text: str


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
