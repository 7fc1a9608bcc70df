"""Typed settings, read from ``INTERVIEW_COACH_*`` environment variables.

``INTERVIEW_COACH_DATA_DIR`` is where the SQLite file and anything else local live;
``INTERVIEW_COACH_DATABASE_URL`` (any SQLAlchemy URL) wins over it for storage.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

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
    #: ``builtin`` (offline) or ``openai`` (any OpenAI-compatible server: the LLM settings).
    engine: str = "builtin"
    #: The OpenAI-compatible server, e.g. ``http://127.0.0.1:11434/v1`` (Ollama) or
    #: ``https://api.openai.com/v1``.
    llm_base_url: str = ""
    #: The model the server should use, e.g. ``gpt-4o-mini`` or ``llama3.1:8b``.
    llm_model: str = ""
    #: The name of the environment variable holding the API key (never the key itself).
    llm_api_key_env: str = ""
    #: Seconds one LLM request may take before the built-in wording is used instead.
    llm_timeout_seconds: float = Field(default=60.0, gt=0, le=600)
    #: Sampling temperature of LLM requests.
    llm_temperature: float = Field(default=0.3, ge=0, le=2)
    #: The most tokens one LLM reply may have (always sent as ``max_tokens``).
    llm_max_tokens: int = Field(default=700, ge=16, le=8192)
    #: How replies are held to the schema: ``json_schema`` (OpenAI, vLLM, llama.cpp, Ollama),
    #: ``json_object`` (llama-cpp-python's server), or ``auto`` (the first, then the second).
    llm_response_format: Literal["auto", "json_schema", "json_object"] = "auto"
    #: The largest request (characters of prompt) sent; a larger one is not sent at all.
    llm_max_request_chars: int = Field(default=24_000, ge=1_000, le=500_000)
    #: Also mask employer names (from the resume) before anything is sent.
    llm_mask_employers: bool = False
    #: Send each reply field's longest length and each list's most items in the schema, for
    #: servers whose grammar enforces them (llama.cpp, vLLM; on with ``--llm-gguf``). OpenAI's
    #: strict mode rejects them.
    llm_schema_bounds: bool = False
    #: LLM calls one candidate may cause per day (UTC); past it, the built-in wording. 0: no cap.
    llm_daily_calls: int = Field(default=300, ge=0)
    #: A GGUF model file to serve in-process with llama.cpp (the ``local-llm`` extra); sets
    #: the base URL and model itself.
    llm_gguf: str = ""
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
