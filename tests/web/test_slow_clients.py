"""Slow clients: a request head or body that never finishes is cut off, and connections beyond
the limit are closed as they open; the served app, over real sockets."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.serving import running_app

pytestmark = pytest.mark.slow
#: Only a guard against a test that would otherwise hang: no timing is asserted.
WAIT = 60


def _serve(folder: Path, head: str, body: str, connections: str) -> Iterator[str]:
    settings = {
        "INTERVIEW_COACH_DATA_DIR": str(folder),
        "INTERVIEW_COACH_EMBEDDING": "false",
        "INTERVIEW_COACH_REQUEST_HEAD_SECONDS": head,
        "INTERVIEW_COACH_REQUEST_BODY_SECONDS": body,
        "INTERVIEW_COACH_MAX_CONNECTIONS": connections,
    }
    with running_app(settings) as base:
        yield base


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Impatient with heads and bodies."""
    yield from _serve(tmp_path_factory.mktemp("slow"), "1", "1", "64")


@pytest.fixture(scope="module")
def crowded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Patient with heads, but with room for eight connections only."""
    yield from _serve(tmp_path_factory.mktemp("crowded"), "600", "600", "8")


def _connect(base: str) -> socket.socket:
    host, port = base.removeprefix("http://").split(":")
    connection = socket.create_connection((host, int(port)), timeout=WAIT)
    return connection


def _everything(connection: socket.socket) -> bytes:
    """What the server sent before it closed the connection (or reset it)."""
    received = b""
    try:
        while chunk := connection.recv(65536):
            received += chunk
    except ConnectionResetError:
        pass
    return received


def test_a_request_head_that_never_ends_is_cut_off(served: str) -> None:
    with _connect(served) as connection:
        connection.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        assert _everything(connection) == b""  # closed by the server, with nothing sent


def test_a_request_body_that_never_ends_gets_a_408(served: str) -> None:
    with _connect(served) as connection:
        connection.sendall(
            b"POST /interviews HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n"
            b"Content-Type: application/x-www-form-urlencoded\r\n\r\nresume_text=abc"
        )
        answer = _everything(connection)
    assert answer.startswith(b"HTTP/1.1 408")


def test_connections_beyond_the_limit_are_closed(crowded: str) -> None:
    stalled = [_connect(crowded) for _ in range(8)]
    try:
        with _connect(crowded) as extra:
            extra.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            answer = _everything(extra)
        assert not answer.startswith(b"HTTP/1.1 200")
    finally:
        for connection in stalled:
            connection.close()
