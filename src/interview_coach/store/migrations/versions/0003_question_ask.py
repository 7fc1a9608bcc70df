"""Questions and ledger entries keep the ask: what the question asks, without any coach mode's
or engine's wording. Scores and the repeat check read it, so no phrasing can move a number.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("questions", sa.Column("ask", sa.Text(), nullable=True))
    op.add_column("question_ledger", sa.Column("ask", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("question_ledger") as batch:
        batch.drop_column("ask")
    with op.batch_alter_table("questions") as batch:
        batch.drop_column("ask")
