"""Reports on one interview and progress across interviews: pure functions over records."""

from interview_coach.report.records import AnsweredQuestion, AttemptRecord, InterviewRecord

__all__ = ["AnsweredQuestion", "AttemptRecord", "InterviewRecord"]
