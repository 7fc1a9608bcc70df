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
from interview_coach.sessions.wording import WordingStatus
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
    coach = services(request).coach
    view, wording = _with_wording(coach, candidate, interview_id)
    return render(request, "interview.html", turn_context(view, wording=wording))


@router.get("/feedback/{answer_id}/wording")
def feedback_wording(
    request: Request, interview_id: str, answer_id: str, candidate: PageCandidate
) -> Response:
    """While the AI engine writes: its prose so far. Once it has landed (or fallen back): the
    whole card, which htmx puts in place of the card (the page asked from inside it)."""
    coach = services(request).coach
    # The status first: once it says the wording landed, the view read after it holds it.
    status = coach.wording.feedback_status(candidate, answer_id)
    view = coach.interview(candidate, interview_id)
    answered = next((a for a in view.answered if a.id == answer_id), None)
    if answered is None or status is None:
        return Response(status_code=404)
    if status.pending:
        context = {"wording": status, "answer_id": answer_id, "interview_id": view.id}
        return render(request, "partials/feedback_stream.html", context)
    context = {"answer": answered.to_dict(), "focus_me": False, "feedback_wording": status,
               "interview_id": view.id}  # fmt: skip
    response = render(request, "partials/feedback.html", context)
    response.headers["HX-Retarget"] = f"#feedback-card-{answer_id}"
    response.headers["HX-Reswap"] = "outerHTML"
    return response


@router.get("/questions/{position}/wording")
def question_wording(
    request: Request, interview_id: str, position: int, candidate: PageCandidate
) -> Response:
    """The question once the AI engine has reworded it (or fallen back); 204 before."""
    coach = services(request).coach
    status = coach.wording.question_status(candidate, interview_id, position)
    view = coach.interview(candidate, interview_id)
    question = view.current_question
    if question is None or question.position != position or status is None:
        return Response(status_code=404)
    if status.pending:
        return Response(status_code=204)
    context = {"view": view, "q": question, "question_wording": status}
    return render(request, "partials/question_stage.html", context)


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
        view, wording = await run_in_threadpool(_with_wording, coach, candidate, interview_id)
        context = turn_context(view, problem=error.message, answer=answer, wording=wording)
        return render(request, _turn_template(request), context, status=_status(request, 400))
    except Conflict:
        notice = MOVED_ON
    if not is_htmx(request) and notice is None:
        return RedirectResponse(f"/interviews/{interview_id}", status_code=303)
    view, wording = await run_in_threadpool(_with_wording, coach, candidate, interview_id)
    return render(
        request, _turn_template(request), turn_context(view, notice=notice, wording=wording)
    )


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
    wording: tuple[WordingStatus | None, WordingStatus | None] = (None, None),
) -> dict[str, Any]:
    """What the interview page and its HTMX fragment show: the latest feedback, then what next.

    ``wording`` says where an AI engine's wording of that feedback and that question stands.
    """
    latest = view.answered[-1].to_dict() if view.answered else None
    draft = answer if answer is not None else (view.draft or "")
    return {
        "view": view,
        "latest": latest,
        "problem": problem,
        "notice": notice,
        "draft": draft,
        "answer_token": secrets.token_urlsafe(18),
        "wording_of_feedback": wording[0],
        "wording_of_question": wording[1],
    }


def _with_wording(
    coach: Coach, candidate: str, interview_id: str
) -> tuple[InterviewView, tuple[WordingStatus | None, WordingStatus | None]]:
    """The view and where its AI wording stands; read again once any of it has landed, so the
    view is never older than the statuses (a landed status shows the landed wording)."""
    view = coach.interview(candidate, interview_id)
    wording = wording_of(coach, candidate, view)
    if any(status is not None and not status.pending for status in wording):
        view = coach.interview(candidate, interview_id)
    return view, wording


def wording_of(
    coach: Coach, candidate: str, view: InterviewView
) -> tuple[WordingStatus | None, WordingStatus | None]:
    """Where the AI engine's wording of the latest feedback and the current question stands."""
    if not coach.wording.active:
        return None, None
    feedback = (
        coach.wording.feedback_status(candidate, view.answered[-1].id) if view.answered else None
    )
    question = view.current_question
    asked = (
        coach.wording.question_status(candidate, view.id, question.position) if question else None
    )
    return feedback, asked


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
