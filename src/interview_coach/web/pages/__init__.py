"""Server-rendered pages. Every state-changing form passes the CSRF check (a router dependency)."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from interview_coach.web.guard.csrf import require_csrf
from interview_coach.web.pages import (
    accounts,
    data,
    history,
    interview,
    preferences,
    progress,
    reports,
    setup,
)


def pages_router() -> APIRouter:
    router = APIRouter(dependencies=[Depends(require_csrf)], include_in_schema=False)
    for area in (setup, interview, reports, progress, history, data, preferences, accounts):
        router.include_router(area.router)
    return router
