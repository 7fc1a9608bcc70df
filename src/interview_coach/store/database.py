"""Connecting to the database: SQLite tuned for one writer and durability, or PostgreSQL.

SQLite runs in WAL mode (readers never block the writer) with ``synchronous=FULL``: WAL with
NORMAL survives a crashed process but may lose the last commits on power loss or an OS crash,
and an answer the candidate was told was saved must still be there. FULL costs one fsync per
commit, which at one answer a minute is nothing. Write transactions open with
``BEGIN IMMEDIATE``, so a writer queues for the lock (up to ``busy_timeout``) at its start
instead of failing halfway when a read lock cannot be upgraded. ``secure_delete`` overwrites
deleted text, so "delete everything" leaves no readable remains in the file.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.engine import URL, Connection
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 10_000
WRITE = "interview_coach_write"
#: busy_timeout comes first: switching a new file to WAL takes a lock, and a process opening the
#: same new database at that moment must wait for it rather than fail. SQLite does not always
#: call its busy handler for that switch, so _configure_sqlite also retries it.
SQLITE_PRAGMAS = (
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA secure_delete=ON",
)


class Database:
    """An engine and the two kinds of transaction the service uses: reading and writing."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._reads = sessionmaker(engine, expire_on_commit=False)
        self._writes = sessionmaker(
            engine.execution_options(**{WRITE: True}), expire_on_commit=False
        )

    @property
    def backend(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self.engine.dialect.name

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A consistent snapshot to read from; nothing it does is kept."""
        with self._reads() as session:
            try:
                yield session
            finally:
                # Detach what was read first, so the rollback (which keeps nothing by design)
                # does not expire it: rows read here stay usable after the block.
                session.expunge_all()
                session.rollback()

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        with self._writes() as session, session.begin():
            yield session

    def forget_deleted(self) -> None:
        """Make deleted data unrecoverable from the files, where the backend allows it.

        On SQLite, ``secure_delete`` already zeroed deleted rows in the database file, but
        their earlier versions can sit in the write-ahead log until a checkpoint: checkpoint
        and truncate it. PostgreSQL reclaims dead rows with its own (auto)vacuum.
        """
        if self.backend != "sqlite":
            return
        raw = self.engine.raw_connection()
        try:
            cursor = raw.cursor()
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            cursor.close()
        finally:
            raw.close()

    def dispose(self) -> None:
        self.engine.dispose()


def database_url(url: str) -> URL:
    """The URL with PostgreSQL pointed at psycopg 3, the driver the coach ships with."""
    parsed = make_url(url)
    if parsed.drivername in ("postgres", "postgresql"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def create_database_engine(url: str) -> Engine:
    parsed = database_url(url)
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(parsed)
    return create_engine(parsed, pool_pre_ping=True)


def _sqlite_engine(url: URL) -> Engine:
    if url.database and url.database != ":memory:":
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url)
    event.listen(engine, "connect", _configure_sqlite)
    event.listen(engine, "begin", _begin_sqlite)
    return engine


def _configure_sqlite(dbapi_connection: Any, _record: object) -> None:
    # Take BEGIN out of the driver's hands, so _begin_sqlite decides how each transaction starts.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    for pragma in SQLITE_PRAGMAS:
        _execute_when_unlocked(cursor, pragma)
    cursor.close()


def _execute_when_unlocked(cursor: Any, statement: str) -> None:
    """Run the statement, retrying while another connection holds the lock it needs, for as
    long as busy_timeout would have waited."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            cursor.execute(statement)
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def _begin_sqlite(connection: Connection) -> None:
    writing = connection.get_execution_options().get(WRITE, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")
