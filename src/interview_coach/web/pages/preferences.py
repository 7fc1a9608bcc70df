"""The low-anxiety preference: hide every number, keep the written feedback."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import RedirectResponse, Response

from interview_coach.web.forms import read_form, text_field
from interview_coach.web.guard import cookies
from interview_coach.web.services import services

router = APIRouter()


@router.post("/preferences/calm")
async def set_calm(request: Request) -> Response:
    form = await read_form(request)
    response = RedirectResponse(local_path(text_field(form, "next", "/")), status_code=303)
    cookies.set_calm(response, services(request).settings, text_field(form, "calm") == "1")
    return response


def local_path(target: str) -> str:
    """``target`` if it is a path on this site, else "/": never an open redirect."""
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target
