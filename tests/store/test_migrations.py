"""Migrations: `upgrade head` builds exactly the models' schema, on both backends, once."""

from __future__ import annotations

import threading
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect

from interview_coach.store import create_database_engine, upgrade
from interview_coach.store.migrate import current_revision, head_revision
from interview_coach.store.schema import TABLES, Base


def test_upgrade_builds_the_models_schema(database_url: str) -> None:
    engine = create_database_engine(database_url)
    upgrade(engine)
    with engine.connect() as connection:
        differences = compare_metadata(
            MigrationContext.configure(connection, opts={"compare_type": True}), Base.metadata
        )
        tables = set(inspect(connection).get_table_names())
        assert current_revision(connection) == head_revision()
    engine.dispose()
    assert differences == []
    assert {t.__tablename__ for t in TABLES} | {"alembic_version"} <= tables


def test_upgrading_again_changes_nothing(database_url: str) -> None:
    engine = create_database_engine(database_url)
    upgrade(engine)
    upgrade(engine)
    with engine.connect() as connection:
        assert current_revision(connection) == head_revision()
    engine.dispose()


def test_app_processes_starting_together_migrate_once(database_url: str) -> None:
    engines = [create_database_engine(database_url) for _ in range(3)]
    failures = _upgrade_together(engines)
    with engines[0].connect() as connection:
        assert current_revision(connection) == head_revision()
    for engine in engines:
        engine.dispose()
    assert failures == []


def test_processes_opening_a_new_sqlite_file_together_never_find_it_locked(
    tmp_path: Path,
) -> None:
    """Switching a new file to WAL can fail at once with "database is locked" instead of
    waiting; repeated, so that a race lost now and then shows up here."""
    for round_number in range(40):
        url = f"sqlite:///{tmp_path / f'coach-{round_number}.db'}"
        engines = [create_database_engine(url) for _ in range(3)]
        failures = _upgrade_together(engines)
        for engine in engines:
            engine.dispose()
        assert failures == [], f"round {round_number}"


def _upgrade_together(engines: list[Engine]) -> list[BaseException]:
    """Upgrade through every engine at once, one thread each, as app processes starting
    together would; what each one raised."""
    barrier = threading.Barrier(len(engines))
    failures: list[BaseException] = []

    def start(engine: Engine) -> None:
        barrier.wait()
        try:
            upgrade(engine)
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=start, args=(engine,)) for engine in engines]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return failures
