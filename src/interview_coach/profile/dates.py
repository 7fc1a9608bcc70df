"""Date ranges on resumes: "Jan 2020 – Present", "2018-2021", "03/2019 - 06/2022", "Since 2019"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
_MONTH_NAME = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    r"|spring|summer|fall|autumn|winter)"
)
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
_SHORT_YEAR = r"(?:['’]\d{2})"
_PRESENT = r"(?:present|current(?:ly)?|now|today|to date|date|ongoing)"


def _date(tag: str) -> str:
    return (
        rf"(?:(?P<{tag}name>{_MONTH_NAME})\.?,?\s*(?P<{tag}nameyear>{_YEAR}|{_SHORT_YEAR})"
        rf"|(?P<{tag}mm>0?[1-9]|1[0-2])\s*[/.]\s*(?P<{tag}mmyear>{_YEAR})"
        rf"|(?P<{tag}ymyear>{_YEAR})\s*[/.-]\s*(?P<{tag}ym>0[1-9]|1[0-2])(?!\d)"
        rf"|(?P<{tag}year>{_YEAR}))"
    )


_RANGE = re.compile(
    rf"(?<![\w/.-])(?:(?P<since>since|from)\s+)?{_date('a')}"
    rf"(?:\s*(?:-|–|—|~|\bto\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b)\s*"
    rf"(?:(?P<present>{_PRESENT})\b|{_date('b')}))?(?![\w/])",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True, order=True)
class YearMonth:
    year: int
    month: int | None = None

    @property
    def index(self) -> int:
        """Months since year 0, counting a missing month as January."""
        return self.year * 12 + (self.month or 1) - 1

    def __str__(self) -> str:
        return f"{self.year}-{self.month:02d}" if self.month else str(self.year)


@dataclass(frozen=True, slots=True)
class DateRange:
    """From ``start`` to ``end``; an ``end`` of None means "present"."""

    start: YearMonth
    end: YearMonth | None
    span: tuple[int, int]

    def months(self, today: date) -> int:
        """Length in months: "Jan–Mar 2020" is 3, "2018–2021" is 36, never less than 1."""
        end = self.end or YearMonth(today.year, today.month)
        if self.start.month is None:
            return max(1, end.index - self.start.index)  # "2018–2021" is three years
        # Months are inclusive, and "Mar 2019 – 2021" runs to December 2021 at the latest.
        end_index = end.index if end.month else end.index + 11
        return max(1, end_index - self.start.index + 1)

    def interval(self, today: date) -> tuple[int, int]:
        """Half-open interval of month indices, for merging overlapping roles."""
        return self.start.index, self.start.index + self.months(today)

    @property
    def end_label(self) -> str:
        return str(self.end) if self.end else "present"


def find_date_range(text: str) -> DateRange | None:
    """The first date range in ``text``; a lone month and year is a one-month range."""
    for match in _RANGE.finditer(text):
        found = _range_of(match)
        if found is not None:
            return found
    return None


def _range_of(match: re.Match[str]) -> DateRange | None:
    start = _year_month(match, "a")
    has_end = _has_end(match)
    if match.group("present") or (match.group("since") and not has_end):
        return DateRange(start, None, match.span())
    end = _year_month(match, "b") if has_end else start
    if end < start:
        return None
    return DateRange(start, end, match.span())


def _has_end(match: re.Match[str]) -> bool:
    return any(match.group(f"b{part}") for part in ("nameyear", "mmyear", "ymyear", "year"))


def _year_month(match: re.Match[str], tag: str) -> YearMonth:
    if name := match.group(f"{tag}name"):
        return YearMonth(_full_year(match.group(f"{tag}nameyear")), _month_of(name))
    if year := match.group(f"{tag}mmyear"):
        return YearMonth(int(year), int(match.group(f"{tag}mm")))
    if year := match.group(f"{tag}ymyear"):
        return YearMonth(int(year), int(match.group(f"{tag}ym")))
    return YearMonth(int(match.group(f"{tag}year")))


def _month_of(name: str) -> int:
    name = name.lower()
    return _SEASONS.get(name) or _MONTHS[name[:3]]


def _full_year(text: str) -> int:
    digits = int(text.lstrip("'’"))
    if len(text) == 4:
        return digits
    return 2000 + digits if digits < 50 else 1900 + digits


def total_months(ranges: list[DateRange], today: date) -> int:
    """Months covered by at least one range: overlapping roles count once."""
    covered = 0
    reach = -1
    for begin, end in sorted(found.interval(today) for found in ranges):
        if end <= reach:
            continue
        covered += end - max(begin, reach)
        reach = end
    return covered
