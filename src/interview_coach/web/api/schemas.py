"""Request bodies, and response shapes for the OpenAPI document.

Responses are sent exactly as the service's ``to_dict()`` writes them (the CLI's JSON); the
models below document them and are not used to filter what is sent.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from interview_coach.vocabulary import CoachMode, FeedbackLevel, SessionLength, TopicFocus


class QuestionOut(BaseModel):
    position: int
    text: str
    type: str
    competency: str
    difficulty: int
    grounding: list[str]


class ErrorOut(BaseModel):
    error: str = Field(description="What went wrong, in words for a person.")
    code: str | None = Field(None, description="For programs, e.g. no_new_questions.")
    choices: list[str] | None = Field(
        None, description="With no_new_questions: focus (choose another) or allow_repeats."
    )
    current_question: QuestionOut | None = Field(
        None, description="With question_mismatch: the question waiting for an answer."
    )
    draft_kept: bool | None = Field(
        None, description="With question_mismatch: whether the text became its draft."
    )


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorOut, "description": "The body is not valid JSON."},
    401: {"model": ErrorOut, "description": "No bearer token, or not a valid one."},
    404: {"model": ErrorOut, "description": "No such interview for this token's candidate."},
    409: {
        "model": ErrorOut,
        "description": "The interview moved on (answered, finished), or no new question is "
        "left (code no_new_questions: choose another focus, or allow_repeats).",
    },
    413: {"model": ErrorOut, "description": "The body is larger than the coach accepts."},
    422: {"model": ErrorOut, "description": "The input cannot be used; the error says why."},
}


class StartInterview(BaseModel):
    model_config = ConfigDict(extra="forbid")

    resume_text: str = Field(description="The resume as plain text or Markdown.")
    job_text: str = Field(description="The job description as plain text or Markdown.")
    mode: CoachMode = Field(CoachMode.FRIEND, description="The coach's tone and depth.")
    focus: TopicFocus = Field(TopicFocus.MIXED, description="What the questions are about.")
    length: SessionLength = Field(
        SessionLength.STANDARD, description="quick: 5, standard: 11, full: 20 questions."
    )
    level: FeedbackLevel = Field(FeedbackLevel.STANDARD, description="How much feedback.")
    allow_repeats: bool = Field(
        False,
        description="When no new question is left, ask again the questions asked longest ago.",
    )


class SubmitAnswer(BaseModel):
    model_config = ConfigDict(extra="forbid")

    answer_text: str = Field(description="The answer to the current question.")
    position: int = Field(
        ge=1,
        le=100,
        description="The position of the question this answers (the current question's); "
        "another one waiting is a 409 with code question_mismatch, the text kept as its draft.",
    )


class SaveDraft(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="The unsent answer to the current question; blank drops it.")


class TallyOut(BaseModel):
    answered: int
    total: int


class TurnOut(BaseModel):
    """The interview waits for an answer to ``question``."""

    interview_id: str
    attempt: int
    question: QuestionOut
    progress: TallyOut
    credits_left: int | None
    set_aside: list[str] = Field(
        description="Lines of the resume or job addressed to an AI, left out of the profiles."
    )


class AnswerOut(BaseModel):
    """Scorecard and feedback (as ``interview-coach score --json`` prints), then what next."""

    question: str
    type: str
    overall: float
    band: str
    dimensions: dict[str, float]
    evidence: dict[str, list[dict[str, Any]]]
    feedback: dict[str, Any]
    warnings: list[dict[str, str]]
    length: dict[str, Any]
    relevance_method: str
    interview_id: str
    answer_id: str
    attempt: int
    position: int
    next_question: QuestionOut | None
    progress: TallyOut
    finished: bool


class JsonObject(BaseModel):
    """A JSON object as the service writes it (see its ``to_dict()``)."""

    model_config = ConfigDict(extra="allow")
