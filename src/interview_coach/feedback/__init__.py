"""Feedback: what the scorecard means for this candidate, at their level, in their coach's voice."""

from interview_coach.feedback.model import AnchorRow, Feedback, ModelLine, Point
from interview_coach.feedback.write import write_feedback

__all__ = ["AnchorRow", "Feedback", "ModelLine", "Point", "write_feedback"]
