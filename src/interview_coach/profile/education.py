"""Degrees, diplomas, certifications and licences, one entry each."""

from __future__ import annotations

import re
from collections.abc import Iterable

from interview_coach.profile.lines import Line

_DEGREE = re.compile(
    r"\b(?:b\.?sc?|m\.?sc?|b\.?a|m\.?a|ph\.?d|mba|b\.?eng|m\.?eng|b\.?ed|m\.?ed|pgce|bsn|adn|msn"
    r"|bachelor'?s?|master'?s?|doctorate|diploma|certificate|associate'?s?|degree|a-levels?"
    r"|gcses?|high school|licen[cs]e|certified|certification|registered)\b",
    re.IGNORECASE,
)
_SCHOOL = re.compile(
    r"\b(?:university|college|school|institute|academy|polytechnic|conservatory|"
    r"universit[éä]t|école|bootcamp)\b",
    re.IGNORECASE,
)
_MAX_ENTRY_CHARS = 200


def education_entries(lines: Iterable[Line]) -> list[str]:
    """One entry per degree: "BSc Nursing, University of Leeds, 2015".

    A school on the line after a degree (or the other way round) joins it; bullets under an
    entry ("First-class honours") are added after a semicolon.
    """
    entries: list[str] = []
    last_was_degree = last_was_school = False
    for line in lines:
        if line.blank:
            last_was_degree = last_was_school = False
            continue
        degree, school = bool(_DEGREE.search(line.text)), bool(_SCHOOL.search(line.text))
        joins = entries and (
            (line.bullet and not degree)
            or (school and not degree and last_was_degree and not last_was_school)
            or (degree and not school and last_was_school and not last_was_degree)
            or not (degree or school or line.bullet)
        )
        if joins:
            entries[-1] = f"{entries[-1]}{'; ' if line.bullet else ', '}{line.text}"
        else:
            entries.append(line.text)
        last_was_degree = (last_was_degree or degree) if joins else degree
        last_was_school = (last_was_school or school) if joins else school
    return [entry[:_MAX_ENTRY_CHARS] for entry in entries]
