"""History: every interview, newest first, to resume or to read its report."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import Response

from interview_coach.web.identity import PageCandidate
from interview_coach.web.rendering import render
from interview_coach.web.services import services

router = APIRouter()


@router.get("/history")
def history_page(request: Request, candidate: PageCandidate) -> Response:
    interviews = services(request).coach.history(candidate)
    return render(request, "history.html", {"interviews": interviews})
