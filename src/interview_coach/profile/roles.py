"""Roles in the experience section: title, employer, dates and the bullets under each."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from interview_coach.profile.dates import DateRange, find_date_range
from interview_coach.profile.lines import Line
from interview_coach.profile.titles import has_title_word

# A line this long, or a sentence, describes the work; shorter lines name the role.
_MAX_HEADER_WORDS = 12
_SEPARATORS = re.compile(r"\s+(?:[|–—•·@~]|-{1,2}|at)\s+|\s*[|\t]\s*|\s+[–—]|[–—]\s+")
_EMPTY_BRACKETS = re.compile(r"[(\[]\s*\|\s*[)\]]")
_PARENTHESES = re.compile(r"\(([^)]*)\)")
_EDGE_PUNCTUATION = re.compile(r"^[\s,;:|/–—-]+|[\s,;:|/–—-]+$")
_NOT_EMPLOYERS = """
    remote hybrid on-site onsite full-time part-time contract freelance temporary permanent
    internship locum self-employed
"""
_LOCATION_WORDS = frozenset(_NOT_EMPLOYERS.split())


@dataclass(slots=True)
class RoleEntry:
    """One role as written: the short lines naming it, then the lines describing it."""

    header: list[Line] = field(default_factory=list)
    details: list[Line] = field(default_factory=list)
    dates: DateRange | None = None

    @property
    def title_and_employer(self) -> tuple[str | None, str | None]:
        return _title_and_employer(self.header, self.dates)


def group_roles(lines: tuple[Line, ...]) -> list[RoleEntry]:
    """Split the experience section into roles; entries naming no job and no dates are dropped."""
    entries: list[RoleEntry] = []
    current = RoleEntry()
    for line in lines:
        if line.blank:
            continue
        if _describes_work(line):
            current.details.append(line)
            continue
        dates = find_date_range(line.text)
        if current.details or (dates and current.dates) or len(current.header) >= 4:
            entries.append(current)
            current = RoleEntry()
        current.header.append(line)
        current.dates = current.dates or dates
    entries.append(current)
    return [entry for entry in entries if entry.header and _names_a_role(entry)]


def _describes_work(line: Line) -> bool:
    if line.bullet:
        return True
    if find_date_range(line.text):
        return False
    return line.words > _MAX_HEADER_WORDS or (line.text.endswith(".") and line.words > 6)


def _names_a_role(entry: RoleEntry) -> bool:
    return entry.dates is not None or any(has_title_word(line.text) for line in entry.header)


def _title_and_employer(
    header: list[Line], dates: DateRange | None
) -> tuple[str | None, str | None]:
    parts = [part for line in header for part in _parts(line, dates)]
    if not parts:
        return None, None
    title_at = next((index for index, (text, _) in enumerate(parts) if has_title_word(text)), 0)
    title = parts[title_at][0]
    employer = next(
        (
            text
            for index, (text, primary) in enumerate(parts)
            if index != title_at and primary and not _is_location(text)
        ),
        None,
    )
    if employer is None and title_at + 1 < len(parts) and not _is_location(parts[title_at + 1][0]):
        employer = parts[title_at + 1][0]
    return title, employer


def _parts(line: Line, dates: DateRange | None) -> list[tuple[str, bool]]:
    """Pieces of a header line without its dates; ``True`` marks the first piece of a group.

    "Senior Engineer — Paylane, London" gives ("Senior Engineer", True), ("Paylane", True),
    ("London", False): the words after a comma are usually a place.
    """
    text = line.text
    found = find_date_range(text)
    if found is not None and (dates is None or found.start == dates.start):
        text = _EMPTY_BRACKETS.sub(" | ", text[: found.span[0]] + " | " + text[found.span[1] :])
    text = _PARENTHESES.sub(lambda m: "" if _is_location(m.group(1)) else m.group(0), text)
    parts: list[tuple[str, bool]] = []
    for group in _SEPARATORS.split(text):
        pieces = [_clean(piece) for piece in group.split(",")]
        pieces = [piece for piece in pieces if piece and any(c.isalpha() for c in piece)]
        parts.extend((piece, index == 0) for index, piece in enumerate(pieces))
    return parts


def _clean(piece: str) -> str:
    piece = _EDGE_PUNCTUATION.sub("", piece)
    piece = piece.replace("()", "").strip()
    return " ".join(piece.split())


def _is_location(text: str) -> bool:
    words = text.lower().replace("/", " ").split()
    return bool(words) and all(word.strip(".()") in _LOCATION_WORDS for word in words)
