"""The two databases every storage and session test runs on: SQLite in tmp_path and PostgreSQL.

PostgreSQL tests get a fresh schema in the ``test`` database at 127.0.0.1:5432 (dropped after)
and skip, saying why, when nothing listens there. ``INTERVIEW_COACH_TEST_POSTGRES`` points them
at another server (a libpq conninfo or URL without the driver).
"""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest

POSTGRES = os.environ.get("INTERVIEW_COACH_TEST_POSTGRES", "postgresql://root@127.0.0.1:5432/test")
BACKENDS = ("sqlite", "postgresql")


@cache
def postgres_unreachable() -> str | None:
    """Why PostgreSQL tests cannot run here, or None when they can."""
    host, port = "127.0.0.1", 5432
    try:
        info = psycopg.conninfo.conninfo_to_dict(POSTGRES)
        host, port = str(info.get("host", host)), int(info.get("port", port))
        with socket.create_connection((host, port), timeout=1.0):
            pass
        with psycopg.connect(POSTGRES, connect_timeout=3) as connection:
            connection.execute("SELECT 1")
    except (OSError, psycopg.Error) as error:
        return f"PostgreSQL is not reachable at {host}:{port} ({error}); PostgreSQL tests skipped"
    return None


def sqlite_url(folder: Path) -> str:
    return f"sqlite:///{(folder / 'coach.db').as_posix()}"


def postgres_schema() -> Iterator[str]:
    """A fresh schema, and the URL of the ``test`` database with it as the search path."""
    reason = postgres_unreachable()
    if reason:
        pytest.skip(reason)
    schema = f"coach_test_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(POSTGRES, autocommit=True) as connection:
        connection.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield _with_search_path(schema)
    finally:
        with psycopg.connect(POSTGRES, autocommit=True) as connection:
            connection.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def _with_search_path(schema: str) -> str:
    base = POSTGRES.replace("postgresql://", "postgresql+psycopg://", 1)
    separator = "&" if "?" in base else "?"
    return f"{base}{separator}options={quote(f'-csearch_path={schema}')}"


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database on each backend."""
    if request.param == "sqlite":
        yield sqlite_url(tmp_path)
    else:
        yield from postgres_schema()


@pytest.fixture
def postgres_url() -> Iterator[str]:
    yield from postgres_schema()
