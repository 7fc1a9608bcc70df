"""The scorecard: eight dimension scores, an overall rating, its band and the evidence."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from interview_coach.vocabulary import Band, Dimension, QuestionType


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the answer text, by character offsets (end exclusive)."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Span:
        return cls(int(data["start"]), int(data["end"]), str(data["text"]))


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why a dimension scored as it did: a quoted span, or exactly what is absent.

    ``strength`` is True for what earned points and False for a gap.
    """

    note: str
    strength: bool
    span: Span | None = None

    @property
    def absent(self) -> bool:
        return self.span is None

    def to_dict(self) -> dict[str, Any]:
        return {
            "note": self.note,
            "strength": self.strength,
            "quote": self.span.to_dict() if self.span else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Evidence:
        quote = data.get("quote")
        return cls(
            str(data["note"]), bool(data["strength"]), Span.from_dict(quote) if quote else None
        )


#: A STAR part scored at least this high is present; below it, at most a hint of it is there
#: (the calibration set's experts agree best with this line, see bench/calibration).
PRESENT = 3.5


@dataclass(frozen=True, slots=True)
class DimensionScore:
    dimension: Dimension
    score: float
    evidence: tuple[Evidence, ...] = ()

    @property
    def present(self) -> bool:
        return self.score >= PRESENT

    @property
    def strengths(self) -> tuple[Evidence, ...]:
        return tuple(e for e in self.evidence if e.strength)

    @property
    def gaps(self) -> tuple[Evidence, ...]:
        return tuple(e for e in self.evidence if not e.strength)


#: Warning codes that mean the text is no answer to judge (empty, unreadable, another language,
#: the question pasted back, the same text repeated): nothing in it is praised or coached.
UNJUDGEABLE = frozenset({"empty", "gibberish", "other_language", "question_pasted", "repeated"})


@dataclass(frozen=True, slots=True)
class Warning:
    """Something about the answer itself the candidate should know (empty, cut, pasted back)."""

    code: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Warning:
        return cls(str(data["code"]), str(data["message"]))


@dataclass(frozen=True, slots=True)
class Scorecard:
    question_type: QuestionType
    scores: tuple[DimensionScore, ...]
    overall: float
    warnings: tuple[Warning, ...] = field(default=())

    @property
    def band(self) -> Band:
        return Band.of(self.overall)

    def __getitem__(self, dimension: Dimension) -> DimensionScore:
        for score in self.scores:
            if score.dimension is dimension:
                return score
        raise KeyError(dimension)

    @property
    def dimensions(self) -> dict[str, float]:
        """Scores by dimension name, exactly the eight keys."""
        return {s.dimension.value: s.score for s in self.scores}

    def to_dict(self) -> dict[str, Any]:
        return {
            "question_type": self.question_type.value,
            "overall": self.overall,
            "band": self.band.value,
            "dimensions": self.dimensions,
            "evidence": {s.dimension.value: [e.to_dict() for e in s.evidence] for s in self.scores},
            "warnings": [w.to_dict() for w in self.warnings],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Scorecard:
        """The inverse of :meth:`to_dict`, for scorecards read back from storage."""
        evidence = data.get("evidence", {})
        scores = tuple(
            DimensionScore(
                dimension,
                float(data["dimensions"][dimension.value]),
                tuple(Evidence.from_dict(e) for e in evidence.get(dimension.value, [])),
            )
            for dimension in Dimension
        )
        return cls(
            QuestionType(data["question_type"]),
            scores,
            float(data["overall"]),
            tuple(Warning.from_dict(w) for w in data.get("warnings", [])),
        )
