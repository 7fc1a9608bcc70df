"""Session tests: a real store on each backend, and the lexical assessor (fast) by default."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from interview_coach.assessment import Assessor
from interview_coach.bootstrap import build_coach
from interview_coach.sessions import Coach
from interview_coach.settings import Settings
from tests.store.backends import database_url, postgres_url

__all__ = ["database_url", "postgres_url"]

CoachFactory = Callable[..., Coach]


@pytest.fixture(scope="session")
def lexical() -> Assessor:
    """Scores without the embedding model: the same rubric, relevance judged lexically."""
    return Assessor(embedder=None)


@pytest.fixture
def make_coach(database_url: str, lexical: Assessor, tmp_path: Path) -> Iterator[CoachFactory]:
    """Coaches on the same database (as separate app processes would be), closed after."""
    made: list[Coach] = []

    def make(**settings: object) -> Coach:
        chosen = Settings(data_dir=tmp_path, database_url=database_url, **settings)  # type: ignore[arg-type]
        coach = build_coach(chosen, assessor=lexical)
        made.append(coach)
        return coach

    yield make
    for coach in made:
        coach.close()


@pytest.fixture
def coach(make_coach: CoachFactory) -> Coach:
    return make_coach()


@pytest.fixture
def candidate(coach: Coach) -> str:
    return coach.local_candidate_id()
