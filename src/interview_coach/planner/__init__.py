"""The adaptive question planner: what to ask next, tailored to this resume and this job."""

from interview_coach.planner.next import plan_next, plan_session
from interview_coach.planner.plan import (
    STRONG,
    WEAK,
    WEAK_DIMENSION,
    AskedQuestion,
    PlanSettings,
    QuestionPlan,
    QuestionsExhausted,
)
from interview_coach.planner.similarity import (
    NEAR_DUPLICATE,
    Similarity,
    embedding_similarity,
    lexical_similarity,
)

__all__ = [
    "NEAR_DUPLICATE",
    "STRONG",
    "WEAK",
    "WEAK_DIMENSION",
    "AskedQuestion",
    "PlanSettings",
    "QuestionPlan",
    "QuestionsExhausted",
    "Similarity",
    "embedding_similarity",
    "lexical_similarity",
    "plan_next",
    "plan_session",
]
