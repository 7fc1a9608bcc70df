"""The composition root: the whole coach built from typed settings."""

from __future__ import annotations

from interview_coach.assessment import Assessor
from interview_coach.embedding import default_embedder
from interview_coach.engine import Engine, build_engine, engine_named
from interview_coach.sessions import Coach
from interview_coach.sessions.wording import Wording
from interview_coach.settings import Settings
from interview_coach.store import open_database


def build_coach(settings: Settings | None = None, *, assessor: Assessor | None = None) -> Coach:
    """Open (and migrate) the store, load the assessor and the engine, and build the service.

    The scorecard and the built-in wording are made on the request, at once; an engine other
    than the built-in one rewrites the wording in the background (``Coach.wording``).
    ``assessor`` replaces the one the settings describe (tests pass a lexical one).

    Raises:
        UnknownEngine, EngineMisconfigured: the settings name an engine that cannot be built.
    """
    settings = settings or Settings()
    if settings.pack_paths:
        from interview_coach.packs import use_extra_packs

        use_extra_packs(settings.pack_paths)
    engine = writing_engine(settings)
    if assessor is None:
        embedder = default_embedder() if settings.embedding else None
        assessor = Assessor(embedder=embedder, engine=engine_named("builtin"))
    db = open_database(settings.database_url)
    return Coach(
        db,
        assessor,
        credits_enabled=settings.credits_enabled,
        starting_credits=settings.starting_credits,
        wording=Wording(
            db,
            engine,
            settings.llm_daily_calls,
            stale_after=2 * settings.llm_timeout_seconds + 30,
        ),
    )


def writing_engine(settings: Settings) -> Engine | None:
    """The engine that rewrites wording in the background; None for the built-in engine."""
    if settings.engine == "builtin":
        return None
    return build_engine(settings)
