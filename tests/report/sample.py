"""A realistic interview for the golden files: a Quick session, retaken and finished early."""

from __future__ import annotations

from datetime import timedelta

from interview_coach.report import AnsweredQuestion, InterviewRecord
from interview_coach.rubric import Evidence
from interview_coach.vocabulary import Dimension, FeedbackLevel, QuestionType
from tests.report.factories import START, answer, attempt, interview, quoted

_D = Dimension

QUESTIONS = {
    1: "Tell me about a time you turned around a struggling project.",
    2: "Describe a disagreement with a colleague and how you resolved it.",
    3: "How would you design a delivery schedule that stays correct when volunteers cancel?",
    4: "Tell me about a time you led a team through a change they resisted.",
    5: "Why do you want this role?",
}

_OWN = quoted("Your own action, in the first person", "I rebuilt the sign-up form")
_MEASURED = quoted("Measured outcome", "on-time deliveries rose from 71% to 94%")
_WE = quoted('"We" hides your part here: what did you do yourself?', "We agreed to split it", False)
_NO_RESULT = Evidence(
    "Missing. End with the outcome, in numbers if you can: what changed because of what you did?",
    False,
)
_NO_NUMBERS = Evidence("No numbers: no sizes, percentages, money, durations or counts.", False)
_TRADE_OFF = quoted("Weighs a trade-off", "a queue costs latency but never double-books")


def _first_attempt() -> list[AnsweredQuestion]:
    return [
        answer(1, 7.2, "leadership", question=QUESTIONS[1],
               evidence={_D.ACTION: [_OWN], _D.RESULT: [_MEASURED]}, result=8.5),
        answer(2, 4.1, "conflict", question=QUESTIONS[2],
               evidence={_D.OWNERSHIP: [_WE], _D.RESULT: [_NO_RESULT]},
               ownership=3.0, result=0.0, specificity=4.0),
        answer(3, 6.0, "system-design", QuestionType.TECHNICAL, QUESTIONS[3],
               evidence={_D.DEPTH: [_TRADE_OFF], _D.SPECIFICITY: [_NO_NUMBERS]},
               specificity=3.5, depth=8.0),
        answer(4, 3.8, "leadership", question=QUESTIONS[4], warnings=["too_short"],
               evidence={_D.RESULT: [_NO_RESULT]}, ownership=4.0, result=1.0, action=4.5),
        answer(5, 6.4, "role-motivation", QuestionType.MOTIVATIONAL, QUESTIONS[5]),
    ]  # fmt: skip


def _second_attempt() -> list[AnsweredQuestion]:
    return [
        answer(1, 7.9, "leadership", question=QUESTIONS[1],
               evidence={_D.ACTION: [_OWN], _D.RESULT: [_MEASURED]}, result=9.0),
        answer(2, 5.6, "conflict", question=QUESTIONS[2],
               evidence={_D.OWNERSHIP: [_WE], _D.RESULT: [_NO_RESULT]},
               ownership=4.0, result=3.0, specificity=4.5),
        answer(3, 5.7, "system-design", QuestionType.TECHNICAL, QUESTIONS[3],
               evidence={_D.DEPTH: [_TRADE_OFF], _D.SPECIFICITY: [_NO_NUMBERS]},
               specificity=4.0, depth=7.0, warnings=["fillers"]),
        answer(4, 6.6, "leadership", question=QUESTIONS[4],
               evidence={_D.RESULT: [_NO_RESULT]}, ownership=4.5, result=3.5, action=6.5,
               warnings=["fillers"]),
    ]  # fmt: skip


def retaken_interview(level: FeedbackLevel = FeedbackLevel.DETAILED) -> InterviewRecord:
    return interview(
        attempt(_first_attempt(), number=1),
        attempt(_second_attempt(), number=2, started_at=START + timedelta(days=2)),
        level=level,
        interview_id="iv-golden",
        job_title="Operations Lead, City Food Bank",
    )
