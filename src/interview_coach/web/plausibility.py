"""Does a pasted resume or job description look like one? Setup asks before it starts on one
that is too short or looks like something else; the candidate may then continue anyway.

The cue words are content (``plausibility.toml``); the rule is here.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@dataclass(frozen=True, slots=True)
class Expectation:
    """What one kind of document needs: a length, and cues of enough different kinds."""

    name: str
    min_words: int
    cues_needed: int
    example: str
    cues: tuple[tuple[str, ...], ...]
    dates_are_a_cue: bool


@cache
def expectations() -> dict[str, Expectation]:
    path = resources.files("interview_coach.web").joinpath("plausibility.toml")
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    try:
        return {
            key: Expectation(
                str(entry["name"]),
                int(entry["min_words"]),
                int(entry["cues_needed"]),
                str(entry["example"]),
                tuple(tuple(str(w).casefold() for w in words) for words in entry["cues"].values()),
                bool(entry["dates_are_a_cue"]),
            )
            for key, entry in data.items()
        }
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise ValueError(f"{path}: a document expectation is malformed ({error})") from None


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def doubt(text: str, kind: str) -> str | None:
    """Why ``text`` may not be a usable resume or job description (``kind``: "resume" or
    "job"), or None when it looks like one. Empty text is not judged here: it is refused."""
    expected = expectations()[kind]
    words = word_count(text)
    if words == 0:
        return None
    if words < expected.min_words:
        counted = "1 word" if words == 1 else f"{words} words"
        return (
            f"This {expected.name} is {counted} long; the coach needs at least "
            f"{expected.min_words} words ({expected.example}) to ask about it."
        )
    found = _kinds_of_cue(text, expected)
    if found < expected.cues_needed:
        return (
            f"This doesn't look like a {expected.name}: it has little of what one usually has "
            f"({expected.example})."
        )
    return None


def _kinds_of_cue(text: str, expected: Expectation) -> int:
    lowered = " ".join(_WORD.findall(text.casefold()))
    padded = f" {lowered} "
    found = sum(any(f" {cue} " in padded for cue in cues) for cues in expected.cues)
    if expected.dates_are_a_cue and _YEAR.search(text):
        found += 1
    return found
