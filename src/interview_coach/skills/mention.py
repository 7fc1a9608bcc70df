"""A skill, tool or technology named in a piece of text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

SkillKind = Literal["tool", "skill", "transversal"]
KINDS: Final[tuple[SkillKind, ...]] = ("tool", "skill", "transversal")


@dataclass(frozen=True, slots=True)
class SkillMention:
    """One gazetteer hit: ``text`` is ``source[start:end]`` and ``name`` its canonical name."""

    name: str
    kind: str
    start: int
    end: int
    text: str
