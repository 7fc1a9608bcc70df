"""Where Interview Coach keeps things on this machine."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

DATA_DIR_ENV = "INTERVIEW_COACH_DATA_DIR"


def data_dir() -> Path:
    """The user's data directory, or INTERVIEW_COACH_DATA_DIR when set."""
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override) if override else Path(user_data_dir("interview-coach", appauthor=False))


def cache_dir() -> Path:
    """Derived files that can be rebuilt at any time."""
    return data_dir() / "cache"
