"""Schema migrations, run from code at startup: ``upgrade head``, no alembic.ini needed.

Developers write a new revision with ``python -m interview_coach.store.migrate "what changed"``,
which autogenerates it from the models in ``store.schema``. Another part of the schema (the
accounts) keeps its own chain, with its own version table, through the same :class:`Chain`.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text

from interview_coach.store.database import WRITE, create_database_engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


@dataclass(frozen=True, slots=True)
class Chain:
    """One Alembic migration chain: its scripts, its version table, and its migration lock."""

    folder: Path
    version_table: str
    #: PostgreSQL advisory lock held while migrating, so processes starting together take turns.
    lock_key: int

    def config(self, connection: Connection | None = None) -> Config:
        config = Config()
        config.set_main_option("script_location", str(self.folder))
        config.attributes["connection"] = connection
        return config

    def upgrade(self, engine: Engine) -> None:
        """Bring the chain to its latest revision, in one transaction; safe to run concurrently."""
        with engine.execution_options(**{WRITE: True}).begin() as connection:
            if connection.dialect.name == "postgresql":
                connection.execute(
                    text("SELECT pg_advisory_xact_lock(:key)"), {"key": self.lock_key}
                )
            if self.current_revision(connection) != self.head_revision():
                command.upgrade(self.config(connection), "head")

    def current_revision(self, connection: Connection) -> str | None:
        options = {"version_table": self.version_table}
        return MigrationContext.configure(connection, opts=options).get_current_revision()

    def head_revision(self) -> str | None:
        return ScriptDirectory.from_config(self.config()).get_current_head()

    def new_revision(self, message: str, before: Callable[[Engine], None] | None = None) -> None:
        """Autogenerate a revision from the models against a scratch database at head.

        ``before`` migrates what this chain builds on (the accounts build on the store).
        """
        with tempfile.TemporaryDirectory() as scratch:
            engine = create_database_engine(f"sqlite:///{scratch}/scratch.db")
            if before is not None:
                before(engine)
            self.upgrade(engine)
            with engine.begin() as connection:
                command.revision(self.config(connection), message=message, autogenerate=True)
            engine.dispose()


STORE = Chain(MIGRATIONS, "alembic_version", 4_206_190_417)
upgrade = STORE.upgrade
current_revision = STORE.current_revision
head_revision = STORE.head_revision
alembic_config = STORE.config


if __name__ == "__main__":
    STORE.new_revision(" ".join(sys.argv[1:]) or "schema change")
