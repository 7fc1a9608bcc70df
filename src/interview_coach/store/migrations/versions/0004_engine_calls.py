"""Engine calls: each piece of an LLM engine's work, what it sent and what came back.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "engine_calls",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.String(36), nullable=False),
        sa.Column("interview_id", sa.String(36), nullable=True),
        sa.Column("answer_id", sa.String(36), nullable=True),
        sa.Column("question_id", sa.Integer(), nullable=True),
        sa.Column("purpose", sa.String(16), nullable=False),
        sa.Column("engine", sa.String(32), nullable=False),
        sa.Column("model", sa.String(200), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("result", sa.JSON(), nullable=True),
        sa.Column("exchanges", sa.JSON(), nullable=False),
        sa.Column("calls", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["candidate_id"], ["candidates.id"],
            name="fk_engine_calls_candidate_id_candidates", ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["interview_id"], ["interviews.id"],
            name="fk_engine_calls_interview_id_interviews", ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["answer_id"], ["answers.id"],
            name="fk_engine_calls_answer_id_answers", ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["question_id"], ["questions.id"],
            name="fk_engine_calls_question_id_questions", ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_engine_calls"),
    )  # fmt: skip
    op.create_index(
        "ix_engine_calls_candidate_created", "engine_calls", ["candidate_id", "created_at"]
    )
    for column in ("interview_id", "answer_id", "question_id"):
        op.create_index(f"ix_engine_calls_{column}", "engine_calls", [column])


def downgrade() -> None:
    op.drop_table("engine_calls")
