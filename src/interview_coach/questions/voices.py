"""The coach modes' ways of asking, read from ``data/voices.toml``. Written by us.

Friend asks openly and simply, Guide asks the plain ask and explains in a hint what a good
answer covers, Challenger adds a constraint or a trade-off to defend, Drill Sergeant asks for
the decision and the number. The planner's choice is the same in every mode.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from interview_coach.vocabulary import CoachMode, Dimension, QuestionType


@dataclass(frozen=True, slots=True)
class Voices:
    depth: dict[QuestionType, dict[int, tuple[str, ...]]]
    modes: dict[CoachMode, dict[str, tuple[str, ...]]]
    probes: dict[str, dict[Dimension, str]]
    hints: dict[str, str]
    dives: dict[str, tuple[str, ...]]


@cache
def voices() -> Voices:
    text = (
        resources.files("interview_coach")
        .joinpath("questions/data/voices.toml")
        .read_text(encoding="utf-8")
    )
    data = tomllib.loads(text)
    return Voices(
        depth={
            QuestionType(t): {int(level): tuple(clauses) for level, clauses in by_level.items()}
            for t, by_level in data["depth"].items()
        },
        modes={
            CoachMode(m): {k: tuple(v) for k, v in kinds.items()}
            for m, kinds in data["mode"].items()
        },
        probes={
            kind: {Dimension(d): c for d, c in clauses.items()}
            for kind, clauses in data["probe"].items()
        },
        hints=dict(data["hint"]),
        dives={kind: tuple(lines) for kind, lines in data["dive"].items()},
    )  # fmt: skip


def phrases() -> tuple[str, ...]:
    """Every clause a mode or a depth can add, for weighting words in similarity checks."""
    found = voices()
    return (
        *(c for by_level in found.depth.values() for level in by_level.values() for c in level),
        *(c for kinds in found.modes.values() for clauses in kinds.values() for c in clauses),
        *(c for clauses in found.probes.values() for c in clauses.values()),
    )
