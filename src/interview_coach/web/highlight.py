"""The answer with its evidence marked: the Result sentence, each metric, the "we" that hides
the candidate's own role. Pure: offsets in, pieces of text with their marks out."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

RESULT = "result"
METRIC = "metric"
WE = "we"  # a sentence where "we" hides what the candidate did
WE_WORD = "we-word"  # the word itself, inside such a sentence

LEGEND: tuple[tuple[str, str], ...] = (
    (RESULT, "the result"),
    (METRIC, "a number or measure"),
    (WE, "“we” hides your part"),
)

_WE_WORD = re.compile(r"\b(we|our|us)\b", re.IGNORECASE)
_LONGEST_METRIC = 40


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    kind: str
    note: str


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch of the answer and the kinds of evidence covering it (none: plain text)."""

    text: str
    kinds: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def css(self) -> str:
        return " ".join(f"ev-{kind}" for kind in self.kinds)


def marks_of(answer: str, evidence: Mapping[str, Sequence[Mapping[str, Any]]]) -> list[Mark]:
    """The marks the rubric's evidence (``Scorecard.to_dict()["evidence"]``) calls for."""
    found: list[Mark] = []
    for dimension, items in evidence.items():
        for item in items:
            quote = item.get("quote")
            if not quote:
                continue
            kind = _kind(dimension, bool(item.get("strength")), str(item.get("note", "")), quote)
            where = _locate(answer, quote)
            if kind is None or where is None:
                continue
            note = str(item.get("note", ""))
            found.append(Mark(*where, kind, note))
            if kind == WE:
                found += [
                    Mark(where[0] + m.start(), where[0] + m.end(), WE_WORD, note)
                    for m in _WE_WORD.finditer(answer[where[0] : where[1]])
                ]
    return found


def pieces(answer: str, marks: Iterable[Mark]) -> list[Piece]:
    """The answer cut at every mark boundary; overlapping marks give a piece several kinds."""
    marks = list(marks)
    cuts = sorted({0, len(answer), *(m.start for m in marks), *(m.end for m in marks)})
    result: list[Piece] = []
    for start, end in itertools.pairwise(cuts):
        covering = [m for m in marks if m.start <= start and end <= m.end]
        kinds = tuple(dict.fromkeys(m.kind for m in covering))
        notes = tuple(dict.fromkeys(m.note for m in covering if m.kind != WE_WORD))
        piece = Piece(answer[start:end], kinds, notes)
        if result and result[-1].kinds == piece.kinds and result[-1].notes == piece.notes:
            result[-1] = Piece(result[-1].text + piece.text, kinds, notes)
        else:
            result.append(piece)
    return [p for p in result if p.text]


def highlight(answer: str, evidence: Mapping[str, Sequence[Mapping[str, Any]]]) -> list[Piece]:
    return pieces(answer, marks_of(answer, evidence))


def _kind(dimension: str, strength: bool, note: str, quote: Mapping[str, Any]) -> str | None:
    text, note = str(quote.get("text", "")), note.lower()
    if not strength:
        return WE if dimension == "ownership" else None
    if dimension == "result":
        return METRIC if note.startswith("measured") and len(text) <= _LONGEST_METRIC else RESULT
    if dimension == "specificity" and _is_metric(text, note):
        return METRIC
    return None


def _is_metric(text: str, note: str) -> bool:
    measured = note.startswith("a number") or any(c.isdigit() for c in text)
    return measured and len(text) <= _LONGEST_METRIC


def _locate(answer: str, quote: Mapping[str, Any]) -> tuple[int, int] | None:
    """The quote's offsets, checked against the answer; found by its text if they disagree."""
    text = str(quote.get("text", ""))
    try:
        start, end = int(quote["start"]), int(quote["end"])
    except (KeyError, TypeError, ValueError):
        start = end = -1
    if 0 <= start < end <= len(answer) and answer[start:end] == text:
        return start, end
    at = answer.find(text) if text else -1
    return (at, at + len(text)) if at >= 0 else None
