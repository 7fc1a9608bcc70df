"""The Host header must name this server: a page on another site that re-points its own name
at 127.0.0.1 (DNS rebinding) is then refused before it can read or drive anything."""

from __future__ import annotations

from collections.abc import Collection

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Receive, Scope, Send

from interview_coach.web.refusals import refusal

UNKNOWN_HOST = (
    "This server does not answer to that name. Open it at the address `interview-coach serve` "
    "printed, or add the name to INTERVIEW_COACH_ALLOWED_HOSTS."
)


def host_name(header: str) -> str | None:
    """The name in a Host header, lower-case, without port or IPv6 brackets; None if malformed."""
    value = header.strip().lower()
    if not value or any(c.isspace() or c in "/\\@?#" for c in value):
        return None
    if value.startswith("["):
        end = value.find("]")
        if end < 0 or (value[end + 1 :] and not _port(value[end + 1 :])):
            return None
        return value[1:end] or None
    if value.count(":") == 1:
        name, port = value.split(":")
        return name if name and _port(":" + port) else None
    return value


def _port(text: str) -> bool:
    return text.startswith(":") and text[1:].isdigit() and len(text) <= 6


class HostCheck:
    """Refuse requests whose Host header is not one of ``allowed`` (400)."""

    def __init__(self, app: ASGIApp, allowed: Collection[str], any_host: bool = False) -> None:
        self.app = app
        self.allowed = frozenset(allowed)
        self.any_host = any_host

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket") or self.any_host:
            await self.app(scope, receive, send)
            return
        name = host_name(Headers(scope=scope).get("host", ""))
        if name is None or name not in self.allowed:
            response = refusal(scope["path"], 400, "Unknown address", UNKNOWN_HOST)
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)
