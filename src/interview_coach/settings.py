"""Typed settings, read from ``INTERVIEW_COACH_*`` environment variables.

``INTERVIEW_COACH_DATA_DIR`` is where the SQLite file and anything else local live;
``INTERVIEW_COACH_DATABASE_URL`` (any SQLAlchemy URL) wins over it for storage.
"""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import Field, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from interview_coach import paths

DATABASE_FILE = "coach.db"


class Settings(BaseSettings):
    """How this installation of the coach runs: where it stores things and what it allows."""

    model_config = SettingsConfigDict(env_prefix="INTERVIEW_COACH_", frozen=True, extra="ignore")

    data_dir: Path = Field(default_factory=paths.data_dir)
    #: Any SQLAlchemy URL; empty means a SQLite file in ``data_dir``.
    database_url: str = Field(default="", validate_default=True)
    #: Session credits: starting an interview spends one; retakes are free.
    credits_enabled: bool = False
    #: Credits a new candidate starts with (spent only when credits are enabled).
    starting_credits: int = Field(default=5, ge=0)
    #: The engine that phrases questions and writes feedback; scores never depend on it.
    engine: str = "builtin"
    #: Load the embedding model for relevance; off means the lexical fallback (faster start).
    embedding: bool = True
    #: Extra profession packs (TOML files or folders of them), separated by the path separator.
    packs: str = ""

    @property
    def pack_paths(self) -> list[Path]:
        return [Path(p) for p in self.packs.split(os.pathsep) if p.strip()]

    @field_validator("database_url", mode="after")
    @classmethod
    def _default_database(cls, value: str, info: ValidationInfo) -> str:
        if value.strip():
            return value.strip()
        data_dir = info.data.get("data_dir")
        folder = Path(data_dir) if data_dir is not None else paths.data_dir()
        return f"sqlite:///{(folder / DATABASE_FILE).as_posix()}"
