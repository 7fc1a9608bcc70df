"""Phrase lists compiled for speed match exactly what they matched before."""

from __future__ import annotations

import importlib
import pkgutil
import random
import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as parser  # type: ignore[attr-defined]
from typing import Any

import pytest

import interview_coach.analysis
from interview_coach.analysis import clauses, depth, expert, numbers, relevance, star
from interview_coach.analysis.patterns import forget_texts, per_text, quick
from tests.rubric.answers import STRONG, WE_VERSION, WITHOUT_NUMBERS

TEXTS = [s.lower() for s in (STRONG, WE_VERSION, WITHOUT_NUMBERS)] + [
    "i'd weigh the trade-offs, 110% of the time, at the end of the day; 9am: it's not on me",
    "",
]
PHRASE_LISTS = [
    (module.__name__, name, value)
    for module in (clauses, depth, expert, star)
    for name, value in vars(module).items()
    if isinstance(value, re.Pattern) and value.pattern.startswith(r"\b")
]
#: Every pattern the analysis compiles at import, and those of the asks and their events.
EVERY_PATTERN = [
    (module.__name__, name, value)
    for info in pkgutil.iter_modules(interview_coach.analysis.__path__)
    for module in [importlib.import_module(f"interview_coach.analysis.{info.name}")]
    for name, value in vars(module).items()
    if isinstance(value, re.Pattern)
] + [
    ("events.toml", f"{ask.id}.{part}", getattr(ask, part))
    for ask in relevance.asks()
    for part in ("asked", "event")
]


@pytest.mark.parametrize(("module", "name", "compiled"), PHRASE_LISTS)
def test_a_quick_phrase_list_finds_what_the_plain_one_finds(
    module: str, name: str, compiled: re.Pattern[str]
) -> None:
    source = re.sub(r"^\\b\(\?=\[[^\]]*\]\)", r"\\b", compiled.pattern)
    plain = re.compile(source)
    assert compiled.pattern != source, f"{module}.{name} was not given its lookahead"
    for text in TEXTS:
        assert [m.span() for m in compiled.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]


def _sample(items: list[tuple[Any, Any]], chosen: random.Random) -> str:
    """A string the parsed pattern `items` matches, more or less (lookarounds are ignored)."""
    out = []
    for op, value in items:
        if op is sre.LITERAL:
            out.append(chr(value))
        elif op is sre.BRANCH:
            out.append(_sample(list(chosen.choice(value[1])), chosen))
        elif op is sre.SUBPATTERN:
            out.append(_sample(list(value[3]), chosen))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            low, high, inner = value
            times = chosen.randint(low, min(high, low + 2))
            out.extend(_sample(list(inner), chosen) for _ in range(times))
        elif op is sre.IN:
            out.append(chosen.choice(_members(value)))
        elif op in (sre.ANY, sre.NOT_LITERAL):
            out.append(chosen.choice("x "))
    return "".join(out)


_CATEGORIES = {sre.CATEGORY_DIGIT: "07", sre.CATEGORY_SPACE: " ", sre.CATEGORY_WORD: "ab7"}


def _members(value: list[tuple[Any, Any]]) -> str:
    """Some of the characters a set matches (any letter for a negated one)."""
    chars = []
    for op, member in value:
        if op is sre.LITERAL:
            chars.append(chr(member))
        elif op is sre.RANGE:
            chars.extend(chr(code) for code in range(member[0], min(member[1], member[0] + 3) + 1))
        elif op is sre.CATEGORY:
            chars.extend(_CATEGORIES.get(member, "x"))
    return "".join(chars) or "ab 1"


def _texts_for(source: str, count: int = 300) -> list[str]:
    """Texts holding phrases of the pattern (and near misses), among its own words, in a
    random order from a fixed seed."""
    chosen = random.Random(source)
    parsed = list(parser.parse(source))
    words = re.findall(r"[a-z']+", source.replace(r"\b", " ").replace(r"\w", " "))
    joints = [" ", " ", ", ", "; ", ". ", "-", "s ", "ed "]
    texts = []
    for _ in range(count):
        pieces = [chosen.choice(words) for _ in range(chosen.randint(0, 6))]
        for _ in range(chosen.randint(1, 3)):
            pieces.insert(chosen.randint(0, len(pieces)), _sample(parsed, chosen))
        texts.append("".join(piece + chosen.choice(joints) for piece in pieces))
    return texts


def _read(match: re.Match[str]) -> tuple[object, ...]:
    """What a caller can read off a match: where it is, and what each group of it holds."""
    return match.span(), match.lastgroup, match.groups()


