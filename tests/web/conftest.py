"""Web tests: the real app over a real database (SQLite in tmp_path by default), the lexical
assessor (the same rubric without loading the embedding model) and cheap argon2 parameters."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from fastapi import FastAPI
from fastapi.testclient import TestClient

from interview_coach.accounts import Passwords
from interview_coach.assessment import Assessor
from interview_coach.documents.readers import DocumentReaders
from interview_coach.sessions import Coach
from interview_coach.store import open_database
from interview_coach.web import WebSettings, create_app
from tests.store.backends import database_url, postgres_url, sqlite_url
from tests.web.helpers import BASE_URL

__all__ = ["database_url", "postgres_url"]


class Site:
    """An app and the coach behind it, for one test."""

    def __init__(self, app: FastAPI, coach: Coach, settings: WebSettings) -> None:
        self.app, self.coach, self.settings = app, coach, settings

    def client(self, **options: object) -> TestClient:
        options.setdefault("base_url", BASE_URL)
        return TestClient(self.app, **options)  # type: ignore[arg-type]


SiteFactory = Callable[..., Site]


@pytest.fixture(scope="session")
def lexical() -> Assessor:
    return Assessor(embedder=None)


@pytest.fixture(scope="session")
def fast_passwords() -> Passwords:
    """argon2id still, with parameters small enough for hundreds of test sign-ins."""
    return Passwords(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture
def make_site(
    tmp_path: Path, lexical: Assessor, fast_passwords: Passwords
) -> Iterator[SiteFactory]:
    made: list[Coach] = []

    def make(
        database: str | None = None, readers: DocumentReaders | None = None, **settings: object
    ) -> Site:
        chosen = WebSettings(
            data_dir=tmp_path,
            database_url=database or sqlite_url(tmp_path),
            embedding=False,
            **settings,  # type: ignore[arg-type]
        )
        # As build_coach makes it, but with seeds in sequence: the same questions every run.
        seeds = itertools.count(1)
        coach = Coach(open_database(chosen.database_url), lexical, seeds=lambda: next(seeds))
        made.append(coach)
        app = create_app(chosen, coach=coach, passwords=fast_passwords, readers=readers)
        return Site(app, coach, chosen)

    yield make
    for coach in made:
        coach.close()


@pytest.fixture
def site(make_site: SiteFactory) -> Site:
    """Single-user mode, as `interview-coach serve` starts by default."""
    return make_site()


@pytest.fixture
def client(site: Site) -> Iterator[TestClient]:
    with site.client() as opened:
        yield opened


@pytest.fixture
def multi_site(make_site: SiteFactory) -> Site:
    return make_site(multi_user=True)
