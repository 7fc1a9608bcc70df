"""Who the client is behind a reverse proxy: X-Forwarded-For is believed only from the proxies
named in ``INTERVIEW_COACH_TRUSTED_PROXIES`` (none by default), so nobody can pick the address
the sign-in throttle counts them under by sending the header themselves."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Receive, Scope, Send

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def networks(setting: str) -> tuple[Network, ...]:
    """The comma-separated addresses or networks of a setting ("10.0.0.5, 10.1.0.0/16").

    Raises:
        ValueError: naming the entry that is not an address or network.
    """
    found = []
    for entry in (part.strip() for part in setting.split(",")):
        if entry:
            try:
                found.append(ipaddress.ip_network(entry, strict=False))
            except ValueError:
                raise ValueError(f"{entry!r} is not an IP address or network") from None
    return tuple(found)


def _address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(text.strip().strip("[]"))
    except ValueError:
        return None


def forwarded_client(peer: str, forwarded_for: str, trusted: Iterable[Network]) -> str | None:
    """The client a chain of trusted proxies forwarded for: the nearest untrusted address,
    reading X-Forwarded-For from the right; None to keep the peer's own address."""
    nets = tuple(trusted)

    def is_trusted(text: str) -> bool:
        found = _address(text)
        return found is not None and any(found in net for net in nets)

    if not nets or not is_trusted(peer):
        return None
    for hop in reversed(forwarded_for.split(",")):
        found = _address(hop)
        if found is None:
            return None  # a malformed chain: believe none of it
        if not is_trusted(str(found)):
            return str(found)
    return None


class TrustedProxies:
    """Replace the client address with the forwarded one, from trusted proxies only."""

    def __init__(self, app: ASGIApp, trusted: Iterable[Network] = ()) -> None:
        self.app = app
        self.trusted = tuple(trusted)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and self.trusted and scope.get("client"):
            peer = scope["client"][0]
            header = Headers(scope=scope).get("x-forwarded-for", "")
            client = forwarded_client(peer, header, self.trusted) if header else None
            if client is not None:
                scope = {**scope, "client": (client, 0)}
        await self.app(scope, receive, send)
