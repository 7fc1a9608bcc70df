"""The bundled samples: a fictional resume, a job to match, and an answer to score."""

from __future__ import annotations

import json
from importlib import resources

_FILES = resources.files(__name__)


def resume() -> str:
    """A fintech backend engineer's resume (a fictional person, no real contact data)."""
    return _FILES.joinpath("resume.md").read_text(encoding="utf-8")


def job() -> str:
    """A senior payments backend engineer's job description."""
    return _FILES.joinpath("job.md").read_text(encoding="utf-8")


def answer() -> tuple[str, str]:
    """A question and a typed answer to it, for the demo."""
    found = json.loads(_FILES.joinpath("sample_answer.json").read_text(encoding="utf-8"))
    return str(found["question"]), str(found["answer"])
