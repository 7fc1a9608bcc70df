"""The app's cookies: names (``__Host-`` prefixed when Secure) and how each is set."""

from __future__ import annotations

from datetime import datetime

from starlette.responses import Response

from interview_coach.web.settings import WebSettings

SESSION = "ic_session"
CSRF = "ic_csrf"
CALM = "ic_calm"
YEAR = 365 * 24 * 3600


def name(base: str, settings: WebSettings) -> str:
    """``__Host-`` binds a Secure cookie to this exact host: no sibling domain can plant one."""
    return f"__Host-{base}" if settings.secure_cookies else base


def set_session(response: Response, settings: WebSettings, token: str, expires: datetime) -> None:
    response.set_cookie(
        name(SESSION, settings),
        token,
        expires=expires,
        path="/",
        httponly=True,
        samesite="lax",
        secure=settings.secure_cookies,
    )


def clear_session(response: Response, settings: WebSettings) -> None:
    response.delete_cookie(
        name(SESSION, settings),
        path="/",
        httponly=True,
        samesite="lax",
        secure=settings.secure_cookies,
    )


def set_csrf(response: Response, settings: WebSettings, value: str) -> None:
    response.set_cookie(
        name(CSRF, settings),
        value,
        max_age=YEAR,
        path="/",
        httponly=True,
        samesite="strict",
        secure=settings.secure_cookies,
    )


def set_calm(response: Response, settings: WebSettings, calm: bool) -> None:
    response.set_cookie(
        CALM,
        "1" if calm else "0",
        max_age=YEAR,
        path="/",
        httponly=True,
        samesite="lax",
        secure=settings.secure_cookies,
    )
