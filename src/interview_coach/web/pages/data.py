"""The candidate's data: download all of it as JSON, or delete all of it (after confirming)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from starlette.concurrency import run_in_threadpool
from starlette.responses import RedirectResponse, Response

from interview_coach.web.forms import read_form, text_field
from interview_coach.web.guard import cookies
from interview_coach.web.identity import PageCandidate
from interview_coach.web.rendering import render
from interview_coach.web.services import services

router = APIRouter(prefix="/data")

#: A count shown on the confirmation page: what the redirect after deleting carried.
Counted = Annotated[int, Query(ge=0, le=10_000_000)]

CONFIRM_WORD = "delete"


@router.get("")
def data_page(request: Request, candidate: PageCandidate) -> Response:
    interviews = services(request).coach.history(candidate)
    return render(request, "data.html", {"count": len(interviews), "problem": None})


@router.get("/engine-calls")
def engine_calls_page(request: Request, candidate: PageCandidate) -> Response:
    """Exactly what an AI engine was sent for the candidate, and its replies."""
    return render(
        request, "engine_calls.html", {"calls": services(request).coach.wording.calls(candidate)}
    )


@router.get("/export.json")
def export_download(request: Request, candidate: PageCandidate) -> Response:
    data = services(request).coach.export_all(candidate)
    body = json.dumps(data, ensure_ascii=False, indent=2)
    stamp = datetime.now(UTC).strftime("%Y-%m-%d")
    return Response(
        body,
        media_type="application/json",
        headers={
            "Content-Disposition": f'attachment; filename="interview-coach-{stamp}.json"',
            "Cache-Control": "no-store",
        },
    )


@router.post("/delete")
async def delete_everything(request: Request, candidate: PageCandidate) -> Response:
    form = await read_form(request)
    serving = services(request)
    if text_field(form, "confirm").strip().lower() != CONFIRM_WORD:
        interviews = await run_in_threadpool(serving.coach.history, candidate)
        problem = f"Type the word “{CONFIRM_WORD}” to confirm. Nothing was deleted."
        return render(request, "data.html", {"count": len(interviews), "problem": problem}, 400)
    deleted = await run_in_threadpool(serving.coach.delete_all, candidate)
    response = RedirectResponse(f"/data/deleted?{urlencode(deleted.to_dict())}", status_code=303)
    if serving.settings.multi_user:  # the account went with the data
        cookies.clear_session(response, serving.settings)
    return response


@router.get("/deleted")
def deleted_page(
    request: Request,
    interviews: Counted = 0,
    answers: Counted = 0,
    drafts: Counted = 0,
    documents: Counted = 0,
    remaining: Counted = 0,
) -> Response:
    """What "delete everything" removed, and that nothing remains (no one is signed in now)."""
    counts = {"interviews": interviews, "answers": answers, "drafts": drafts}
    return render(
        request,
        "deleted.html",
        {"counts": counts, "documents": documents, "remaining": remaining},
    )
