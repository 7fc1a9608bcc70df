"""Engines: plugins that phrase questions and write feedback around the rubric's scores."""

from interview_coach.engine.briefs import (
    FeedbackBrief,
    Finding,
    Phrasing,
    Preview,
    QuestionBrief,
    SummaryBrief,
    feedback_brief,
    question_brief,
    summary_brief,
)
from interview_coach.engine.contract import (
    CallLog,
    Check,
    Engine,
    EngineFactory,
    EngineFailed,
    Exchange,
    Exchanges,
)
from interview_coach.engine.registry import (
    UnknownEngine,
    available_engines,
    build_engine,
    engine_named,
)

__all__ = [
    "CallLog",
    "Check",
    "Engine",
    "EngineFactory",
    "EngineFailed",
    "Exchange",
    "Exchanges",
    "FeedbackBrief",
    "Finding",
    "Phrasing",
    "Preview",
    "QuestionBrief",
    "SummaryBrief",
    "UnknownEngine",
    "available_engines",
    "build_engine",
    "engine_named",
    "feedback_brief",
    "question_brief",
    "summary_brief",
]
