"""The stored tables, as typed SQLAlchemy models. Alembic migrations create them.

Every row a candidate owns hangs off ``candidates`` through ``ON DELETE CASCADE`` foreign keys, so
deleting the candidate row deletes everything they have, in the database itself.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    CheckConstraint,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
ID = String(36)
#: Column info for what the app derives from the candidate's data for its own speed (a cache,
#: not theirs): left out of the candidate's export.
DERIVED = {"derived": True}


def now() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Timestamps stored in UTC and always read back timezone-aware (SQLite drops the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        utc = value.astimezone(UTC)
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSON(),
        list[Any]: JSON(),
    }


def _owner(table: str, delete: str = "CASCADE") -> ForeignKey:
    return ForeignKey(f"{table}.id", ondelete=delete)


class CandidateRow(Base):
    """A person practising; ``local_key`` marks the single-user default candidate."""

    __tablename__ = "candidates"
    __table_args__ = (CheckConstraint("credits >= 0", name="credits_not_negative"),)

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    local_key: Mapped[str | None] = mapped_column(String(32), unique=True)
    name: Mapped[str | None] = mapped_column(String(200))
    credits: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(default=now)


class CreditEntryRow(Base):
    """One change to a candidate's credits, and why; the balance lives on the candidate."""

    __tablename__ = "credit_ledger"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    candidate_id: Mapped[str] = mapped_column(_owner("candidates"), index=True)
    change: Mapped[int]
    reason: Mapped[str] = mapped_column(String(32))
    interview_id: Mapped[str | None] = mapped_column(_owner("interviews", "SET NULL"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=now)


class JobTargetRow(Base):
    """A resume and a job description, with the profiles read from them."""

    __tablename__ = "job_targets"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    candidate_id: Mapped[str] = mapped_column(_owner("candidates"), index=True)
    title: Mapped[str | None] = mapped_column(String(300))
    resume_text: Mapped[str] = mapped_column(Text)
    job_text: Mapped[str] = mapped_column(Text)
    candidate_profile: Mapped[dict[str, Any]]
    job_profile: Mapped[dict[str, Any]]
    created_at: Mapped[datetime] = mapped_column(default=now)


class InterviewRow(Base):
    __tablename__ = "interviews"
    __table_args__ = (Index("ix_interviews_candidate_created", "candidate_id", "created_at"),)

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    candidate_id: Mapped[str] = mapped_column(_owner("candidates"))
    job_target_id: Mapped[str] = mapped_column(_owner("job_targets"), index=True)
    mode: Mapped[str] = mapped_column(String(32))
    focus: Mapped[str] = mapped_column(String(32))
    length: Mapped[str] = mapped_column(String(32))
    level: Mapped[str] = mapped_column(String(32))
    planned_questions: Mapped[int]
    seed: Mapped[int]
    status: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(default=now)
    updated_at: Mapped[datetime] = mapped_column(default=now)
    finished_at: Mapped[datetime | None]


class AttemptRow(Base):
    """One pass through an interview's questions; a retake adds one."""

    __tablename__ = "attempts"
    __table_args__ = (UniqueConstraint("interview_id", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    interview_id: Mapped[str] = mapped_column(_owner("interviews"))
    number: Mapped[int]
    planned_questions: Mapped[int]
    started_at: Mapped[datetime] = mapped_column(default=now)
    finished_at: Mapped[datetime | None]


class QuestionRow(Base):
    """A question of an interview, at its position; ``plan`` is the planner's QuestionPlan.

    ``ask`` is what the question asks, without the coach mode's or an engine's wording (None
    for questions stored before it was kept); scores read it, never the displayed text.
    ``ask_vector`` is the embedding of what the question asks (float32 bytes), recorded once
    it is prepared, so whichever app process scores the answer need not embed the question
    again; ``ask_model`` names the model that made it (a vector from another is not used).
    """

    __tablename__ = "questions"
    __table_args__ = (UniqueConstraint("interview_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    interview_id: Mapped[str] = mapped_column(_owner("interviews"))
    position: Mapped[int]
    text: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String(32))
    competency: Mapped[str] = mapped_column(String(100))
    difficulty: Mapped[int]
    grounding: Mapped[list[Any]]
    plan: Mapped[dict[str, Any]]
    created_at: Mapped[datetime] = mapped_column(default=now)
    ask: Mapped[str | None] = mapped_column(Text)
    #: Guide's note on what a good answer covers, shown beside the question (None otherwise).
    hint: Mapped[str | None] = mapped_column(Text)
    ask_vector: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True, info=DERIVED)
    ask_model: Mapped[str | None] = mapped_column(String(64), deferred=True, info=DERIVED)


class AnswerRow(Base):
    __tablename__ = "answers"
    __table_args__ = (UniqueConstraint("attempt_id", "question_id"),)

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    attempt_id: Mapped[int] = mapped_column(_owner("attempts"))
    question_id: Mapped[int] = mapped_column(_owner("questions"), index=True)
    text: Mapped[str] = mapped_column(Text)
    #: The answer's length against its target, as Assessment.to_dict() shows it.
    length: Mapped[dict[str, Any]]
    relevance_method: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(default=now)


class ScorecardRow(Base):
    """The rubric's scorecard of one answer, as Scorecard.to_dict() writes it."""

    __tablename__ = "scorecards"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    answer_id: Mapped[str] = mapped_column(_owner("answers"), unique=True)
    overall: Mapped[float] = mapped_column(Float)
    band: Mapped[str] = mapped_column(String(32))
    card: Mapped[dict[str, Any]]


class FeedbackRow(Base):
    """The feedback on one answer, as Feedback.to_dict() writes it."""

    __tablename__ = "feedback"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    answer_id: Mapped[str] = mapped_column(_owner("answers"), unique=True)
    level: Mapped[str] = mapped_column(String(32))
    mode: Mapped[str] = mapped_column(String(32))
    body: Mapped[dict[str, Any]]


class DraftRow(Base):
    """An unsent answer, autosaved; gone once the answer is submitted."""

    __tablename__ = "drafts"
    __table_args__ = (UniqueConstraint("attempt_id", "question_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    attempt_id: Mapped[int] = mapped_column(_owner("attempts"))
    question_id: Mapped[int] = mapped_column(_owner("questions"), index=True)
    text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=now)


class LedgerEntryRow(Base):
    """A question asked of a candidate, in any interview: new interviews never ask it again."""

    __tablename__ = "question_ledger"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    candidate_id: Mapped[str] = mapped_column(_owner("candidates"), index=True)
    interview_id: Mapped[str | None] = mapped_column(_owner("interviews", "SET NULL"), index=True)
    text: Mapped[str] = mapped_column(Text)
    #: What was asked, as the repeat check compares it (None for entries made before 0003).
    ask: Mapped[str | None] = mapped_column(Text)
    asked_at: Mapped[datetime] = mapped_column(default=now)


class EngineCallRow(Base):
    """One piece of an engine's work for a candidate (a question's wording, an answer's
    feedback): while ``status`` is ``pending`` the page waits for it; ``exchanges`` holds every
    request sent beyond this machine, exactly as sent, and the reply (the candidate's to see,
    export and delete)."""

    __tablename__ = "engine_calls"
    __table_args__ = (Index("ix_engine_calls_candidate_created", "candidate_id", "created_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    candidate_id: Mapped[str] = mapped_column(_owner("candidates"))
    interview_id: Mapped[str | None] = mapped_column(_owner("interviews"), index=True)
    answer_id: Mapped[str | None] = mapped_column(_owner("answers"), index=True)
    question_id: Mapped[int | None] = mapped_column(_owner("questions"), index=True)
    purpose: Mapped[str] = mapped_column(String(16))
    engine: Mapped[str] = mapped_column(String(32))
    model: Mapped[str] = mapped_column(String(200))
    #: pending, written, fallback (the built-in wording stays, ``note`` says why) or capped.
    status: Mapped[str] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text)
    #: The engine's checked wording where it is not stored elsewhere (a question's hint).
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    #: The checked prose streamed in so far, while ``status`` is pending.
    partial: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    exchanges: Mapped[list[Any]]
    #: Requests sent beyond this machine for this piece of work (the daily cap counts them).
    calls: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(default=now)
    finished_at: Mapped[datetime | None]


TABLES: tuple[type[Base], ...] = (
    CandidateRow,
    CreditEntryRow,
    JobTargetRow,
    InterviewRow,
    AttemptRow,
    QuestionRow,
    AnswerRow,
    ScorecardRow,
    FeedbackRow,
    DraftRow,
    LedgerEntryRow,
    EngineCallRow,
)
