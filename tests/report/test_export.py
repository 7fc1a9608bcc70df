"""Exports: Markdown matching golden files, the low-anxiety rendering, JSON round-trips.

The golden files live in tests/report/golden/. After an intended change to the wording or layout,
regenerate them and review the diff:

    INTERVIEW_COACH_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/report/test_export.py
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

from interview_coach.report import build_report, progress, report_markdown
from interview_coach.vocabulary import Band, FeedbackLevel
from tests.report.factories import dated
from tests.report.sample import retaken_interview

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("INTERVIEW_COACH_UPDATE_GOLDEN") == "1"


def matches_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"{path} is missing; set INTERVIEW_COACH_UPDATE_GOLDEN=1 to write it"
    assert text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "level", "show_numbers"),
    [
        ("detailed_retake.md", FeedbackLevel.DETAILED, True),
        ("detailed_retake_words_only.md", FeedbackLevel.DETAILED, False),
        ("basic_retake.md", FeedbackLevel.BASIC, True),
    ],
)
def test_markdown_matches_the_golden_file(
    name: str, level: FeedbackLevel, show_numbers: bool
) -> None:
    report = build_report(retaken_interview(level))
    matches_golden(name, report_markdown(report, show_numbers=show_numbers))


def test_markdown_has_the_sections_a_candidate_keeps() -> None:
    text = report_markdown(build_report(retaken_interview()))
    for heading in (
        "## Summary",
        "## Questions",
        "## Patterns across your answers",
        "## Competencies",
        "## Behavioural anchors (BARS)",
        "## Next steps",
        "## Compared with attempt 1",
    ):
        assert heading in text
    assert "| 1 | Tell me about a time you turned around a struggling project. |" in text


def test_basic_level_markdown_has_no_bars_section() -> None:
    text = report_markdown(build_report(retaken_interview(FeedbackLevel.BASIC)))
    assert "BARS" not in text


def test_words_only_markdown_shows_no_scores_bands_or_deltas() -> None:
    text = report_markdown(build_report(retaken_interview()), show_numbers=False)
    assert not re.search(r"\d\.\d", text)
    assert not re.search(r"[(\s][+-]\d", text)
    assert "/ 10" not in text
    for band in Band:
        assert f"({band.value})" not in text
        assert f"| {band.value} |" not in text
    assert "## Next steps" in text
    assert "Better this time" in text


def roundtrip(data: dict[str, Any]) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(json.dumps(data))
    return loaded


def test_report_json_round_trips_with_enum_values_and_iso_dates() -> None:
    data = build_report(retaken_interview()).to_dict()
    assert roundtrip(data) == data
    assert data["mode"] == "guide"
    assert data["band"] == "good"
    assert data["started_at"] == "2025-03-06T09:30:00"
    assert data["questions"][0]["dimensions"]["result"] == 9.0
    assert data["retake"]["improved"] == [1, 2, 4]
    assert data["bars"][0]["anchors"][0]["point"] == 10
    assert data["patterns"][0]["kind"] == "missing-result"


def test_comparison_json_round_trips() -> None:
    comparison = build_report(retaken_interview()).retake
    assert comparison is not None
    data = comparison.to_dict()
    assert roundtrip(data) == data
    assert data["questions"][0]["change"] == "improved"
    assert data["dimensions"][0]["dimension"] == "situation"


def test_progress_json_round_trips() -> None:
    data = progress(dated([6.0, 7.1, 7.4])).to_dict()
    assert roundtrip(data) == data
    assert data["readiness"]["state"] == "getting close"
    assert data["overall"]["latest"]["date"] == "2025-03-18T09:30:00"
    assert [t["key"] for t in data["competencies"]] == ["conflict", "leadership"]


def test_html_in_what_the_candidate_wrote_is_escaped_in_the_markdown() -> None:
    from dataclasses import replace

    record = retaken_interview()
    hostile = "<script>alert(1)</script> <img src=x onerror=alert(2)>"
    attempts = tuple(
        replace(
            a,
            answers=tuple(
                replace(q, answer=f"{q.answer} {hostile}", question=f"{q.question} {hostile}")
                for q in a.answers
            ),
        )
        for a in record.attempts
    )
    report = build_report(replace(record, job_title=f"Engineer {hostile}", attempts=attempts))

    text = report_markdown(report)

    assert "<script>" not in text
    assert "<img" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
