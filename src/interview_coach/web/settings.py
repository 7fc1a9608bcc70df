"""How the web app runs: the coach's settings plus serving, accounts and cookies.

Read from the same ``INTERVIEW_COACH_*`` environment variables, e.g.
``INTERVIEW_COACH_MULTI_USER=true`` or ``INTERVIEW_COACH_ALLOWED_HOSTS=coach.example.edu``.
"""

from __future__ import annotations

import ipaddress

from pydantic import Field, field_validator

from interview_coach.settings import Settings
from interview_coach.web.guard.proxies import networks

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")
WILDCARD_ADDRESSES = ("0.0.0.0", "::", "")


class NotSafeToServe(ValueError):
    """A configuration that would expose candidates' data; the message says what to set."""


class WebSettings(Settings):
    """The coach's settings, plus what the web app needs."""

    #: The address the server listens on; loopback allows single-user mode.
    host: str = "127.0.0.1"
    #: Accounts with sign-in; required when the server listens beyond this machine.
    multi_user: bool = False
    #: Extra host names the app answers to (comma-separated), e.g. behind a reverse proxy;
    #: "*" answers to any, which gives up the DNS-rebinding guard.
    allowed_hosts: str = ""
    #: Mark cookies Secure (set it when the app is reached over HTTPS, e.g. behind TLS).
    secure_cookies: bool = False
    #: How long a sign-in lasts.
    session_days: int = Field(default=14, ge=1, le=365)
    #: Reverse proxies (comma-separated addresses or networks) whose X-Forwarded-For is
    #: believed; none by default, so the client address is the connection's own.
    trusted_proxies: str = ""
    #: Seconds a client has to send a whole request head before the connection is closed.
    request_head_seconds: float = Field(default=10.0, gt=0, le=600)
    #: Seconds a client has to send a whole request body before it gets a 408.
    request_body_seconds: float = Field(default=60.0, gt=0, le=3600)
    #: Connections open at once per worker process; more are closed as they open.
    max_connections: int = Field(default=512, ge=1, le=100_000)
    #: Worker processes that read uploaded documents (off the request threads).
    document_readers: int = Field(default=2, ge=1, le=32)
    #: Seconds one uploaded document may take to read before it is refused.
    document_seconds: float = Field(default=10.0, gt=0, le=300)

    @property
    def hosts(self) -> frozenset[str]:
        """Host names the Host header may carry (without port); loopback names always."""
        names = {name.strip().lower().strip("[]") for name in self.allowed_hosts.split(",")}
        names |= set(LOOPBACK_NAMES)
        bound = self.host.strip().lower().strip("[]")
        if bound not in WILDCARD_ADDRESSES:
            names.add(bound)
        return frozenset(name for name in names if name)

    @field_validator("trusted_proxies")
    @classmethod
    def _proxies_are_addresses(cls, value: str) -> str:
        networks(value)
        return value

    @property
    def any_host(self) -> bool:
        return "*" in self.hosts

    def check_safe(self) -> None:
        """Refuse a single-user app that listens beyond this machine.

        Raises:
            NotSafeToServe: with what to change.
        """
        if not self.multi_user and not is_loopback(self.host):
            raise NotSafeToServe(
                f"listening on {self.host or 'every address'} would let anyone who can reach "
                "this machine read and change your interviews; serve with --multi-user "
                "(or INTERVIEW_COACH_MULTI_USER=true: candidates then register and sign in) "
                "or listen on 127.0.0.1"
            )


def is_loopback(host: str) -> bool:
    name = host.strip().lower().strip("[]")
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False
