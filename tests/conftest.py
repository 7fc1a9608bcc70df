"""Shared fixtures: the real assessor (with the embedding model when installed)."""

from __future__ import annotations

import os
import socket
import tempfile

import pytest

os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
# Nothing a test run writes lands in the user's own data directory.
os.environ["INTERVIEW_COACH_DATA_DIR"] = tempfile.mkdtemp(prefix="interview-coach-tests-")


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never reach the internet; loopback stays open for the real server and databases."""
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: object) -> object:
        host = address[0] if isinstance(address, tuple) else address
        local = {"127.0.0.1", "::1", "localhost"}
        if isinstance(host, str) and host not in local and not host.startswith("/"):
            raise OSError(f"tests must not reach the network ({host})")
        return real_connect(self, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", guarded)
