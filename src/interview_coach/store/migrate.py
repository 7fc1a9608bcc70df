"""Schema migrations, run from code at startup: ``upgrade head``, no alembic.ini needed.

Developers write a new revision with ``python -m interview_coach.store.migrate "what changed"``,
which autogenerates it from the models in ``store.schema``.
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

from interview_coach.store.database import WRITE, create_database_engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
#: PostgreSQL advisory lock held while migrating, so app processes starting together take turns.
_LOCK_KEY = 4_206_190_417


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def upgrade(engine: Engine) -> None:
    """Bring the schema to the latest revision, in one transaction; safe to run concurrently."""
    with engine.execution_options(**{WRITE: True}).begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})
        if current_revision(connection) != head_revision():
            command.upgrade(alembic_config(connection), "head")


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def new_revision(message: str) -> None:
    """Autogenerate a revision from the models against a scratch database at head."""
    with tempfile.TemporaryDirectory() as scratch:
        engine = create_database_engine(f"sqlite:///{scratch}/scratch.db")
        upgrade(engine)
        with engine.begin() as connection:
            command.revision(alembic_config(connection), message=message, autogenerate=True)
        engine.dispose()


if __name__ == "__main__":
    new_revision(" ".join(sys.argv[1:]) or "schema change")
