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
leading choice, optional part or repeat is spelled out first (``(?:just )?didn't`` is read as
``just didn't|didn't``), which is also the order the list as written tries them in; a boundary
or a lookaround stays in front of the letter it guards.

A list with few first letters (ten or fewer) is turned round once more: ``\\b(?:cut|fell)``
becomes ``(?:c(?<!\\w.)ut|f(?<!\\w.)ell)``, the boundary checked once the letter is read, so
that the pattern begins with its letters and the engine can jump from one to the next. With
more first letters than that, nearly every character is one of them and the boundary first
is quicker. Every compiled list is checked against its plain pattern in the tests.
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
    tree = parser.parse(pattern)
    starts = _starts(pattern, tree)
    written = rf"{_BOUNDARY}(?=[{starts}]){pattern[len(_BOUNDARY) :]}" if starts else pattern
    if tree.state.flags & ~re.UNICODE:
        return re.compile(written)
    items = _factored(list(tree), tree.state)
    scanned = _boundary_after_letter(items, tree.state)
    if scanned is None and starts and items[:1] == [_BOUNDARY_ITEM]:
        ahead = next(iter(parser.parse(f"(?=[{starts}])")))
        scanned = [_BOUNDARY_ITEM, ahead, *items[1:]]
    return _compiled(written, tree.state, scanned or items)


#: "\b" before a word character, checked once the character is read: the one before it is
#: not a word character.
_AFTER_WORD_START = next(iter(parser.parse(r"(?<!\w.)")))


#: Past this many first letters the engine stops at nearly every character to try them all, and
#: checking the boundary first (with the lookahead) is quicker; measured on answers' sentences.
_MOST_FIRST_LETTERS = 10


def _boundary_after_letter(items: list[tuple[Any, Any]], state: Any) -> list[Any] | None:
    """``\\b(?:cut|fell)`` as ``(?:c(?<!\\w.)ut|f(?<!\\w.)ell)``: the same matches, but the
    pattern now begins with its first letters, which lets the regex engine skip straight to
    the next position holding one of them. None when a first character is not a letter, or
    when there are so many first letters that little would be skipped."""
    if len(items) < 2 or items[0] != _BOUNDARY_ITEM:
        return None
    op, value = items[1]
    if op is sre.LITERAL and _is_word(value):
        return [items[1], _AFTER_WORD_START, *items[2:]]
    if op is not sre.BRANCH or len(value[1]) > _MOST_FIRST_LETTERS:
        return None
    choices = []
    for choice in value[1]:
        if not choice or choice[0][0] is not sre.LITERAL or not _is_word(choice[0][1]):
            return None
        choices.append(parser.SubPattern(state, [choice[0], _AFTER_WORD_START, *choice[1:]]))
    return [(sre.BRANCH, (None, choices)), *items[2:]]


def _is_word(code: int) -> bool:
    return re.match(r"\w", chr(code)) is not None


def _starts(pattern: str, tree: Any) -> str:
    """The characters a match of a pattern that begins with a boundary can start with, ready
    for a set ("" when they cannot all be listed)."""
    if not pattern.startswith(_BOUNDARY):
        return ""
    found = _sequence(list(tree))
    if found is None or found[1] or not found[0]:
        return ""
    return "".join(re.escape(char) for char in sorted(found[0]))


def _compiled(written: str, state: Any, items: list[tuple[Any, Any]]) -> re.Pattern[str]:
    """Compiles a parsed (and reordered) pattern, keeping `written` as its `.pattern`."""
    tree = parser.SubPattern(state, items)
    code = compiler._code(tree, state.flags)
    names: list[str | None] = [None] * state.groups
    for name, index in state.groupdict.items():
        names[index] = name
    compiled: re.Pattern[str] = compiler._sre.compile(
        written, state.flags, code, state.groups - 1, state.groupdict, tuple(names)
    )
    return compiled


#: Spelling out a list's leading choices stops here; the list is then left as it was written.
_MOST_SPELLED = 3000
_SMALLEST_TREE = 6


