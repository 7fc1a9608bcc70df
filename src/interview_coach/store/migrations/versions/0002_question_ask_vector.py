"""Questions remember the embedding of what they ask, and which model made it.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("questions", sa.Column("ask_vector", sa.LargeBinary(), nullable=True))
    op.add_column("questions", sa.Column("ask_model", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("questions") as batch:
        batch.drop_column("ask_model")
        batch.drop_column("ask_vector")
