"""The low-anxiety preference: hide every number, keep the written feedback."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool
from starlette.responses import RedirectResponse, Response

from interview_coach.web.forms import read_form, text_field
from interview_coach.web.guard import cookies
from interview_coach.web.identity import visitor
from interview_coach.web.services import services

router = APIRouter()


@router.post("/preferences/calm")
async def set_calm(request: Request) -> Response:
    form = await read_form(request)
    response = RedirectResponse(local_path(text_field(form, "next", "/")), status_code=303)
    await run_in_threadpool(remember_calm, request, response, text_field(form, "calm") == "1")
    return response


def remember_calm(request: Request, response: Response, calm: bool) -> None:
    """In this browser's cookie and, for a signed-in member, with the account."""
    serving = services(request)
    cookies.set_calm(response, serving.settings, calm)
    if serving.settings.multi_user:
        member = visitor(request)
        if member.user_id is not None:
            serving.accounts.members.set_calm(member.user_id, calm)


def local_path(target: str) -> str:
    """``target`` if it is a path on this site, else "/": never an open redirect."""
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target
