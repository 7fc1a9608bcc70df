"""The composition root: the whole coach built from typed settings."""

from __future__ import annotations

from interview_coach.assessment import Assessor
from interview_coach.embedding import default_embedder
from interview_coach.engine import engine_named
from interview_coach.sessions import Coach
from interview_coach.settings import Settings
from interview_coach.store import open_database


def build_coach(settings: Settings | None = None, *, assessor: Assessor | None = None) -> Coach:
    """Open (and migrate) the store, load the assessor and the engine, and build the service.

    ``assessor`` replaces the one the settings describe (tests pass a lexical one).
    """
    settings = settings or Settings()
    if settings.pack_paths:
        from interview_coach.packs import use_extra_packs

        use_extra_packs(settings.pack_paths)
    if assessor is None:
        embedder = default_embedder() if settings.embedding else None
        assessor = Assessor(embedder=embedder, engine=engine_named(settings.engine))
    return Coach(
        open_database(settings.database_url),
        assessor,
        credits_enabled=settings.credits_enabled,
        starting_credits=settings.starting_credits,
    )