@pytest.mark.parametrize(("module", "name", "compiled"), EVERY_PATTERN)
def test_a_phrase_list_in_a_tree_of_letters_finds_the_same_first_phrase(
    module: str, name: str, compiled: re.Pattern[str]
) -> None:
    plain = re.compile(compiled.pattern)
    texts = _texts_for(compiled.pattern)
    for text in texts:
        assert [_read(m) for m in compiled.finditer(text)] == [
            _read(m) for m in plain.finditer(text)
        ], f"{module}.{name} on {text!r}"
    assert any(plain.search(text) for text in texts), f"{module}.{name} was never exercised"


@pytest.mark.parametrize(
    ("pattern", "text", "found"),
    [
        (r"\b(?:a|ab|abc)", "abc", "a"),  # the first phrase written wins at one position
        (r"\b(?:abc|ab|a)", "abc", "abc"),
        (r"\b(?:cut|cost|fell|cost us)\b", "it cost us", "cost"),
        (r"\b(?:xy|(?:just )?didn't|just|jab)\b", "i just didn't", "just didn't"),
        (r"\b(?:xy|zz|(?:just )??didn't|just)", "i just didn't", "just didn't"),
        (r"\b(?:xy|zz|ww|blame[ds]?|blamed them)\b", "they blamed them", "blamed"),
        (r"\b(?:ab|cd|(?:ef|)|gh)z", "ghz abz", "ghz"),
        # Few first letters: the boundary is checked after the letter, inside a word too.
        (r"\b(?:cut|fell|cost|form)\b", "recut, uncut, costly, cost", "cost"),
        (r"\b(?:cut|fell|cost|form)", "cut it", "cut"),
        (r"\b(?:cut|fell|cost|form)", "a-form", "form"),
        # Groups of their own keep their names and numbers; sets of more letters stay sets.
        (r"(?P<money>[$£€¥]\d+)|(?P<count>\d+ (?:cats|cows|dogs|days))", "£5 or 4 dogs", "£5"),
        (r"[$£€¥]|\b(?:from|one|two|three|four|five)\b", "up from two", "from"),
    ],
)
def test_the_tree_keeps_the_order_in_which_phrases_are_tried(
    pattern: str, text: str, found: str
) -> None:
    compiled = quick(pattern)
    plain = re.compile(pattern).search(text)
    assert plain is not None
    assert plain.group() == found
    tried = compiled.search(text)
    assert tried is not None
    assert _read(tried) == _read(plain)


def test_a_pattern_whose_first_characters_are_unknown_is_left_as_it_is() -> None:
    assert quick(r"\b(?<!not )(?:done|fixed)\b").pattern == r"\b(?<!not )(?:done|fixed)\b"
    assert quick(r"\b(?:.x|y)").pattern == r"\b(?:.x|y)"
    assert quick(r"(?:a|b)").pattern == r"(?:a|b)"


def test_the_lookahead_lists_every_first_character() -> None:
    compiled = quick(r"\b(?:ab|c[de]|(?:x|y)z?|\d+%)")
    assert compiled.pattern.startswith(r"\b(?=[")
    for text in ("ab", "cd", "ce", "yz", "x", "12%"):
        assert compiled.search(text) is not None
    assert compiled.search("q") is None


def test_a_reading_per_text_is_made_once_and_forgotten_on_request() -> None:
    readings: list[str] = []

    @per_text
    def shout(text: str) -> str:
        readings.append(text)
        return text.upper()

    assert shout("we shipped it") == shout("we shipped it") == "WE SHIPPED IT"
    assert readings == ["we shipped it"]
    forget_texts()
    shout("we shipped it")
    assert readings == ["we shipped it", "we shipped it"]


SPLITS_AND_NUMBERS = [
    "we cut it from 2 seconds to 200ms; then, reducing waste, we halved it -> 4 a week",
    "i'd check it -- and then, because it broke, so we fixed it  while they waited — done",
    "by 30% in half a year, down to three, up from twelve in march 2024 and p95 fell",
]


@pytest.mark.parametrize(
    ("compiled", "lookahead"),
    [
        (clauses._SPLIT, r"(?=[\s;,])"),
        (numbers._START, r"(?=[f$£€¥\dotsenhdazpjm])"),
        (numbers._CHANGE, r"(?=[fduboiht\-→])"),
    ],
)
def test_a_lookahead_written_by_hand_finds_what_the_plain_pattern_finds(
    compiled: re.Pattern[str], lookahead: str
) -> None:
    assert compiled.pattern.startswith(lookahead)
    plain = re.compile(compiled.pattern[len(lookahead) :])
    for text in TEXTS + SPLITS_AND_NUMBERS:
        assert [m.span() for m in compiled.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]
    assert any(compiled.search(text) for text in SPLITS_AND_NUMBERS)
