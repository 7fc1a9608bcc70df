"""Compiling the analysis's long lists of phrases so they are quick to search.

Python's regular expressions try every alternative of a long ``\\b(?:a|b|c ...)`` at every
word boundary of the text. ``quick`` compiles the same pattern with a lookahead on the
characters any match can start with, so the search skips most positions at once. The matches
are exactly the same: the lookahead only states what every match already begins with. A
pattern whose first characters cannot be listed (a lookbehind, a wildcard, a case-insensitive
flag) is compiled as it is.

``quick`` also orders a long list of phrases as a tree of their letters, so that at each
position only the phrases that begin with the text's next letter are tried, not all of them:
``\\b(?:cut|cost|fell)`` is searched as ``\\b(?:c(?:ut|ost)|fell)``. Phrases that begin with
different letters can never match at the same position, and those that share a letter keep
their order, so the first phrase to match is the one the list as written would find. A
leading choice or optional part is spelled out first (``(?:just )?didn't`` is read as
``just didn't|didn't``), which is also the order the list as written tries them in.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from re import _compiler as compiler  # type: ignore[attr-defined]
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
    """``re.compile(pattern)``, with a lookahead on its first characters where they are known,
    and its phrases in a tree of their letters."""
    if not pattern.startswith(_BOUNDARY):
        return re.compile(pattern)
    rest = parser.parse(pattern[len(_BOUNDARY) :])
    found = _sequence(list(rest))
    if found is None or found[1] or not found[0]:
        return re.compile(pattern)
    starts = "".join(re.escape(char) for char in sorted(found[0]))
    written = rf"{_BOUNDARY}(?=[{starts}]){pattern[len(_BOUNDARY) :]}"
    tree = parser.parse(written)
    if tree.state.groups > 1 or tree.state.flags & ~re.UNICODE:
        return re.compile(written)  # groups of its own would be numbered twice once spelled out
    return _compiled(written, tree.state, _factored(list(tree), tree.state))


def _compiled(written: str, state: Any, items: list[tuple[Any, Any]]) -> re.Pattern[str]:
    """Compiles a parsed (and reordered) pattern, keeping `written` as its `.pattern`."""
    tree = parser.SubPattern(state, items)
    code = compiler._code(tree, state.flags)
    names = [None] * state.groups
    compiled: re.Pattern[str] = compiler._sre.compile(
        written, state.flags, code, state.groups - 1, state.groupdict, tuple(names)
    )
    return compiled


#: Spelling out a list's leading choices stops here; the list is then left as it was written.
_MOST_SPELLED = 3000
_SMALLEST_TREE = 4


def _factored(items: list[tuple[Any, Any]], state: Any) -> list[tuple[Any, Any]]:
    """`items` with every long list of phrases in it made a tree of their letters."""
    out: list[tuple[Any, Any]] = []
    for op, value in items:
        if op is sre.BRANCH and len(value[1]) >= _SMALLEST_TREE:
            spelled = _spelled([list(branch) for branch in value[1]])
            if spelled is not None:
                out.extend(_tree(spelled, state))
                continue
        if op is sre.SUBPATTERN and value[0] is None and not value[1] and not value[2]:
            inner = parser.SubPattern(state, _factored(list(value[3]), state))
            out.append((op, (None, 0, 0, inner)))
            continue
        out.append((op, value))
    return out


def _spelled(branches: list[list[tuple[Any, Any]]]) -> list[list[tuple[Any, Any]]] | None:
    """The branches with each leading choice spelled out, in the order a match tries them, so
    that each begins with a letter (or is empty); None when one cannot be."""
    out: list[list[tuple[Any, Any]]] = []
    for branch in branches:
        found = _spell(branch)
        if found is None or len(out) + len(found) > _MOST_SPELLED:
            return None
        out.extend(found)
    return out


def _spell(items: list[tuple[Any, Any]]) -> list[list[tuple[Any, Any]]] | None:
    if not items or items[0][0] is sre.LITERAL:
        return [items]
    (op, value), rest = items[0], items[1:]
    if op is sre.SUBPATTERN and value[0] is None and not value[1] and not value[2]:
        return _spell(list(value[3]) + rest)
    if op is sre.BRANCH:
        return _spelled([list(branch) + rest for branch in value[1]])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and value[:2] == (0, 1):
        taken = list(value[2]) + rest
        order = [taken, rest] if op is sre.MAX_REPEAT else [rest, taken]
        return _spelled(order)
    if op is sre.IN:
        chars = _members(value)
        if chars is not None and not any(o is sre.NEGATE for o, _ in value):
            return [[(sre.LITERAL, ord(char)), *rest] for char in sorted(chars)]
    return None


def _tree(branches: list[list[tuple[Any, Any]]], state: Any) -> list[tuple[Any, Any]]:
    """One BRANCH of `branches` (each begins with a letter or is empty) as a tree of letters.

    Branches are grouped by their first letter within each run between empty ones (an empty
    branch matches anywhere, so nothing may move across it)."""
    choices: list[Any] = []
    run: dict[int, list[list[tuple[Any, Any]]]] = {}
    for branch in [*branches, None]:
        if branch:
            run.setdefault(branch[0][1], []).append(branch[1:])
            continue
        for letter, rests in run.items():
            choices.append(parser.SubPattern(state, [(sre.LITERAL, letter), *_rests(rests, state)]))
        run = {}
        if branch is not None:
            choices.append(parser.SubPattern(state, []))
    if len(choices) == 1:
        return list(choices[0])
    return [(sre.BRANCH, (None, choices))]


def _rests(rests: list[list[tuple[Any, Any]]], state: Any) -> list[tuple[Any, Any]]:
    if len(rests) == 1:
        return _factored(rests[0], state)
    spelled = _spelled(rests)
    if spelled is None:
        return [(sre.BRANCH, (None, [parser.SubPattern(state, rest) for rest in rests]))]
    return _tree(spelled, state)


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