def _factored(items: list[tuple[Any, Any]], state: Any) -> list[tuple[Any, Any]]:
    """`items` with every long list of phrases in it made a tree of their letters."""
    out: list[tuple[Any, Any]] = []
    for op, value in items:
        if op is sre.BRANCH:
            spelled = None
            # Spelled out, a group of its own would be copied, and numbered twice.
            own_groups = state.groups > 1 and any(_captures(list(b)) for b in value[1])
            if len(value[1]) >= _SMALLEST_TREE and not own_groups:
                spelled = _spelled([list(branch) for branch in value[1]])
            if spelled is not None:
                out.extend(_tree(spelled, state))
                continue
            branches = [parser.SubPattern(state, _factored(list(b), state)) for b in value[1]]
            out.append((op, (None, branches)))
            continue
        if op is sre.SUBPATTERN and not value[1] and not value[2]:
            inner = parser.SubPattern(state, _factored(list(value[3]), state))
            out.append((op, (value[0], 0, 0, inner)))  # a group of its own keeps its number
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
    if op in _ZERO_WIDTH:  # a boundary or a lookaround stays in front of what it guards
        found = _spell(rest)
        return None if found is None else [[items[0], *branch] for branch in found]
    if op is sre.SUBPATTERN and value[0] is None and not value[1] and not value[2]:
        return _spell(list(value[3]) + rest)
    if op is sre.BRANCH:
        return _spelled([list(branch) + rest for branch in value[1]])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and value[:2] == (0, 1):
        taken = list(value[2]) + rest
        order = [taken, rest] if op is sre.MAX_REPEAT else [rest, taken]
        return _spelled(order)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and value[0] >= 1:
        low, high, inner = value  # "x+" is "x" then "x*": the first one is spelled out
        more = high if high is sre.MAXREPEAT else high - 1
        again = [(op, (low - 1, more, inner))] if more else []
        return _spell([*inner, *again, *rest])
    if op is sre.IN:  # a small set ("[ds]"); a larger one is quicker tried as it is
        chars = _members(value)
        if chars is not None and len(chars) <= _MOST_SPELLED_SET:
            return [[(sre.LITERAL, ord(char)), *rest] for char in sorted(chars)]
    return None


_MOST_SPELLED_SET = 3


def _captures(items: list[tuple[Any, Any]]) -> bool:
    """Whether a group of its own (or a reference to one) is anywhere in `items`."""
    for op, value in items:
        if op is sre.GROUPREF or (op is sre.SUBPATTERN and value[0] is not None):
            return True
        inner: list[Any] = []
        if op is sre.SUBPATTERN:
            inner = [value[3]]
        elif op is sre.BRANCH:
            inner = list(value[1])
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            inner = [value[2]]
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            inner = [value[1]]
        if any(_captures(list(part)) for part in inner):
            return True
    return False


_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_BOUNDARY_ITEM = (sre.AT, sre.AT_BOUNDARY)


def _tree(branches: list[list[tuple[Any, Any]]], state: Any) -> list[tuple[Any, Any]]:
    """One BRANCH of `branches` as a tree of letters.

    Each branch is spelled out: it begins with a letter, perhaps behind a boundary or a
    lookaround, or it is a barrier (empty, or nothing but zero-width). Branches are grouped by
    their first letter within each run between barriers: a barrier can match anywhere, so no
    branch may move across it. A boundary every branch begins with is checked once, first."""
    if branches and all(branch[:1] == [_BOUNDARY_ITEM] for branch in branches):
        return [_BOUNDARY_ITEM, *_tree([branch[1:] for branch in branches], state)]
    choices: list[Any] = []
    run: dict[int, list[list[tuple[Any, Any]]]] = {}
    for branch in [*branches, None]:
        letter = _first_letter(branch) if branch else None
        if branch and letter is not None:
            run.setdefault(letter, []).append(branch)
            continue
        choices.extend(_run(run, state))
        run = {}
        if branch is not None:
            choices.append(parser.SubPattern(state, branch))
    if len(choices) == 1:
        return list(choices[0])
    return [(sre.BRANCH, (None, choices))]


def _run(run: dict[int, list[list[tuple[Any, Any]]]], state: Any) -> list[Any]:
    """The choices of one run, by first letter. The letters that all sit behind a boundary are
    put behind one boundary, checked once: letters that differ never match at one position,
    so their order does not matter."""
    choices: list[Any] = []
    behind: list[Any] = []
    for first, members in run.items():
        made = _group(first, members, state)
        if len(made) == 1 and list(made[0])[:1] == [_BOUNDARY_ITEM]:
            behind.append(parser.SubPattern(state, list(made[0])[1:]))
            if len(behind) == 1:
                choices.append(None)  # where the boundary's choice goes
        else:
            choices.extend(made)
    if not behind:
        return choices
    shared = [
        _BOUNDARY_ITEM,
        *(list(behind[0]) if len(behind) == 1 else [(sre.BRANCH, (None, behind))]),
    ]
    return [parser.SubPattern(state, shared) if c is None else c for c in choices]


def _first_letter(branch: list[tuple[Any, Any]]) -> int | None:
    for op, value in branch:
        if op is sre.LITERAL:
            return int(value)
        if op not in _ZERO_WIDTH:
            return None
    return None


def _group(letter: int, members: list[list[tuple[Any, Any]]], state: Any) -> list[Any]:
    """The branches that begin with `letter`, in their order: one choice with the letter (and
    what guards it) in common, or each on its own when what guards them differs."""
    guards = [branch[: branch.index((sre.LITERAL, letter))] for branch in members]
    if all(guard == guards[0] for guard in guards):
        rests = [branch[len(guards[0]) + 1 :] for branch in members]
        head = [*guards[0], (sre.LITERAL, letter)]
        return [parser.SubPattern(state, [*head, *_rests(rests, state)])]
    return [parser.SubPattern(state, _factored(branch, state)) for branch in members]


def _rests(rests: list[list[tuple[Any, Any]]], state: Any) -> list[tuple[Any, Any]]:
    if len(rests) == 1:
        return _factored(rests[0], state)
    spelled = _spelled(rests) if len(rests) >= _SMALLEST_TREE else None
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
