"""Finds engine factories through entry points, the built-in one included, and builds engines."""

from __future__ import annotations

from functools import lru_cache
from importlib.metadata import entry_points
from typing import TYPE_CHECKING

from interview_coach.engine.contract import Engine, EngineFactory

if TYPE_CHECKING:
    from interview_coach.settings import Settings

GROUP = "interview_coach.engines"


class UnknownEngine(LookupError):
    pass


@lru_cache(maxsize=1)
def available_engines() -> dict[str, EngineFactory]:
    """Every registered engine's factory, by the name users pick it by."""
    factories: dict[str, EngineFactory] = {}

    def add(name: str, factory: EngineFactory) -> None:
        factories[name] = factory

    for entry in entry_points(group=GROUP):
        entry.load()(add)
    if "builtin" not in factories:  # running from a source tree that was never installed
        from interview_coach.engine import builtin, llm

        builtin.register(add)
        llm.register(add)
    return factories


def build_engine(settings: Settings | None = None, name: str | None = None) -> Engine:
    """The engine the settings name (or ``name``), built from those settings.

    Raises:
        UnknownEngine: no engine by that name is installed.
        EngineMisconfigured: the engine's settings are incomplete (the message says which).
    """
    from interview_coach.settings import Settings

    settings = settings or Settings()
    chosen = name or settings.engine
    factories = available_engines()
    if chosen not in factories:
        known = ", ".join(sorted(factories))
        raise UnknownEngine(f"no engine called {chosen!r}; installed engines: {known}")
    return factories[chosen](settings)


def engine_named(name: str = "builtin") -> Engine:
    """The named engine with the settings from the environment."""
    return build_engine(name=name)
