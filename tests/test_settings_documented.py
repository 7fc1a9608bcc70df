"""One settings surface: every setting is documented in the README (a test fails otherwise)."""

from __future__ import annotations

from pathlib import Path

from interview_coach.web import WebSettings

README = Path(__file__).resolve().parents[1] / "README.md"


def test_every_setting_is_in_the_readme_settings_table() -> None:
    text = README.read_text(encoding="utf-8")
    table = text.split("## Settings", 1)[1].split("\n## ", 1)[0]
    missing = [
        f"INTERVIEW_COACH_{name.upper()}"
        for name in WebSettings.model_fields
        if f"`INTERVIEW_COACH_{name.upper()}`" not in table
    ]
    assert missing == []
