"""Resumes and job descriptions under tests/fixtures, and a fixed 'today' for date ranges."""

from __future__ import annotations

from datetime import date
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
TODAY = date(2025, 6, 1)


def resume_text(name: str) -> str:
    return (FIXTURES / "resumes" / name).read_text(encoding="utf-8")


def job_text(name: str) -> str:
    return (FIXTURES / "jobs" / name).read_text(encoding="utf-8")
