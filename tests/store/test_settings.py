"""Settings: the two environment variables of the contract, and their defaults."""

from __future__ import annotations

from pathlib import Path

import pytest

from interview_coach.settings import Settings


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DATABASE_URL", "CREDITS_ENABLED", "STARTING_CREDITS", "ENGINE", "EMBEDDING"):
        monkeypatch.delenv(f"INTERVIEW_COACH_{name}", raising=False)


def test_sqlite_in_the_data_dir_by_default(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("INTERVIEW_COACH_DATA_DIR", str(tmp_path))
    settings = Settings()
    assert settings.data_dir == tmp_path
    assert settings.database_url == f"sqlite:///{tmp_path}/coach.db"
    assert not settings.credits_enabled
    assert settings.engine == "builtin"


def test_the_database_url_wins_over_the_data_dir(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("INTERVIEW_COACH_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("INTERVIEW_COACH_DATABASE_URL", "postgresql://coach@db/coach")
    assert Settings().database_url == "postgresql://coach@db/coach"


def test_credits_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTERVIEW_COACH_CREDITS_ENABLED", "true")
    monkeypatch.setenv("INTERVIEW_COACH_STARTING_CREDITS", "12")
    settings = Settings()
    assert settings.credits_enabled
    assert settings.starting_credits == 12


def test_negative_starting_credits_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTERVIEW_COACH_STARTING_CREDITS", "-1")
    with pytest.raises(ValueError, match="starting_credits"):
        Settings()


def test_an_explicit_data_dir_moves_the_default_database(tmp_path: Path) -> None:
    assert Settings(data_dir=tmp_path / "x").database_url.endswith("/x/coach.db")
