"""Date ranges in the many ways resumes write them."""

from __future__ import annotations

import pytest

from interview_coach.profile.dates import find_date_range, total_months
from tests.profile.fixtures import TODAY


@pytest.mark.parametrize(
    ("text", "start", "end", "months"),
    [
        ("Jan 2020 – Present", "2020-01", "present", 66),
        ("January 2020 - March 2022", "2020-01", "2022-03", 27),
        ("2018-2021", "2018", "2021", 36),
        ("2018 – 2021", "2018", "2021", 36),
        ("03/2019 - 06/2022", "2019-03", "2022-06", 40),
        ("3/2019–6/2022", "2019-03", "2022-06", 40),
        ("Mar. 2019 to Jun. 2022", "2019-03", "2022-06", 40),
        ("Sept 2018 – Aug 2019", "2018-09", "2019-08", 12),
        ("Aug '19 - current", "2019-08", "present", 71),
        ("2016 – now", "2016", "present", 113),
        ("Since March 2020", "2020-03", "present", 64),
        ("2019.03 - 2020.02", "2019-03", "2020-02", 12),
        ("Summer 2019 – Fall 2020", "2019-06", "2020-09", 16),
        ("May 2015 – 2018", "2015-05", "2018", 44),
        ("from 2010 to 2012", "2010", "2012", 24),
    ],
)
def test_date_range_formats_are_read(text: str, start: str, end: str, months: int) -> None:
    found = find_date_range(f"Senior Engineer | {text} | London")

    assert found is not None
    assert (str(found.start), found.end_label) == (start, end)
    assert found.months(TODAY) == months


@pytest.mark.parametrize(
    "text", ["Led a team of 12", "Call 555-2018-2020 now", "Python 3.11", "v2019.1.4 release"]
)
def test_text_without_dates_has_no_range(text: str) -> None:
    assert find_date_range(text) is None


def test_range_ending_before_it_starts_is_ignored() -> None:
    assert find_date_range("2021 - 2018") is None


def test_overlapping_roles_count_once_in_total_months() -> None:
    ranges = [find_date_range(text) for text in ("2015 - 2020", "2018 - 2021", "2023 - 2024")]

    assert total_months([found for found in ranges if found], TODAY) == 6 * 12 + 12
