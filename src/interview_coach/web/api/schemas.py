"""Request bodies, and response shapes for the OpenAPI document.

Responses are sent exactly as the service's ``to_dict()`` writes them (the CLI's JSON); the
models below document them (every operation has one) and are not used to filter what is sent.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from interview_coach.documents.budget import BUDGET
from interview_coach.sessions.inputs import MAX_ANSWER_CHARACTERS
from interview_coach.vocabulary import CoachMode, FeedbackLevel, SessionLength, TopicFocus


class QuestionOut(BaseModel):
    position: int
    text: str
    type: str
    competency: str
    difficulty: int
    grounding: list[str]


# The limits are documented here and checked by the service, whose refusals say them in words
# (a schema check would answer in the validator's words instead).
DOCUMENT_LIMIT: dict[str, Any] = {"maxLength": BUDGET.raw_characters}
#: Some text: at least one character that is neither space, control, invisible nor Markdown
#: syntax (the reader drops those, and a document of nothing else is refused as empty).
SOME_TEXT = r"[^\s\x00-\x1f\x7f-\x9f\u00ad\u200b-\u200d\u2060\ufeff|*#_=>`~\[\]()-]"
ANSWER_LIMIT: dict[str, Any] = {"maxLength": MAX_ANSWER_CHARACTERS}


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
    model_config = ConfigDict(extra="forbid", regex_engine="python-re")

    resume_text: str = Field(
        description="The resume as plain text or Markdown.",
        pattern=SOME_TEXT,
        json_schema_extra=DOCUMENT_LIMIT,
    )
    job_text: str = Field(
        description="The job description as plain text or Markdown.",
        pattern=SOME_TEXT,
        json_schema_extra=DOCUMENT_LIMIT,
    )
    mode: CoachMode = Field(CoachMode.FRIEND, description="The coach's tone and depth.")
    focus: TopicFocus = Field(TopicFocus.MIXED, description="What the questions are about.")
    length: SessionLength = Field(
        SessionLength.STANDARD, description="quick: 5, standard: 11, full: 20 questions."
    )
    level: FeedbackLevel = Field(FeedbackLevel.STANDARD, description="How much feedback.")
    allow_repeats: bool = Field(
        False,
        strict=True,
        description="When no new question is left, ask again the questions asked longest ago.",
    )


class SubmitAnswer(BaseModel):
    model_config = ConfigDict(extra="forbid")

    answer_text: str = Field(
        description="The answer to the current question.", json_schema_extra=ANSWER_LIMIT
    )
    position: int = Field(
        ge=1,
        le=100,
        description="The position of the question this answers (the current question's); "
        "another one waiting is a 409 with code question_mismatch, the text kept as its draft.",
    )

    @field_validator("position", mode="before")
    @classmethod
    def _a_whole_number(cls, value: object) -> object:
        """A JSON number without a fraction (68 or 68.0), never a string or a boolean."""
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError("must be a whole number")
        return value


class SaveDraft(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(
        description="The unsent answer to the current question; blank drops it.",
        json_schema_extra=ANSWER_LIMIT,
    )


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


class InterviewSummaryOut(BaseModel):
    """One interview in the history."""

    id: str
    status: str
    job_title: str | None
    mode: str
    focus: str
    length: str
    level: str
    attempts: int
    progress: TallyOut
    overall: float | None
    band: str | None
    started_at: str
    updated_at: str
    finished_at: str | None


class InterviewOut(BaseModel):
    """Where an interview stands: the question waiting, its draft, this attempt's answers."""

    id: str
    status: str
    mode: str
    focus: str
    length: str
    level: str
    job_title: str | None
    planned_questions: int
    attempt: int
    attempts: int
    current_question: QuestionOut | None
    draft: str | None
    answered: list[dict[str, Any]]
    progress: TallyOut
    resumable: bool
    started_at: str
    updated_at: str
    finished_at: str | None
    set_aside: list[str]


class ReportOut(BaseModel):
    """Scores per question, patterns, competencies, anchors, next steps, the retake compared."""

    interview_id: str
    job_title: str | None
    mode: str
    focus: str
    length: str
    level: str
    attempt: int
    attempts: int
    started_at: str
    finished_at: str | None
    completion: dict[str, Any]
    questions: list[dict[str, Any]]
    overall: float | None
    band: str | None
    patterns: list[dict[str, Any]]
    competencies: dict[str, Any]
    bars: list[dict[str, Any]] | None
    next_steps: list[Any]
    retake: dict[str, Any] | None


class ProgressOut(BaseModel):
    """Scores per dimension and competency over interviews, and the readiness signal."""

    interviews: int
    overall: dict[str, Any]
    dimensions: list[dict[str, Any]]
    competencies: list[dict[str, Any]]
    readiness: dict[str, Any]
    targets: list[dict[str, Any]]
    target: str | None


class ProgressQuery(BaseModel):
    """Which progress: one job target's, or (without ``target``) all of them."""

    model_config = ConfigDict(extra="forbid")
    target: str | None = Field(None, max_length=64, description="a key from `targets`")


class ExportOut(BaseModel):
    """Everything stored for the candidate."""

    format: int
    exported_at: str
    candidate: dict[str, Any]
    credit_ledger: list[dict[str, Any]]
    job_targets: list[dict[str, Any]]
    interviews: list[dict[str, Any]]
    question_ledger: list[dict[str, Any]]
