"""Feedback as plain data: each level adds sections to the one below it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from interview_coach.rubric.scorecard import Span
from interview_coach.vocabulary import CoachMode, Dimension, FeedbackLevel


@dataclass(frozen=True, slots=True)
class Point:
    """A strength or gap, with the answer's own words behind it and, for a gap, what to do."""

    dimension: Dimension
    text: str
    quote: Span | None = None
    suggestion: str | None = None
    cut: bool = False  # the quote is the start of a longer stretch of the answer

    def to_dict(self) -> dict[str, Any]:
        return {
            "dimension": self.dimension.value,
            "text": self.text,
            "quote": {**self.quote.to_dict(), "cut": self.cut} if self.quote else None,
            "suggestion": self.suggestion,
        }


@dataclass(frozen=True, slots=True)
class AnchorRow:
    dimension: Dimension
    name: str
    score: float
    anchors: dict[int, str]  # the anchor reached and, below the top, the one above it
    nearest: int
    above: int | None = None


@dataclass(frozen=True, slots=True)
class ModelLine:
    """One part of a model answer, built from the candidate's facts; blanks are marked."""

    part: str
    text: str
    from_answer: bool


@dataclass(frozen=True, slots=True)
class Feedback:
    level: FeedbackLevel
    mode: CoachMode
    headline: str
    clear: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    strengths: tuple[Point, ...] = ()
    gaps: tuple[Point, ...] = ()
    anchors: tuple[AnchorRow, ...] = ()
    model_answer: tuple[ModelLine, ...] = field(default=())
    closing: str = ""

    def to_text(self) -> str:
        """The feedback as plain text, section by section."""
        lines = [self.headline]
        if self.clear:
            lines += ["", "What is clear:"] + [f"- {item}" for item in self.clear]
        if self.missing:
            lines += ["", "What is missing:"] + [f"- {item}" for item in self.missing]
        if self.strengths:
            lines += ["", "Strengths:"] + [_point_text(p, quoted=True) for p in self.strengths]
        if self.gaps:
            lines += ["", "Gaps:"] + [_point_text(p, quoted=False) for p in self.gaps]
        if self.anchors:
            lines += ["", "Against the anchors:"]
            lines += [_anchor_text(row) for row in self.anchors]
        if self.model_answer:
            lines += ["", "A model structure from your own facts:"]
            lines += [f"- {line.part}: {line.text}" for line in self.model_answer]
        if self.closing:
            lines += ["", self.closing]
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        return {
            "level": self.level.value,
            "mode": self.mode.value,
            "headline": self.headline,
            "clear": list(self.clear),
            "missing": list(self.missing),
            "strengths": [p.to_dict() for p in self.strengths],
            "gaps": [p.to_dict() for p in self.gaps],
            "anchors": [
                {
                    "dimension": row.dimension.value,
                    "name": row.name,
                    "score": row.score,
                    "anchors": {str(k): v for k, v in row.anchors.items()},
                    "nearest": row.nearest,
                    "above": row.above,
                }
                for row in self.anchors
            ],
            "model_answer": [
                {"part": line.part, "text": line.text, "from_answer": line.from_answer}
                for line in self.model_answer
            ],
            "closing": self.closing,
            "text": self.to_text(),
        }


def _point_text(point: Point, quoted: bool) -> str:
    """A point on one line; a strength's quote follows it, a gap quotes inside its own text."""
    text = f"- {point.text}"
    if quoted and point.quote is not None:
        text += f' ("{point.quote.text}{"…" if point.cut else ""}")'
    if point.suggestion:
        text += f" {point.suggestion}"
    return text


def _anchor_text(row: AnchorRow) -> str:
    reached = row.anchors[row.nearest]
    shown = f"no {row.name.lower()} yet." if row.nearest == 1 else f"you show {_lower(reached)}"
    text = f"- {row.name} {row.score:g}: {shown}"
    if row.above is not None:
        text += f" A {row.above} shows {_lower(row.anchors[row.above])}"
    return text


def _lower(text: str) -> str:
    return text[0].lower() + text[1:]
