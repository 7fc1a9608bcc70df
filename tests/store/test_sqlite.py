"""SQLite as configured: WAL, durable commits, foreign keys, one writer at a time that waits."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from sqlalchemy import text

from interview_coach.store import Database, open_database
from tests.store.backends import sqlite_url


def _pragma(db: Database, name: str) -> object:
    with db.engine.connect() as connection:
        return connection.exec_driver_sql(f"PRAGMA {name}").scalar()


def test_pragmas(tmp_path: Path) -> None:
    db = open_database(sqlite_url(tmp_path))
    assert _pragma(db, "journal_mode") == "wal"
    assert _pragma(db, "synchronous") == 2  # FULL
    assert _pragma(db, "foreign_keys") == 1
    assert _pragma(db, "busy_timeout") == 10_000
    assert _pragma(db, "secure_delete") == 1
    db.dispose()


def test_the_database_file_goes_in_a_folder_created_for_it(tmp_path: Path) -> None:
    db = open_database(sqlite_url(tmp_path / "not" / "yet"))
    assert (tmp_path / "not" / "yet" / "coach.db").is_file()
    db.dispose()


def test_a_second_writer_waits_for_the_first_instead_of_failing(tmp_path: Path) -> None:
    db = open_database(sqlite_url(tmp_path))
    order: list[str] = []
    first_in = threading.Event()

    def first() -> None:
        with db.writing() as session:
            session.execute(
                text(
                    "INSERT INTO candidates (id, credits, created_at) VALUES ('a', 0, '2024-01-01')"
                )
            )
            first_in.set()
            time.sleep(0.3)
            order.append("first commits")

    def second() -> None:
        first_in.wait()
        with db.writing() as session:
            session.execute(text("SELECT 1"))  # BEGIN IMMEDIATE: waits here for the lock
            order.append("second begins")
            count = session.execute(text("SELECT count(*) FROM candidates")).scalar()
            order.append(f"second sees {count}")

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert order == ["first commits", "second begins", "second sees 1"]
    db.dispose()


def test_readers_are_not_blocked_by_a_writer(tmp_path: Path) -> None:
    db = open_database(sqlite_url(tmp_path))
    with db.writing() as session:
        session.execute(
            text("INSERT INTO candidates (id, credits, created_at) VALUES ('a', 0, '2024-01-01')")
        )
        started = time.perf_counter()
        with db.reading() as reader:
            assert reader.execute(text("SELECT count(*) FROM candidates")).scalar() == 0
        assert time.perf_counter() - started < 1.0
    db.dispose()
