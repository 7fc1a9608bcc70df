"""A resume or job description as cleaned text, with where it came from."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any


class SourceKind(StrEnum):
    PDF = "pdf"
    DOCX = "docx"
    TEXT = "text"
    MARKDOWN = "markdown"
    PASTED = "pasted"


@dataclass(frozen=True, slots=True)
class Document:
    """Cleaned text: one line per line of the original, bullets as ``- ``, blank lines kept.

    ``embedded_instructions`` are lines that read like orders to an AI ("ignore previous
    instructions..."). They stay in ``text`` as plain data; nothing ever follows them.
    """

    text: str
    kind: SourceKind
    pages: int | None = None
    embedded_instructions: tuple[str, ...] = ()

    @property
    def has_embedded_instructions(self) -> bool:
        return bool(self.embedded_instructions)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
