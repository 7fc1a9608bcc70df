"""The accounts' own migration chain, with its own version table, run after the store's.

Accounts are a separate part of the schema so that their revisions never collide with the
store's: Alembic keeps this chain's position in ``accounts_alembic_version``. New revisions:
``python -m interview_coach.accounts.migrate "what changed"``.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text

from interview_coach.store import create_database_engine
from interview_coach.store import upgrade as upgrade_store
from interview_coach.store.database import WRITE

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "accounts_alembic_version"
#: PostgreSQL advisory lock held while migrating (the store uses another key).
_LOCK_KEY = 4_206_190_418


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def upgrade(engine: Engine) -> None:
    """Bring the account tables to the latest revision; the store's must be migrated first."""
    with engine.execution_options(**{WRITE: True}).begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})
        if current_revision(connection) != head_revision():
            command.upgrade(alembic_config(connection), "head")


def current_revision(connection: Connection) -> str | None:
    context = MigrationContext.configure(connection, opts={"version_table": VERSION_TABLE})
    return context.get_current_revision()


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def new_revision(message: str) -> None:
    """Autogenerate a revision from the account models against a scratch database at head."""
    with tempfile.TemporaryDirectory() as scratch:
        engine = create_database_engine(f"sqlite:///{scratch}/scratch.db")
        upgrade_store(engine)
        upgrade(engine)
        with engine.begin() as connection:
            command.revision(alembic_config(connection), message=message, autogenerate=True)
        engine.dispose()


if __name__ == "__main__":
    new_revision(" ".join(sys.argv[1:]) or "accounts schema change")
