"""Sentences and words of an answer, with character offsets kept for evidence."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

_WORD = re.compile(r"[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’\-]*|\d+(?:[.,:]\d+)*")
# A sentence ends at . ! ? (or a line break) followed by space; abbreviations and decimals
# are protected below.
_BOUNDARY = re.compile(r"(?<=[.!?…])[\"')\]]*\s+|\s*\n\s*(?:[-*•]\s+)?")
_ABBREVIATIONS = frozenset(
    [
        "e.g",
        "i.e",
        "etc",
        "vs",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "inc",
        "ltd",
        "co",
        "corp",
        "jr",
        "sr",
        "st",
        "approx",
        "dept",
        "no",
        "fig",
        "est",
        "a.m",
        "p.m",
        "u.s",
        "u.k",
        "ph.d",
        "approx",
        "min",
        "hrs",
        "mins",
        "no",
        "nos",
        "vol",
        "cf",
        "al",
    ]
)
#: Spoken answers often run on without full stops; past this many words a sentence is split
#: at a clause joiner so STAR roles can still be told apart.
_RUN_ON_WORDS = 45
_CLAUSE_JOINER = re.compile(r",?\s+(?:and then|and so|so then|after that|but then|so)\s+", re.I)


@dataclass(frozen=True)  # no slots: cached_property needs a __dict__
class Sentence:
    index: int
    start: int
    end: int
    text: str

    @cached_property
    def words(self) -> tuple[str, ...]:
        return tuple(_WORD.findall(self.text))

    @cached_property
    def lower_words(self) -> tuple[str, ...]:
        return tuple(_WORD.findall(self.low))  # the same words: lowered() keeps every offset

    @cached_property
    def low(self) -> str:
        """The text lower-cased, character for character (offsets unchanged)."""
        return lowered(self.text)

    @cached_property
    def lower(self) -> str:
        return " " + " ".join(self.lower_words) + " "


def lowered(text: str) -> str:
    """``text.lower()`` with the same length, so offsets found in it hold in the original; the
    analysis matches its patterns on it, case-sensitively, which is several times faster than
    matching them case-insensitively."""
    low = text.lower().replace("’", "'")
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text).replace("’", "'")


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def split_sentences(text: str) -> list[Sentence]:
    """Split text into sentences, keeping each one's offsets into the original text."""
    pieces: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if _ends_with_abbreviation(text[start : match.start()]):
            continue
        pieces.append((start, match.start()))
        start = match.end()
    pieces.append((start, len(text)))
    spans = [span for piece in pieces for span in _split_run_on(text, *piece)]
    sentences: list[Sentence] = []
    for begin, end in spans:
        begin, end = _strip(text, begin, end)
        if end > begin and _WORD.search(text, begin, end):
            sentences.append(Sentence(len(sentences), begin, end, text[begin:end]))
    return sentences


def _ends_with_abbreviation(chunk: str) -> bool:
    if not chunk.endswith("."):
        return False
    last_words = chunk.rstrip(".").rsplit(None, 1)
    tail = last_words[-1].lower() if last_words else ""
    return tail in _ABBREVIATIONS or (len(tail) == 1 and tail.isalpha())


def _split_run_on(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    if len(_WORD.findall(text, begin, end)) <= _RUN_ON_WORDS:
        return [(begin, end)]
    spans: list[tuple[int, int]] = []
    cursor = begin
    for joiner in _CLAUSE_JOINER.finditer(text, begin, end):
        if len(_WORD.findall(text, cursor, joiner.start())) >= 8:
            spans.append((cursor, joiner.start()))
            cursor = joiner.start()
    spans.append((cursor, end))
    return spans


def _strip(text: str, begin: int, end: int) -> tuple[int, int]:
    while begin < end and (text[begin].isspace() or text[begin] in ",;•*-–"):
        begin += 1
    while end > begin and text[end - 1].isspace():
        end -= 1
    return begin, end
