"""Compiling the analysis's long lists of phrases so they are quick to search.

Python's regular expressions try every alternative of a long ``\\b(?:a|b|c ...)`` at every
word boundary of the text. ``quick`` compiles the same pattern with a lookahead on the
characters any match can start with, so the search skips most positions at once. The matches
are exactly the same: the lookahead only states what every match already begins with. A
pattern whose first characters cannot be listed (a lookbehind, a wildcard, a case-insensitive
flag) is compiled as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as parser  # type: ignore[attr-defined]
from typing import Any, TypeVar

_BOUNDARY = r"\b"
_PER_TEXT: list[Any] = []
_Function = TypeVar("_Function", bound=Callable[..., Any])


def per_text(function: _Function) -> _Function:
    """Cache what a function reads off one text (a clause, a sentence): the analysis asks the
    same question of the same text more than once. ``forget_texts`` empties every such cache."""
    cached = lru_cache(maxsize=4096)(function)
    _PER_TEXT.append(cached)
    return cached  # type: ignore[return-value]


def forget_texts() -> None:
    """Empty the caches keyed by texts (benchmarks call it to score an answer cold, as a new
    answer is; the caches of single words stay warm, as they are in use)."""
    for cached in _PER_TEXT:
        cached.cache_clear()


_WIDEST_RANGE = 256


def quick(pattern: str) -> re.Pattern[str]:
    """``re.compile(pattern)``, with a lookahead on its first characters where they are known."""
    if not pattern.startswith(_BOUNDARY):
        return re.compile(pattern)
    rest = parser.parse(pattern[len(_BOUNDARY) :])
    found = _sequence(list(rest))
    if found is None or found[1] or not found[0]:
        return re.compile(pattern)
    starts = "".join(re.escape(char) for char in sorted(found[0]))
    return re.compile(rf"{_BOUNDARY}(?=[{starts}]){pattern[len(_BOUNDARY) :]}")


def _sequence(items: list[tuple[Any, Any]]) -> tuple[set[str], bool] | None:
    """The characters a match of these items can start with, and whether it can be empty."""
    chars: set[str] = set()
    for op, value in items:
        if op is sre.AT:
            continue  # a boundary takes no characters
        found = _item(op, value)
        if found is None:
            return None
        chars |= found[0]
        if not found[1]:
            return chars, False
    return chars, True


def _item(op: Any, value: Any) -> tuple[set[str], bool] | None:
    if op is sre.LITERAL:
        return {chr(value)}, False
    if op is sre.IN:
        chars = _members(value)
        return None if chars is None else (chars, False)
    if op is sre.BRANCH:
        chars, empty = set(), False
        for branch in value[1]:
            found = _sequence(list(branch))
            if found is None:
                return None
            chars |= found[0]
            empty = empty or found[1]
        return chars, empty
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, inner = value
        return None if add_flags else _sequence(list(inner))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, _high, inner = value
        found = _sequence(list(inner))
        return None if found is None else (found[0], found[1] or low == 0)
    return None  # a wildcard, a lookaround, a back-reference: not listed


def _members(value: list[tuple[Any, Any]]) -> set[str] | None:
    chars: set[str] = set()
    for op, member in value:
        if op is sre.LITERAL:
            chars.add(chr(member))
        elif op is sre.RANGE and member[1] - member[0] <= _WIDEST_RANGE:
            chars.update(chr(code) for code in range(member[0], member[1] + 1))
        elif op is sre.CATEGORY and member is sre.CATEGORY_DIGIT:
            chars.update("0123456789")
        else:
            return None
    return chars
