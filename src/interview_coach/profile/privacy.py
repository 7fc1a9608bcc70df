"""Contact details removed from anything the profile keeps: it never holds who the person is."""

from __future__ import annotations

import re

from interview_coach.profile.titles import has_title_word

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|\b(?:linkedin|github|gitlab|bitbucket|behance|dribbble|medium|twitter|x|instagram"
    r"|facebook|stackoverflow|kaggle)\.com\S*"
    r"|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}/\S*",
    re.IGNORECASE,
)
_PHONE = re.compile(
    r"(?<![\w/.,$€£])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,5}){1,4}"
    r"(?![\w/%.,])"
    r"|\+?\b\d{10,13}\b"
)
_STREET = re.compile(
    r"\b\d{1,5}[A-Za-z]?\s+(?:[A-Z][\w'.-]*\s+){1,4}"
    r"(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Boulevard|Blvd|Drive|Dr|Court|Ct|Way|Place|Pl"
    r"|Square|Sq|Terrace|Close|Crescent|Parkway|Highway|Hwy)\b\.?"
    r"(?:,?\s*(?:Apt|Suite|Unit|Flat)\.?\s*\w+)?"
)
_SPACES = re.compile(r"\s{2,}")
_DANGLING = re.compile(r"(?:^|\s)[|,;:·•-]+(?=\s|$)")
_NAME_LINE = re.compile(r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]*){1,3}$")
_HEADER_SEPARATOR = re.compile(r"\s*[,|·•]\s*")
_MIN_PHONE_DIGITS = 9
# "150 000 000" is an amount written with thin-space thousands, not a phone number.
_AMOUNT = re.compile(r"\d{1,3}(?: \d{3})+")


def redact(text: str, names: tuple[str, ...] = ()) -> str:
    """``text`` without emails, URLs, phone numbers, street addresses or the given names."""
    text = _EMAIL.sub(" ", text)
    text = _URL.sub(" ", text)
    text = _PHONE.sub(_drop_phone, text)
    text = _STREET.sub(" ", text)
    for name in names:
        text = re.sub(rf"\b{re.escape(name)}\b", " ", text, flags=re.IGNORECASE)
    text = _DANGLING.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


def _drop_phone(match: re.Match[str]) -> str:
    found = match.group()
    digits = sum(char.isdigit() for char in found)
    if digits < _MIN_PHONE_DIGITS or _AMOUNT.fullmatch(found):
        return found
    return " "


def guess_name(header_lines: list[str]) -> str | None:
    """The person's name: an early header line of two to four capitalised words, no job words."""
    for line in header_lines[:3]:
        # "PRIYA NANDAKUMAR, RN" or "Jane Doe | Data Analyst": the name comes first.
        candidate = _HEADER_SEPARATOR.split(line.strip().strip("#*").strip())[0]
        if _NAME_LINE.match(candidate) and not has_title_word(candidate):
            return candidate
    return None
