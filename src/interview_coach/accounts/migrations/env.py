"""Alembic's entry for the account tables (see accounts.migrate); the store's are not ours."""

from __future__ import annotations

from typing import Any

from alembic import context

from interview_coach.accounts.migrate import VERSION_TABLE
from interview_coach.accounts.schema import AccountBase

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "run migrations through interview_coach.accounts.migrate, which passes a connection"
    )


def _ours(obj: Any, name: str | None, kind: str, reflected: bool, compare_to: Any) -> bool:
    """Autogenerate compares only the account tables; the store's chain owns the rest."""
    return kind != "table" or name in AccountBase.metadata.tables


context.configure(
    connection=connection,
    target_metadata=AccountBase.metadata,
    version_table=VERSION_TABLE,
    include_object=_ours,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
