"""Finds engines through entry points, the built-in one included."""

from __future__ import annotations

from functools import lru_cache
from importlib.metadata import entry_points

from interview_coach.engine.contract import Engine

GROUP = "interview_coach.engines"


class UnknownEngine(LookupError):
    pass


@lru_cache(maxsize=1)
def available_engines() -> dict[str, type[Engine]]:
    engines: dict[str, type[Engine]] = {}

    def add(engine: type[Engine]) -> None:
        engines[engine.name] = engine

    for entry in entry_points(group=GROUP):
        entry.load()(add)
    if "builtin" not in engines:  # running from a source tree that was never installed
        from interview_coach.engine.builtin import register

        register(add)
    return engines


def engine_named(name: str = "builtin") -> Engine:
    engines = available_engines()
    if name not in engines:
        known = ", ".join(sorted(engines))
        raise UnknownEngine(f"no engine called {name!r}; installed engines: {known}")
    return engines[name]()
