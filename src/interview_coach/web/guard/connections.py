"""Connections that hold the server without asking anything: a request head must arrive within
``INTERVIEW_COACH_REQUEST_HEAD_SECONDS``, and at most ``INTERVIEW_COACH_MAX_CONNECTIONS`` are
open at once per worker process; beyond that a new one is closed as soon as it opens.

uvicorn's HTTP protocol with those two limits added; `interview-coach serve` runs it (as
``--http interview_coach.web.guard.connections:GuardedH11Protocol`` would). Slow bodies are
timed out by the app itself (``BodyTimeout``). Public hosting still belongs behind a reverse
proxy (see the README) that buffers requests and terminates TLS.
"""

from __future__ import annotations

import asyncio
from functools import cache
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

from interview_coach.web.settings import WebSettings

PROTOCOL = "interview_coach.web.guard.connections:GuardedH11Protocol"


@cache
def _limits() -> tuple[float, int]:
    # Worker processes build the app from the environment; the protocol reads the same.
    settings = WebSettings()
    return settings.request_head_seconds, settings.max_connections


class GuardedH11Protocol(H11Protocol):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._head_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        head_seconds, most = _limits()
        if len(self.connections) > most:
            transport.close()
            return
        self._head_timer = self.loop.call_later(head_seconds, self._head_too_slow)

    def data_received(self, data: bytes) -> None:
        before = self.cycle
        super().data_received(data)
        if self.cycle is not before:  # a whole request head arrived
            self._stop_head_timer()
        elif self._head_timer is None and (before is None or before.response_complete):
            # Part of the next request's head on a kept-alive connection: it must finish too.
            self._head_timer = self.loop.call_later(_limits()[0], self._head_too_slow)

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop_head_timer()
        super().connection_lost(exc)

    def _stop_head_timer(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _head_too_slow(self) -> None:
        self._head_timer = None
        if self.cycle is None or self.cycle.response_complete:
            self.transport.close()
