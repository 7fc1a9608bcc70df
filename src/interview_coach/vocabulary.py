"""The interview's own vocabulary, as types shared by every part of the coach."""

from __future__ import annotations

from enum import StrEnum


class CoachMode(StrEnum):
    """Tone and depth of questions and feedback; never changes a score."""

    FRIEND = "friend"
    GUIDE = "guide"
    CHALLENGER = "challenger"
    DRILL_SERGEANT = "drill-sergeant"

    @property
    def label(self) -> str:
        return _LABELS[self]


class TopicFocus(StrEnum):
    MIXED = "mixed"
    HARD_SKILLS = "hard-skills"
    SOFT_SKILLS = "soft-skills"
    LEADERSHIP = "leadership"
    MOTIVATION = "motivation"

    @property
    def label(self) -> str:
        return _LABELS[self]


class QuestionType(StrEnum):
    BEHAVIORAL = "behavioral"
    TECHNICAL = "technical"
    SITUATIONAL = "situational"
    MOTIVATIONAL = "motivational"


class SessionLength(StrEnum):
    QUICK = "quick"
    STANDARD = "standard"
    FULL = "full"

    @property
    def questions(self) -> int:
        return {SessionLength.QUICK: 5, SessionLength.STANDARD: 11, SessionLength.FULL: 20}[self]


class FeedbackLevel(StrEnum):
    BASIC = "basic"
    STANDARD = "standard"
    DETAILED = "detailed"
    EXPERT = "expert"

    @property
    def rank(self) -> int:
        return list(FeedbackLevel).index(self)


class Band(StrEnum):
    NEEDS_WORK = "needs work"
    GOOD = "good"
    STRONG = "strong"
    BEST_PRACTICE = "best practice"

    @classmethod
    def of(cls, rating: float) -> Band:
        """The band of a 1-10 rating: 1-3 needs work, 4-6 good, 7-8 strong, 9-10 best practice."""
        rounded = round(rating)
        if rounded <= 3:
            return cls.NEEDS_WORK
        if rounded <= 6:
            return cls.GOOD
        if rounded <= 8:
            return cls.STRONG
        return cls.BEST_PRACTICE


class Dimension(StrEnum):
    """The eight things the rubric scores, each 0-10."""

    SITUATION = "situation"
    TASK = "task"
    ACTION = "action"
    RESULT = "result"
    SPECIFICITY = "specificity"
    OWNERSHIP = "ownership"
    RELEVANCE = "relevance"
    DEPTH = "depth"

    @property
    def label(self) -> str:
        return self.value.capitalize()


STAR: tuple[Dimension, ...] = (
    Dimension.SITUATION,
    Dimension.TASK,
    Dimension.ACTION,
    Dimension.RESULT,
)

_LABELS: dict[StrEnum, str] = {
    CoachMode.FRIEND: "Friend",
    CoachMode.GUIDE: "Guide",
    CoachMode.CHALLENGER: "Challenger",
    CoachMode.DRILL_SERGEANT: "Drill Sergeant",
    TopicFocus.MIXED: "Mixed",
    TopicFocus.HARD_SKILLS: "Hard Skills",
    TopicFocus.SOFT_SKILLS: "Soft Skills",
    TopicFocus.LEADERSHIP: "Leadership",
    TopicFocus.MOTIVATION: "Motivation / culture fit",
}
