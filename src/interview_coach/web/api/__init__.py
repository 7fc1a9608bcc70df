"""REST API v1: JSON over the same service, bearer tokens in every mode, documented at
/openapi.json. Responses are the service's own ``to_dict()`` shapes (the CLI's JSON)."""

from __future__ import annotations

from fastapi import APIRouter

from interview_coach.web.api import candidate, interviews
from interview_coach.web.api.schemas import ERRORS


def api_router() -> APIRouter:
    router = APIRouter(prefix="/api/v1", responses=ERRORS)
    router.include_router(interviews.router)
    router.include_router(candidate.router)
    return router
