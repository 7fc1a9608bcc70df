"""A tiny stand-in skill finder, so profiling logic is tested apart from the gazetteer."""

from __future__ import annotations

import re
from dataclasses import dataclass

_KNOWN = {
    "python": "Python",
    "go": "Go",
    "kafka": "Apache Kafka",
    "postgresql": "PostgreSQL",
    "kubernetes": "Kubernetes",
    "terraform": "Terraform",
    "rust": "Rust",
    "sql": "SQL",
    "communication": "Communication",
    "integrity": "Integrity",
    "salesforce": "Salesforce",
}
_PATTERN = re.compile(rf"\b(?:{'|'.join(_KNOWN)})\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class FakeMention:
    name: str
    kind: str
    start: int
    end: int
    text: str


def fake_find_skills(text: str) -> list[FakeMention]:
    return [
        FakeMention(_KNOWN[m.group().lower()], "tool", m.start(), m.end(), m.group())
        for m in _PATTERN.finditer(text)
    ]
