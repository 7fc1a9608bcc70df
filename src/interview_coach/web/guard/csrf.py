"""CSRF: every state-changing form carries a token a page on another site cannot know.

Signed in, the token is an HMAC of the session cookie (bound to that session, nothing to
store). Otherwise (single-user mode, and the sign-in and registration forms) it is a random
value also kept in a SameSite=Strict, HttpOnly cookie, and the two must match (double submit).
A request whose Origin names another site is refused outright, as is a browser's
``Sec-Fetch-Site: cross-site``. The REST API is exempt: it takes no cookies, only bearer tokens.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from urllib.parse import urlsplit

from fastapi import Request

from interview_coach.web.forms import read_form
from interview_coach.web.guard import cookies
from interview_coach.web.services import services

FIELD = "csrf_token"
HEADER = "x-csrf-token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_MINTED = "csrf_minted"


class CsrfRejected(Exception):
    """The form is stale or was not sent by this app's own page."""


def token_for(request: Request) -> str:
    """The token this request's forms must carry; mints the cookie value when there is none."""
    settings = services(request).settings
    session = request.cookies.get(cookies.name(cookies.SESSION, settings))
    if settings.multi_user and session:
        return _bound(session)
    existing = request.cookies.get(cookies.name(cookies.CSRF, settings))
    if existing:
        return existing
    minted: str | None = getattr(request.state, _MINTED, None)
    if minted is None:
        minted = secrets.token_urlsafe(32)
        setattr(request.state, _MINTED, minted)
    return minted


def minted(request: Request) -> str | None:
    """A cookie value minted while rendering this request, which the response must set."""
    value: str | None = getattr(request.state, _MINTED, None)
    return value


async def require_csrf(request: Request) -> None:
    """Dependency for every page route: unsafe methods need a matching token and no foreign origin.

    Raises:
        CsrfRejected: when they don't.
    """
    if request.method in SAFE_METHODS:
        return
    if request.headers.get("sec-fetch-site") == "cross-site" or _foreign_origin(request):
        raise CsrfRejected()
    settings = services(request).settings
    session = request.cookies.get(cookies.name(cookies.SESSION, settings))
    if settings.multi_user and session:
        expected: str | None = _bound(session)
    else:
        expected = request.cookies.get(cookies.name(cookies.CSRF, settings))
    sent = request.headers.get(HEADER)
    if sent is None:
        form = await read_form(request)
        field = form.get(FIELD)
        sent = field if isinstance(field, str) else None
    if not expected or not sent or not hmac.compare_digest(expected.encode(), sent.encode()):
        raise CsrfRejected()


def _bound(session_cookie: str) -> str:
    return hmac.new(session_cookie.encode(), b"interview-coach csrf", hashlib.sha256).hexdigest()


def _foreign_origin(request: Request) -> bool:
    """An Origin that is neither this request's host nor one of the app's allowed names."""
    origin = request.headers.get("origin")
    if origin is None:
        return False
    try:
        parts = urlsplit(origin.lower())
        hostname = parts.hostname
    except ValueError:  # "http://[" and the like: no site of ours sends that
        return True
    if parts.netloc and parts.netloc == request.headers.get("host", "").lower():
        return False
    settings = services(request).settings
    return settings.any_host or hostname is None or hostname not in settings.hosts
