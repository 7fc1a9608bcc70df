"""Feedback prose streamed in while an engine writes it, kept on its pending row for the page."""

from __future__ import annotations

import time

from sqlalchemy import update

from interview_coach.engine import Preview
from interview_coach.store import Database
from interview_coach.store.schema import EngineCallRow

#: An engine call's status while its work is under way (the others: sessions.wording).
PENDING = "pending"
#: The prose streamed in so far is stored at most this often (each store is a short write).
STREAM_STORE_SECONDS = 0.5


class StreamedProse:
    """Stores the feedback prose as it streams in (at most every STREAM_STORE_SECONDS, the
    first words at once) on its pending row, for the page to show, and times it."""

    def __init__(self, db: Database, row_id: int, queued: float) -> None:
        self.db, self.row_id = db, row_id
        self.started = queued
        self.first: float | None = None
        self.stored_at = 0.0
        self.whole = 0

    def store(self, preview: Preview) -> None:
        """Stored at once when a piece has arrived whole, else at most every
        STREAM_STORE_SECONDS (a model that pauses leaves its last whole piece shown)."""
        moment = time.monotonic()
        soon = self.first is not None and moment - self.stored_at < STREAM_STORE_SECONDS
        if preview.empty or (soon and preview.whole <= self.whole):
            return
        self.whole = preview.whole
        with self.db.writing() as session:
            session.execute(
                update(EngineCallRow)
                .where(EngineCallRow.id == self.row_id, EngineCallRow.status == PENDING)
                .values(partial=preview.to_dict())
            )
        self.stored_at = moment
        if self.first is None:
            self.first = moment - self.started

    def timing(self) -> tuple[float | None, float]:
        return self.first, time.monotonic() - self.started
