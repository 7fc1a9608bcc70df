"""Scored answers to write feedback on: a strong one, a vague "we" one, an empty one."""

from __future__ import annotations

import json
from typing import Any

from interview_coach.assessment import Assessment, Assessor
from interview_coach.engine import FeedbackBrief, feedback_brief
from interview_coach.vocabulary import CoachMode, FeedbackLevel

QUESTION = "Tell me about a time you had to fix a failing project under a deadline."
STRONG = (
    "In 2023 our payments release at Ledgerly slipped two weeks and the client threatened to "
    "leave. I was the tech lead, so my task was to ship a working release within 10 days. I "
    "cut the scope to the 3 features the client used, paired with the two juniors on the "
    "riskiest migration, and set up a daily 15-minute check with the client. We shipped on "
    "day 9, the error rate fell from 4% to 0.5%, and the client renewed for two years."
)
VAGUE = "We worked hard as a team and we got it done in the end. It was a good experience."
ANSWERS = (STRONG, VAGUE, "", "asdf qwer zxcv uiop hjkl")

_ASSESSOR = Assessor(embedder=None)


def assess(answer: str = STRONG, level: FeedbackLevel = FeedbackLevel.DETAILED) -> Assessment:
    return _ASSESSOR.assess(QUESTION, answer, level=level, mode=CoachMode.GUIDE)


def brief_of(answer: str = STRONG, level: FeedbackLevel = FeedbackLevel.DETAILED) -> FeedbackBrief:
    done = assess(answer, level)
    return feedback_brief(QUESTION, done.scorecard, done.analysis, level, CoachMode.GUIDE)


def good_reply(brief: FeedbackBrief) -> str:
    """A reply that passes every check: one point per verdict, quoting the answer exactly."""
    points: list[dict[str, Any]] = []
    for finding in brief.strengths[:3]:
        quote = finding.quotes[0] if finding.quotes else ""
        points.append({"kind": "strength", "dimension": finding.dimension.value,
                       "text": "This part is clear and concrete.", "quote": quote,
                       "suggestion": ""})  # fmt: skip
    for finding in brief.gaps[:3]:
        points.append({"kind": "gap", "dimension": finding.dimension.value,
                       "text": "This part needs more.", "quote": "",
                       "suggestion": "Say what you did yourself, step by step."})  # fmt: skip
    return json.dumps({"headline": "A solid story with a clear outcome.", "points": points,
                       "closing": "Keep the numbers in."})  # fmt: skip
