"""Every failure as a calm page (or, under /api/, as ``{"error": "..."}``): never a traceback.

The service's errors carry messages written for the candidate; the status follows the kind:
not found (or not yours) 404, unusable input 422 (400 on pages), moved on 409, no credits 402.
"""

from __future__ import annotations

import logging
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Match

from interview_coach.sessions import Conflict, InvalidInput, NoCredits, NotFound
from interview_coach.sessions.errors import CoachError, NoNewQuestions, QuestionMismatch
from interview_coach.web.guard.csrf import CsrfRejected
from interview_coach.web.identity import SignInRequired, TokenRequired
from interview_coach.web.refusals import refusal, wants_json
from interview_coach.web.rendering import is_htmx, render

log = logging.getLogger("interview_coach.web")

STATUS: dict[type[CoachError], int] = {
    NotFound: 404,
    InvalidInput: 422,
    Conflict: 409,
    NoCredits: 402,
}
TITLES = {
    400: "That didn't work",
    402: "No session credits left",
    403: "This form has expired",
    404: "Nothing here",
    405: "That didn't work",
    408: "That took too long",
    409: "This interview has moved on",
    413: "That is too large",
    422: "That didn't work",
    500: "Something went wrong on our side",
}
METHODS = ("DELETE", "GET", "PATCH", "POST", "PUT")
NOT_FOUND = "There is nothing at this address, or it isn't yours to see."
STALE_FORM = (
    "For your safety, forms only work from the page they were shown on. Go back, reload the "
    "page, and try again."
)
OOPS = (
    "The coach hit an unexpected problem and nothing was changed by it. Try again in a moment; "
    "your earlier answers are safe."
)


def install(app: FastAPI) -> None:
    app.add_exception_handler(CoachError, _coach_error)
    app.add_exception_handler(TokenRequired, _token_required)
    app.add_exception_handler(SignInRequired, _sign_in_required)
    app.add_exception_handler(CsrfRejected, _csrf_rejected)
    app.add_exception_handler(RequestValidationError, _invalid_request)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected)


def problem(request: Request, status: int, message: str, *, back: str | None = None) -> Response:
    """The error as JSON for the API, as a page (or an HTMX fragment) for people."""
    if wants_json(request.url.path):
        return JSONResponse({"error": message}, status_code=status)
    title = TITLES.get(status, TITLES[400])
    try:
        return render(
            request,
            "error.html",
            {"title": title, "message": _sentence(message), "back": back, "status": status},
            status=status,
        )
    except Exception:  # the page itself failed: the plainest refusal, still no traceback
        log.exception("rendering the error page failed")
        return refusal(request.url.path, status, title, _sentence(message))


async def _coach_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, CoachError)
    status = next((s for kind, s in STATUS.items() if isinstance(error, kind)), 400)
    if status == 422 and not wants_json(request.url.path):
        status = 400
    back = _interview_path(request) if status == 409 else None
    if wants_json(request.url.path) and isinstance(error, NoNewQuestions | QuestionMismatch):
        return JSONResponse(_conflict(error), status_code=409)
    return problem(request, status, error.message, back=back)


def _conflict(error: NoNewQuestions | QuestionMismatch) -> dict[str, object]:
    """What a program needs to choose what next: the code, and the choices or the question."""
    body: dict[str, object] = {"error": error.message, "code": error.code}
    if isinstance(error, NoNewQuestions):
        body["choices"] = list(error.choices)
    else:
        body["current_question"] = error.current.to_dict()
        body["draft_kept"] = error.draft_kept
    return body


async def _token_required(request: Request, error: Exception) -> Response:
    assert isinstance(error, TokenRequired)
    return JSONResponse(
        {"error": error.message}, status_code=401, headers={"WWW-Authenticate": "Bearer"}
    )


async def _sign_in_required(request: Request, error: Exception) -> Response:
    target = request.url.path if request.method == "GET" else "/"
    location = "/login" if target == "/" else f"/login?next={quote(target)}"
    if is_htmx(request):
        return Response(status_code=204, headers={"HX-Redirect": location})
    return RedirectResponse(location, status_code=303)


async def _csrf_rejected(request: Request, error: Exception) -> Response:
    return problem(request, 403, STALE_FORM)


async def _invalid_request(request: Request, error: Exception) -> Response:
    assert isinstance(error, RequestValidationError)
    problems = list(error.errors())
    if any(p.get("type") == "json_invalid" for p in problems):
        return problem(request, 400, "the request body is not valid JSON")
    details = "; ".join(_field_problem(p) for p in problems[:5]) or "the request is not valid"
    return problem(request, 422, details)


async def _http_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, HTTPException)
    if error.status_code == 404:
        answer = problem(request, 404, NOT_FOUND)
    elif error.status_code == 405:
        answer = problem(request, 405, "this address doesn't take that kind of request")
        answer.headers["Allow"] = ", ".join(_allowed_methods(request))
        return answer
    else:
        detail = error.detail if isinstance(error.detail, str) else ""
        message = detail or TITLES.get(error.status_code, "the request could not be handled")
        answer = problem(request, error.status_code, message)
    answer.headers.update(error.headers or {})  # Allow on a 405, Connection: close on a 408
    return answer


async def _unexpected(request: Request, error: Exception) -> Response:
    log.error("unexpected error on %s %s", request.method, request.url.path, exc_info=error)
    return problem(request, 500, OOPS)


def _allowed_methods(request: Request) -> list[str]:
    """Every method some route at this path takes (Starlette's own Allow names one route's)."""
    return [
        method
        for method in METHODS
        if any(
            route.matches({**request.scope, "method": method})[0] is Match.FULL
            for route in request.app.routes
        )
    ]


def _field_problem(found: object) -> str:
    if not isinstance(found, dict):
        return str(found)
    where = ".".join(str(part) for part in found.get("loc", ()) if part not in ("body", "query"))
    message = str(found.get("msg", "is not valid"))
    return f"{where}: {message}" if where else message


def _interview_path(request: Request) -> str | None:
    interview_id = request.path_params.get("interview_id")
    return f"/interviews/{quote(str(interview_id))}" if interview_id else None


def _sentence(message: str) -> str:
    text = message.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."
