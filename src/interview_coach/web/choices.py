"""The setup choices as the pages show them: each value with its label and a one-line why."""

from __future__ import annotations

from dataclasses import dataclass

from interview_coach.vocabulary import CoachMode, FeedbackLevel, SessionLength, TopicFocus


@dataclass(frozen=True, slots=True)
class Option:
    value: str
    label: str
    hint: str


MODES = (
    Option(CoachMode.FRIEND.value, "Friend", "Warm and encouraging; a gentle place to start."),
    Option(CoachMode.GUIDE.value, "Guide", "Structured; explains the why and offers frameworks."),
    Option(
        CoachMode.CHALLENGER.value,
        "Challenger",
        "Probing; presses on trade-offs and gaps, like a tough panel.",
    ),
    Option(
        CoachMode.DRILL_SERGEANT.value,
        "Drill Sergeant",
        "Blunt and terse, with the highest bar. For the final rehearsal.",
    ),
)
FOCUSES = (
    Option(TopicFocus.MIXED.value, "Mixed", "A balance of every kind of question."),
    Option(
        TopicFocus.HARD_SKILLS.value,
        "Hard skills",
        "The tools and techniques the job asks for.",
    ),
    Option(
        TopicFocus.SOFT_SKILLS.value,
        "Soft skills",
        "Communication, teamwork, handling conflict.",
    ),
    Option(
        TopicFocus.LEADERSHIP.value,
        "Leadership",
        "Setting direction, owning decisions, growing people.",
    ),
    Option(
        TopicFocus.MOTIVATION.value,
        "Motivation / culture fit",
        "Why this role, this team, this company.",
    ),
)
LENGTHS = (
    Option(SessionLength.QUICK.value, "Quick · 5 questions", "About 15 minutes."),
    Option(SessionLength.STANDARD.value, "Standard · 11 questions", "About half an hour."),
    Option(SessionLength.FULL.value, "Full · 20 questions", "A full rehearsal, about an hour."),
)
LEVELS = (
    Option(FeedbackLevel.BASIC.value, "Basic", "One or two sentences per answer."),
    Option(FeedbackLevel.STANDARD.value, "Standard", "What is clear and what is missing."),
    Option(
        FeedbackLevel.DETAILED.value,
        "Detailed",
        "Strengths and gaps, each with one concrete suggestion.",
    ),
    Option(
        FeedbackLevel.EXPERT.value,
        "Expert",
        "Every dimension against behavioural anchors, plus a model answer from your own facts.",
    ),
)
DEFAULTS = {
    "mode": CoachMode.FRIEND.value,
    "focus": TopicFocus.MIXED.value,
    "length": SessionLength.QUICK.value,
    "level": FeedbackLevel.STANDARD.value,
}
