"""The coach's words, loaded once from data: what can be said of a point, and in which voice."""

from __future__ import annotations

import string
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

from interview_coach.vocabulary import CoachMode, QuestionType

#: The slots a point's words may use, each filled from the answer.
SLOTS = frozenset({"quote", "metric", "step", "part", "asked", "whom"})
#: The slots a voice's headline may use.
HEADLINE_SLOTS = frozenset(
    {"opener", "strength", "Strength", "next", "short", "Order", "framework", "probe"}
)
TIERS = ("weak", "thin", "solid", "strong", "excellent")


@dataclass(frozen=True, slots=True)
class Phrase:
    """What can be said of one strength or gap."""

    key: str
    note: str
    short: str
    why: str
    do: str = ""
    probe: str = ""
    order: str = ""
    reaches: float = 7.0


@dataclass(frozen=True, slots=True)
class VoiceWords:
    gaps: tuple[int, int, int]  # named at the Standard, Detailed and Expert levels
    strength_first: bool
    headline: str
    bare: str
    alone: str
    settled: str
    suggestion: str
    opener: MappingProxyType[str, str]
    closing: MappingProxyType[str, str]
    strength_why: bool = False
    terse: bool = False


@dataclass(frozen=True, slots=True)
class Words:
    strengths: MappingProxyType[str, Phrase]
    gaps: MappingProxyType[str, Phrase]
    voices: MappingProxyType[CoachMode, VoiceWords]
    whom: tuple[tuple[str, frozenset[str]], ...]
    impact: frozenset[str]

    def strength(self, key: str, kind: QuestionType) -> Phrase:
        return self.strengths.get(f"{key}@{kind.value}") or self.strengths[key]

    def gap(self, key: str, kind: QuestionType) -> Phrase:
        return self.gaps.get(f"{key}@{kind.value}") or self.gaps[key]


class WordsError(ValueError):
    """The feedback's data files are inconsistent; names the entry at fault."""


@cache
def words() -> Words:
    folder = resources.files("interview_coach.feedback") / "data"
    points = tomllib.loads((folder / "points.toml").read_text(encoding="utf-8"))
    voices = tomllib.loads((folder / "voices.toml").read_text(encoding="utf-8"))
    return Words(
        strengths=_phrases(points["strength"], "strength", gap=False),
        gaps=_phrases(points["gap"], "gap", gap=True),
        voices=MappingProxyType({CoachMode(name): _voice(name, v) for name, v in voices.items()}),
        whom=tuple((name, frozenset(cues)) for name, cues in points["whom"].items()),
        impact=frozenset(points["impact"]["words"]),
    )


def _phrases(table: dict[str, Any], kind: str, gap: bool) -> MappingProxyType[str, Phrase]:
    needed = ("note", "short", "why", "do", "probe", "order") if gap else ("note", "short", "why")
    found: dict[str, Phrase] = {}
    for key, entry in table.items():
        missing = [name for name in needed if not entry.get(name)]
        if missing:
            raise WordsError(f"points.toml [{kind}.{key!r}] lacks {', '.join(missing)}")
        for name in needed:
            _check_slots(entry[name], SLOTS, f"points.toml [{kind}.{key!r}] {name}")
        found[key] = Phrase(key, **{name: entry[name] for name in entry})
    return MappingProxyType(found)


def _voice(name: str, entry: dict[str, Any]) -> VoiceWords:
    where = f"voices.toml [{name}]"
    for field in ("headline", "bare", "alone", "settled"):
        _check_slots(entry[field], HEADLINE_SLOTS, f"{where} {field}")
    for table in ("opener", "closing"):
        if set(entry[table]) != set(TIERS):
            raise WordsError(f"{where} {table} must name every tier: {', '.join(TIERS)}")
    gaps = tuple(int(n) for n in entry["gaps"])
    if len(gaps) != 3 or min(gaps) < 1:
        raise WordsError(f"{where} gaps must give three counts of at least 1")
    return VoiceWords(
        gaps=(gaps[0], gaps[1], gaps[2]),
        strength_first=bool(entry["strength_first"]),
        headline=entry["headline"],
        bare=entry["bare"],
        alone=entry["alone"],
        settled=entry["settled"],
        suggestion=entry["suggestion"],
        opener=MappingProxyType(dict(entry["opener"])),
        closing=MappingProxyType(dict(entry["closing"])),
        strength_why=bool(entry.get("strength_why", False)),
        terse=bool(entry.get("terse", False)),
    )


def _check_slots(text: str, allowed: frozenset[str], where: str) -> None:
    used = {name for _, name, _, _ in string.Formatter().parse(text) if name}
    unknown = used - allowed - {"do", "why", "probe", "order"}
    if unknown:
        raise WordsError(f"{where} uses unknown slots: {', '.join(sorted(unknown))}")
