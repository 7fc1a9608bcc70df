"""The interview: one question at a time, feedback at once, drafts kept, controls at hand."""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import Any

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool
from starlette.responses import HTMLResponse, RedirectResponse, Response

from interview_coach.sessions import Coach, Conflict, InterviewView, InvalidInput, QuestionMismatch
from interview_coach.sessions.replay import MAX_KEY_CHARACTERS
from interview_coach.web.forms import read_form, text_field
from interview_coach.web.identity import PageCandidate
from interview_coach.web.rendering import is_htmx, render
from interview_coach.web.services import services

router = APIRouter(prefix="/interviews/{interview_id}")

MOVED_ON = (
    "That question was already answered, perhaps in another window. "
    "Here is where the interview stands now."
)


@router.get("")
def interview_page(request: Request, interview_id: str, candidate: PageCandidate) -> Response:
    view = services(request).coach.interview(candidate, interview_id)
    return render(request, "interview.html", turn_context(view))


@router.post("/answers")
async def submit_answer(request: Request, interview_id: str, candidate: PageCandidate) -> Response:
    form = await read_form(request)
    answer = text_field(form, "answer")
    position = text_field(form, "position")
    coach = services(request).coach
    notice: str | None = None
    try:
        await run_in_threadpool(
            lambda: coach.submit_answer(
                candidate,
                interview_id,
                answer,
                position=int(position) if position.isdigit() else None,
                # The form's own token: sending the same form again returns what it got.
                idempotency_key=text_field(form, "answer_token")[:MAX_KEY_CHARACTERS] or None,
            )
        )
    except QuestionMismatch as error:
        notice = f"{error.message[0].upper()}{error.message[1:]}."
    except InvalidInput as error:
        view = await run_in_threadpool(coach.interview, candidate, interview_id)
        context = turn_context(view, problem=error.message, answer=answer)
        return render(request, _turn_template(request), context, status=_status(request, 400))
    except Conflict:
        notice = MOVED_ON
    if not is_htmx(request) and notice is None:
        return RedirectResponse(f"/interviews/{interview_id}", status_code=303)
    view = await run_in_threadpool(coach.interview, candidate, interview_id)
    return render(request, _turn_template(request), turn_context(view, notice=notice))


@router.post("/draft")
async def save_draft(request: Request, interview_id: str, candidate: PageCandidate) -> Response:
    """Autosave (HTMX, debounced): a short status line, never an error page."""
    form = await read_form(request)
    saved = await run_in_threadpool(
        _save_draft,
        services(request).coach,
        candidate,
        interview_id,
        text_field(form, "answer"),
        text_field(form, "position"),
    )
    if not is_htmx(request):
        return RedirectResponse(f"/interviews/{interview_id}", status_code=303)
    return HTMLResponse(saved)


@router.post("/retake")
def retake(request: Request, interview_id: str, candidate: PageCandidate) -> Response:
    services(request).coach.retake(candidate, interview_id)
    return RedirectResponse(f"/interviews/{interview_id}", status_code=303)


@router.post("/finish")
def finish(request: Request, interview_id: str, candidate: PageCandidate) -> Response:
    services(request).coach.finish(candidate, interview_id)
    return RedirectResponse(f"/interviews/{interview_id}/report", status_code=303)


@router.post("/new")
async def start_new(request: Request, interview_id: str, candidate: PageCandidate) -> Response:
    repeats = text_field(await read_form(request), "allow_repeats") == "1"
    coach = services(request).coach
    turn = await run_in_threadpool(
        lambda: coach.start_new(candidate, interview_id, allow_repeats=repeats)
    )
    return RedirectResponse(f"/interviews/{turn.interview_id}", status_code=303)


def turn_context(
    view: InterviewView,
    *,
    problem: str | None = None,
    notice: str | None = None,
    answer: str | None = None,
) -> dict[str, Any]:
    """What the interview page and its HTMX fragment show: the latest feedback, then what next."""
    latest = view.answered[-1].to_dict() if view.answered else None
    draft = answer if answer is not None else (view.draft or "")
    return {
        "view": view,
        "latest": latest,
        "problem": problem,
        "notice": notice,
        "draft": draft,
        "answer_token": secrets.token_urlsafe(18),
    }


def _save_draft(coach: Coach, candidate: str, interview_id: str, text: str, position: str) -> str:
    view = coach.interview(candidate, interview_id)
    question = view.current_question
    if question is None or str(question.position) != position:
        return "Not saved: this question has already been answered."
    try:
        coach.save_draft(candidate, interview_id, text)
    except (InvalidInput, Conflict) as error:
        return f"Not saved: {error.message}."
    if not text.strip():
        return ""
    return f"Draft saved at {datetime.now().astimezone():%H:%M}"


def _turn_template(request: Request) -> str:
    return "partials/turn.html" if is_htmx(request) else "interview.html"


def _status(request: Request, status: int) -> int:
    # HTMX swaps only successful responses; the fragment itself carries the problem.
    return 200 if is_htmx(request) else status
