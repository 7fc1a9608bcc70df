"""Analysis: the facts about an answer that the rubric scores. Pure and deterministic."""

from interview_coach.analysis.answer import AnswerAnalysis, analyse
from interview_coach.analysis.question import Question, infer_type, prepare

__all__ = ["AnswerAnalysis", "Question", "analyse", "infer_type", "prepare"]
