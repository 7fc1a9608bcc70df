"""A document reader for the readers' tests: files named ``hang...`` are never finished."""

from __future__ import annotations

import time

from interview_coach.documents import Document, read_document
from interview_coach.documents.budget import Budget


def read_or_hang(data: bytes, filename: str, budget: Budget) -> Document:
    if filename.startswith("hang"):
        time.sleep(3600)
    return read_document(data, filename, budget)
