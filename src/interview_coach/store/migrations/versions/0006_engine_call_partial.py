"""Engine calls keep the feedback prose streamed in so far, for the page to show while the
rest arrives (cleared once the wording lands or falls back).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("engine_calls", sa.Column("partial", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("engine_calls") as batch:
        batch.drop_column("partial")
