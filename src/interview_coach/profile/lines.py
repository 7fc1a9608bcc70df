"""Lines of a cleaned document, with their offsets, so skill mentions can be placed in them."""

from __future__ import annotations

import re
from dataclasses import dataclass

_BULLET = re.compile(r"^(?:- |\d{1,2}[.)] )")
# A line this long that stops mid-sentence was probably wrapped, not ended.
_WRAPPED_LINE_WORDS = 8


@dataclass(frozen=True, slots=True)
class Line:
    """One line; ``text`` has no bullet marker and starts at ``start`` in the profiled text."""

    text: str
    start: int
    bullet: bool = False

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def words(self) -> int:
        return len(self.text.split())

    @property
    def blank(self) -> bool:
        return not self.text


def split_lines(text: str) -> list[Line]:
    """Every line of ``text`` (blank ones too), bullets marked and their markers removed.

    A line that carries on a wrapped bullet or sentence (it starts in lower case) is joined
    to it, so a bullet broken across lines by a PDF stays one bullet.
    """
    lines: list[Line] = []
    offset = 0
    for raw in text.split("\n"):
        marker = _BULLET.match(raw)
        skip = marker.end() if marker else 0
        line = Line(raw[skip:].strip(), offset + skip, bullet=marker is not None)
        if lines and _continues(lines[-1], line):
            previous = lines.pop()
            joined = text[previous.start : line.end].replace("\n", " ")
            line = Line(joined, previous.start, previous.bullet)
        lines.append(line)
        offset += len(raw) + 1
    return lines


def _continues(previous: Line, line: Line) -> bool:
    if line.bullet or line.blank or previous.blank or not line.text[0].islower():
        return False
    if previous.text.endswith((".", "!", "?", ":")):
        return False
    return previous.bullet or previous.words > _WRAPPED_LINE_WORDS
