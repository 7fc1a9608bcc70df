"""Migrations: `upgrade head` builds exactly the models' schema, on both backends, once."""

from __future__ import annotations

import threading

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

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
    barrier = threading.Barrier(len(engines))
    failures: list[BaseException] = []

    def start(engine_index: int) -> None:
        barrier.wait()
        try:
            upgrade(engines[engine_index])
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=start, args=(i,)) for i in range(len(engines))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with engines[0].connect() as connection:
        assert current_revision(connection) == head_revision()
    for engine in engines:
        engine.dispose()
    assert failures == []


def test_the_migrations_ship_inside_the_package() -> None:
    from interview_coach.store.migrate import MIGRATIONS

    assert (MIGRATIONS / "env.py").is_file()
    assert any((MIGRATIONS / "versions").glob("*.py"))
    assert MIGRATIONS.parent.name == "store"
