"""How senior a job is, from its title or, failing that, the years of experience it asks for."""

from __future__ import annotations

import re

# Checked in order: the first level whose words appear in the title wins.
_TITLE_LEVELS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (level, re.compile(rf"\b(?:{words})\b", re.IGNORECASE))
    for level, words in (
        ("intern", r"intern|internship|trainee|apprentice|placement student|working student"),
        ("executive", r"chief|ceo|cto|cfo|coo|cio|cmo|president|vp|vice president"),
        ("director", r"director|head of|headteacher|head teacher|principal of"),
        ("principal", r"principal|distinguished|fellow"),
        ("staff", r"staff(?!\s+nurse)"),
        ("lead", r"lead|tech lead|team lead|charge nurse|lead teacher|head of department"),
        (
            "manager",
            r"(?<!product\s)(?<!project\s)(?<!program\s)(?<!programme\s)(?<!account\s)"
            r"(?<!community\s)(?<!success\s)(?<!content\s)manager|supervisor",
        ),
        ("senior", r"senior|sr\.?|snr|iii|experienced"),
        ("junior", r"junior|jr\.?|entry[- ]level|graduate|associate|newly qualified|nqt|i"),
        ("mid", r"mid|mid-level|intermediate|ii"),
    )
)
_YEARS_ASKED = re.compile(
    r"\b(\d{1,2})\s*\+?\s*(?:-\s*\d{1,2}\s*)?(?:years?|yrs?)\b(?:'s?)?\s+(?:of\s+)?"
    r"(?:[\w-]+\s+){0,4}?(?:experience|expertise)",
    re.IGNORECASE,
)


def seniority_of(title: str | None, text: str) -> str | None:
    """The level of the job: from the title first, then from "5+ years of experience"."""
    if title:
        for level, pattern in _TITLE_LEVELS:
            if pattern.search(title):
                return level
    return _level_from_years(text)


def years_asked(text: str) -> int | None:
    found = [int(match.group(1)) for match in _YEARS_ASKED.finditer(text)]
    return max(found) if found else None


def _level_from_years(text: str) -> str | None:
    years = years_asked(text)
    if years is None:
        return None
    if years >= 5:
        return "senior"
    return "mid" if years >= 2 else "junior"
