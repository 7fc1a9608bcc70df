"""/api/v1/interviews: start, answer, drafts, retake, finish, start new, read, report."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Header, Request, Response
from fastapi.responses import JSONResponse

from interview_coach.sessions.replay import MAX_KEY_CHARACTERS
from interview_coach.web.api.schemas import (
    AnswerOut,
    InterviewOut,
    InterviewSummaryOut,
    ReportOut,
    SaveDraft,
    StartInterview,
    SubmitAnswer,
    TurnOut,
)
from interview_coach.web.identity import ApiCandidate
from interview_coach.web.services import services

router = APIRouter(prefix="/interviews", tags=["interviews"])
ONE = "/{interview_id}"


def _json(data: dict[str, Any] | list[Any], status: int = 200) -> JSONResponse:
    return JSONResponse(data, status_code=status)


@router.post("", status_code=201, response_model=None, responses={201: {"model": TurnOut}})
def start_interview(request: Request, body: StartInterview, candidate: ApiCandidate) -> Response:
    """Profile the resume and the job, and ask the first question."""
    turn = services(request).coach.start_interview(
        candidate, body.resume_text, body.job_text, body.mode, body.focus, body.length, body.level,
        allow_repeats=body.allow_repeats,
    )  # fmt: skip
    return _json(turn.to_dict(), 201)


@router.get("", response_model=None, responses={200: {"model": list[InterviewSummaryOut]}})
def list_interviews(request: Request, candidate: ApiCandidate) -> Response:
    """The candidate's interviews, newest first."""
    return _json([s.to_dict() for s in services(request).coach.history(candidate)])


@router.get(ONE, response_model=None, responses={200: {"model": InterviewOut}})
def read_interview(request: Request, interview_id: str, candidate: ApiCandidate) -> Response:
    """Where the interview stands: current question, draft, this attempt's answers."""
    return _json(services(request).coach.interview(candidate, interview_id).to_dict())


@router.post(ONE + "/answers", response_model=None, responses={200: {"model": AnswerOut}})
def submit_answer(
    request: Request,
    interview_id: str,
    body: SubmitAnswer,
    candidate: ApiCandidate,
    idempotency_key: Annotated[
        str | None,
        Header(
            alias="Idempotency-Key",
            max_length=MAX_KEY_CHARACTERS,
            description="Sending the same answer again with the same key returns the stored "
            "result instead of answering the next question.",
        ),
    ] = None,
) -> Response:
    """Score the answer to the current question: scorecard, feedback and the next question."""
    outcome = services(request).coach.submit_answer(
        candidate, interview_id, body.answer_text, position=body.position,
        idempotency_key=idempotency_key,
    )  # fmt: skip
    return _json(outcome.to_dict())


@router.put(ONE + "/draft", status_code=204, response_class=Response)
def save_draft(
    request: Request, interview_id: str, body: SaveDraft, candidate: ApiCandidate
) -> Response:
    """Keep the unsent answer to the current question."""
    services(request).coach.save_draft(candidate, interview_id, body.text)
    return Response(status_code=204)


@router.post(ONE + "/retake", response_model=None, responses={200: {"model": TurnOut}})
def retake(request: Request, interview_id: str, candidate: ApiCandidate) -> Response:
    """The same questions again, as a new attempt; the report then compares the two."""
    return _json(services(request).coach.retake(candidate, interview_id).to_dict())


@router.post(ONE + "/finish", response_model=None, responses={200: {"model": ReportOut}})
def finish(request: Request, interview_id: str, candidate: ApiCandidate) -> Response:
    """End the interview where it stands; returns the report."""
    return _json(services(request).coach.finish(candidate, interview_id).to_dict())


@router.post(
    ONE + "/new", status_code=201, response_model=None, responses={201: {"model": TurnOut}}
)
def start_new(
    request: Request, interview_id: str, candidate: ApiCandidate, allow_repeats: bool = False
) -> Response:
    """A new question set for the same job and choices."""
    coach = services(request).coach
    return _json(
        coach.start_new(candidate, interview_id, allow_repeats=allow_repeats).to_dict(), 201
    )


@router.get(ONE + "/report", response_model=None, responses={200: {"model": ReportOut}})
def report(
    request: Request, interview_id: str, candidate: ApiCandidate, attempt: int | None = None
) -> Response:
    """The report on the current attempt (or ``attempt``), with the retake comparison."""
    found = services(request).coach.report(candidate, interview_id, attempt)
    return _json(found.to_dict())
