"""Reports on one interview and progress across interviews: pure functions over records."""

from interview_coach.report.bars import Anchor, AnchorReach, BarsAnalysis
from interview_coach.report.breakdown import (
    CompetencyBreakdown,
    CompetencyScore,
    DimensionRanking,
    DimensionSummary,
)
from interview_coach.report.build import Completion, Highlight, QuestionScore, Report, build_report
from interview_coach.report.markdown import report_markdown
from interview_coach.report.next_steps import NextStep
from interview_coach.report.patterns import Pattern, PatternKind
from interview_coach.report.readiness import READINESS_RULE, Readiness, ReadinessState
from interview_coach.report.records import AnsweredQuestion, AttemptRecord, InterviewRecord
from interview_coach.report.retake import (
    RETAKE_RULE,
    Change,
    DimensionChange,
    QuestionChange,
    RetakeComparison,
    compare_attempts,
)
from interview_coach.report.trends import Progress, Trend, TrendPoint, progress

__all__ = [
    "READINESS_RULE",
    "RETAKE_RULE",
    "Anchor",
    "AnchorReach",
    "AnsweredQuestion",
    "AttemptRecord",
    "BarsAnalysis",
    "Change",
    "CompetencyBreakdown",
    "CompetencyScore",
    "Completion",
    "DimensionChange",
    "DimensionRanking",
    "DimensionSummary",
    "Highlight",
    "InterviewRecord",
    "NextStep",
    "Pattern",
    "PatternKind",
    "Progress",
    "QuestionChange",
    "QuestionScore",
    "Readiness",
    "ReadinessState",
    "Report",
    "RetakeComparison",
    "Trend",
    "TrendPoint",
    "build_report",
    "compare_attempts",
    "progress",
    "report_markdown",
]
