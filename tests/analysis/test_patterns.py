"""Phrase lists compiled for speed match exactly what they matched before."""

from __future__ import annotations

import re

import pytest

from interview_coach.analysis import clauses, depth, expert, numbers, star
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
