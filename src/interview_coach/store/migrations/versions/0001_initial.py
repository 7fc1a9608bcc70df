"""Candidates, job targets, interviews, attempts, questions, answers, scorecards, feedback,
drafts, the question ledger and the credit ledger.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.String(length=36)


def _when(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _owner(table: str, column: str, referred: str, delete: str = "CASCADE") -> sa.Constraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{referred}.id"], name=op.f(f"fk_{table}_{column}_{referred}"), ondelete=delete
    )


def upgrade() -> None:
    op.create_table(
        "candidates",
        sa.Column("id", ID, nullable=False),
        sa.Column("local_key", sa.String(length=32), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("credits", sa.Integer(), nullable=False),
        _when("created_at"),
        sa.CheckConstraint("credits >= 0", name=op.f("ck_candidates_credits_not_negative")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_candidates")),
        sa.UniqueConstraint("local_key", name=op.f("uq_candidates_local_key")),
    )
    op.create_table(
        "job_targets",
        sa.Column("id", ID, nullable=False),
        sa.Column("candidate_id", ID, nullable=False),
        sa.Column("title", sa.String(length=300), nullable=True),
        sa.Column("resume_text", sa.Text(), nullable=False),
        sa.Column("job_text", sa.Text(), nullable=False),
        sa.Column("candidate_profile", sa.JSON(), nullable=False),
        sa.Column("job_profile", sa.JSON(), nullable=False),
        _when("created_at"),
        _owner("job_targets", "candidate_id", "candidates"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_job_targets")),
    )
    op.create_index(op.f("ix_job_targets_candidate_id"), "job_targets", ["candidate_id"])
    op.create_table(
        "interviews",
        sa.Column("id", ID, nullable=False),
        sa.Column("candidate_id", ID, nullable=False),
        sa.Column("job_target_id", ID, nullable=False),
        sa.Column("mode", sa.String(length=32), nullable=False),
        sa.Column("focus", sa.String(length=32), nullable=False),
        sa.Column("length", sa.String(length=32), nullable=False),
        sa.Column("level", sa.String(length=32), nullable=False),
        sa.Column("planned_questions", sa.Integer(), nullable=False),
        sa.Column("seed", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        _when("created_at"),
        _when("updated_at"),
        _when("finished_at", nullable=True),
        _owner("interviews", "candidate_id", "candidates"),
        _owner("interviews", "job_target_id", "job_targets"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interviews")),
    )
    op.create_index("ix_interviews_candidate_created", "interviews", ["candidate_id", "created_at"])
    op.create_index(op.f("ix_interviews_job_target_id"), "interviews", ["job_target_id"])
    op.create_table(
        "attempts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("interview_id", ID, nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("planned_questions", sa.Integer(), nullable=False),
        _when("started_at"),
        _when("finished_at", nullable=True),
        _owner("attempts", "interview_id", "interviews"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attempts")),
        sa.UniqueConstraint("interview_id", "number", name=op.f("uq_attempts_interview_id_number")),
    )
    op.create_table(
        "credit_ledger",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", ID, nullable=False),
        sa.Column("change", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("interview_id", ID, nullable=True),
        _when("created_at"),
        _owner("credit_ledger", "candidate_id", "candidates"),
        _owner("credit_ledger", "interview_id", "interviews", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_credit_ledger")),
    )
    op.create_index(op.f("ix_credit_ledger_candidate_id"), "credit_ledger", ["candidate_id"])
    op.create_index(op.f("ix_credit_ledger_interview_id"), "credit_ledger", ["interview_id"])
    op.create_table(
        "question_ledger",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", ID, nullable=False),
        sa.Column("interview_id", ID, nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        _when("asked_at"),
        _owner("question_ledger", "candidate_id", "candidates"),
        _owner("question_ledger", "interview_id", "interviews", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_question_ledger")),
    )
    op.create_index(op.f("ix_question_ledger_candidate_id"), "question_ledger", ["candidate_id"])
    op.create_index(op.f("ix_question_ledger_interview_id"), "question_ledger", ["interview_id"])
    op.create_table(
        "questions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("interview_id", ID, nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("type", sa.String(length=32), nullable=False),
        sa.Column("competency", sa.String(length=100), nullable=False),
        sa.Column("difficulty", sa.Integer(), nullable=False),
        sa.Column("grounding", sa.JSON(), nullable=False),
        sa.Column("plan", sa.JSON(), nullable=False),
        _when("created_at"),
        _owner("questions", "interview_id", "interviews"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_questions")),
        sa.UniqueConstraint(
            "interview_id", "position", name=op.f("uq_questions_interview_id_position")
        ),
    )
    op.create_table(
        "answers",
        sa.Column("id", ID, nullable=False),
        sa.Column("attempt_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("length", sa.JSON(), nullable=False),
        sa.Column("relevance_method", sa.String(length=32), nullable=False),
        _when("created_at"),
        _owner("answers", "attempt_id", "attempts"),
        _owner("answers", "question_id", "questions"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_answers")),
        sa.UniqueConstraint(
            "attempt_id", "question_id", name=op.f("uq_answers_attempt_id_question_id")
        ),
    )
    op.create_index(op.f("ix_answers_question_id"), "answers", ["question_id"])
    op.create_table(
        "drafts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("attempt_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        _when("updated_at"),
        _owner("drafts", "attempt_id", "attempts"),
        _owner("drafts", "question_id", "questions"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_drafts")),
        sa.UniqueConstraint(
            "attempt_id", "question_id", name=op.f("uq_drafts_attempt_id_question_id")
        ),
    )
    op.create_index(op.f("ix_drafts_question_id"), "drafts", ["question_id"])
    op.create_table(
        "feedback",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("answer_id", ID, nullable=False),
        sa.Column("level", sa.String(length=32), nullable=False),
        sa.Column("mode", sa.String(length=32), nullable=False),
        sa.Column("body", sa.JSON(), nullable=False),
        _owner("feedback", "answer_id", "answers"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback")),
        sa.UniqueConstraint("answer_id", name=op.f("uq_feedback_answer_id")),
    )
    op.create_table(
        "scorecards",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("answer_id", ID, nullable=False),
        sa.Column("overall", sa.Float(), nullable=False),
        sa.Column("band", sa.String(length=32), nullable=False),
        sa.Column("card", sa.JSON(), nullable=False),
        _owner("scorecards", "answer_id", "answers"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scorecards")),
        sa.UniqueConstraint("answer_id", name=op.f("uq_scorecards_answer_id")),
    )


def downgrade() -> None:
    for table in (
        "scorecards",
        "feedback",
        "drafts",
        "answers",
        "questions",
        "question_ledger",
        "credit_ledger",
        "attempts",
        "interviews",
        "job_targets",
        "candidates",
    ):
        op.drop_table(table)
