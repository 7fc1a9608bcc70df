"""Registration, sign-in and sign-out (multi-user mode only; single-user mode has no accounts)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.responses import RedirectResponse, Response

from interview_coach.accounts import AccountError, SignIn, TooManyAttempts
from interview_coach.accounts.passwords import MIN_LENGTH
from interview_coach.web.forms import read_form, text_field
from interview_coach.web.guard import cookies
from interview_coach.web.pages.preferences import local_path
from interview_coach.web.rendering import render
from interview_coach.web.services import Services, services

router = APIRouter()


@router.get("/login")
def sign_in_page(
    request: Request,
    target: Annotated[str, Query(alias="next")] = "/",
    deleted: bool = False,
    registered: bool = False,
) -> Response:
    _multi_user_only(request)
    return _page(
        request, "login.html", next=local_path(target), deleted=deleted, registered=registered
    )


@router.post("/login")
async def sign_in(request: Request) -> Response:
    serving = _multi_user_only(request)
    form = await read_form(request)
    email, target = text_field(form, "email"), local_path(text_field(form, "next", "/"))
    try:
        signed = await run_in_threadpool(
            serving.accounts.members.sign_in, email, text_field(form, "password"), _client(request)
        )
    except (AccountError, TooManyAttempts) as error:
        status = 429 if isinstance(error, TooManyAttempts) else 400
        return _page(request, "login.html", status, email=email, next=target, problem=error.message)
    return _signed_in(serving, signed, target)


@router.get("/register")
def register_page(request: Request) -> Response:
    _multi_user_only(request)
    return _page(request, "register.html")


@router.post("/register")
async def register(request: Request) -> Response:
    serving = _multi_user_only(request)
    form = await read_form(request)
    email = text_field(form, "email")
    password = text_field(form, "password")
    if password != text_field(form, "password_again"):
        problem = AccountError("the two passwords are different; type the same one twice")
        return _page(request, "register.html", 400, email=email, problem=problem.message)
    try:
        await run_in_threadpool(
            serving.accounts.members.register, email, password, _client(request)
        )
    except (AccountError, TooManyAttempts) as error:
        status = 429 if isinstance(error, TooManyAttempts) else 400
        return _page(request, "register.html", status, email=email, problem=error.message)
    # The same answer whether the email had an account or not: nothing here tells them apart.
    return RedirectResponse("/login?registered=true", status_code=303)


@router.post("/logout")
def sign_out(request: Request) -> Response:
    serving = _multi_user_only(request)
    token = request.cookies.get(cookies.name(cookies.SESSION, serving.settings))
    if token:
        serving.accounts.members.sign_out(token)
    response = RedirectResponse("/login", status_code=303)
    cookies.clear_session(response, serving.settings)
    return response


def _multi_user_only(request: Request) -> Services:
    serving = services(request)
    if not serving.settings.multi_user:
        raise HTTPException(404)
    return serving


def _signed_in(serving: Services, signed: SignIn, target: str) -> Response:
    response = RedirectResponse(target, status_code=303)
    cookies.set_session(response, serving.settings, signed.token, signed.expires_at)
    return response


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _page(request: Request, template: str, status: int = 200, **context: object) -> Response:
    values = {
        "email": "",
        "next": "/",
        "problem": None,
        "deleted": False,
        "registered": False,
        "min_length": MIN_LENGTH,
        **context,
    }
    return render(request, template, values, status=status)
