"""/api/v1/progress and /api/v1/data: progress over interviews; export or delete everything."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import JSONResponse

from interview_coach.web.api.schemas import ExportOut, ProgressOut, ProgressQuery
from interview_coach.web.identity import ApiCandidate
from interview_coach.web.services import services

router = APIRouter(tags=["candidate"])


@router.get("/progress", response_model=None, responses={200: {"model": ProgressOut}})
def progress(
    request: Request, candidate: ApiCandidate, query: Annotated[ProgressQuery, Query()]
) -> Response:
    """Scores per dimension and competency over interviews, and the readiness signal: of one
    job target (``target``, a key from ``targets``), or of all of them."""
    return JSONResponse(services(request).coach.progress(candidate, query.target).to_dict())


@router.get("/data", response_model=None, responses={200: {"model": ExportOut}})
def export_data(request: Request, candidate: ApiCandidate) -> Response:
    """Everything stored for this candidate."""
    return JSONResponse(services(request).coach.export_all(candidate))


@router.delete("/data", status_code=204, response_class=Response)
def delete_data(request: Request, candidate: ApiCandidate) -> Response:
    """Delete the candidate and everything they have (their account and tokens too)."""
    services(request).coach.delete_all(candidate)
    return Response(status_code=204)
