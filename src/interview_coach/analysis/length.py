"""Answer length against what an interviewer expects for the question type."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from interview_coach.vocabulary import QuestionType

#: Words a minute when an answer is spoken in an interview.
SPEAKING_RATE = 130


class LengthVerdict(StrEnum):
    TOO_SHORT = "too short"
    SHORT = "short"
    ON_TARGET = "on target"
    LONG = "long"
    TOO_LONG = "too long"


@dataclass(frozen=True, slots=True)
class Target:
    """The word range an answer of this type should land in, and its outer limits."""

    minimum: int
    low: int
    high: int
    maximum: int


TARGETS: dict[QuestionType, Target] = {
    QuestionType.BEHAVIORAL: Target(60, 150, 300, 400),
    QuestionType.SITUATIONAL: Target(60, 150, 300, 400),
    QuestionType.TECHNICAL: Target(50, 120, 350, 450),
    QuestionType.MOTIVATIONAL: Target(40, 80, 250, 350),
}


@dataclass(frozen=True, slots=True)
class LengthCheck:
    words: int
    target: Target
    verdict: LengthVerdict

    @property
    def speaking_seconds(self) -> int:
        return round(self.words * 60 / SPEAKING_RATE)


def check_length(words: int, question_type: QuestionType) -> LengthCheck:
    target = TARGETS[question_type]
    if words < target.minimum:
        verdict = LengthVerdict.TOO_SHORT
    elif words < target.low:
        verdict = LengthVerdict.SHORT
    elif words <= target.high:
        verdict = LengthVerdict.ON_TARGET
    elif words <= target.maximum:
        verdict = LengthVerdict.LONG
    else:
        verdict = LengthVerdict.TOO_LONG
    return LengthCheck(words, target, verdict)
