"""Storage: SQLAlchemy models, Alembic migrations, and SQLite or PostgreSQL connections."""

from interview_coach.store.database import Database, create_database_engine, database_url
from interview_coach.store.migrate import upgrade


def open_database(url: str) -> Database:
    """Connect to ``url`` and bring its schema up to date."""
    engine = create_database_engine(url)
    upgrade(engine)
    return Database(engine)


__all__ = ["Database", "create_database_engine", "database_url", "open_database", "upgrade"]
