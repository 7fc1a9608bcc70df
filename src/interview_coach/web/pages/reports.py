"""The report on an interview, its Markdown download, and a retake compared side by side."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from starlette.responses import PlainTextResponse, Response

from interview_coach.engine import summary_brief
from interview_coach.engine.builtin import summary_text
from interview_coach.report import Report, report_markdown
from interview_coach.sessions import NotFound
from interview_coach.web.identity import PageCandidate
from interview_coach.web.rendering import is_calm, render
from interview_coach.web.services import services

router = APIRouter(prefix="/interviews/{interview_id}")

NO_RETAKE = "there is no retake of this interview to compare yet"


@router.get("/report")
def report_page(
    request: Request, interview_id: str, candidate: PageCandidate, attempt: int | None = None
) -> Response:
    report = services(request).coach.report(candidate, interview_id, attempt)
    view = services(request).coach.interview(candidate, interview_id)
    summary = _summary(request, candidate, report, attempt)
    return render(
        request, "report.html", {"report": report.to_dict(), "view": view, "summary": summary}
    )


@router.get("/report/summary")
def report_summary(
    request: Request, interview_id: str, candidate: PageCandidate, attempt: int | None = None
) -> Response:
    """The report's summary card: polled while the AI engine writes it."""
    report = services(request).coach.report(candidate, interview_id, attempt)
    summary = _summary(request, candidate, report, attempt)
    return render(request, "partials/summary.html", {"summary": summary})


def _summary(
    request: Request, candidate: str, report: Report, attempt: int | None
) -> dict[str, Any] | None:
    """The built-in summary and, with an AI engine on, where its own stands (asked for the
    first time these facts are shown). None before any answer: there is nothing to sum up."""
    if not report.questions:
        return None
    brief = summary_brief(report, show_numbers=not is_calm(request))
    wording = services(request).coach.wording.summary(candidate, report.interview_id, brief)
    return {
        "interview_id": report.interview_id,
        "attempt": attempt,
        "builtin": summary_text(brief),
        "wording": wording,
    }


@router.get("/report.md")
def report_download(request: Request, interview_id: str, candidate: PageCandidate) -> Response:
    report = services(request).coach.report(candidate, interview_id)
    text = report_markdown(report, show_numbers=not is_calm(request))
    return PlainTextResponse(
        text,
        media_type="text/markdown; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="interview-{interview_id[:8]}.md"'},
    )


@router.get("/compare")
def compare_page(
    request: Request, interview_id: str, candidate: PageCandidate, attempt: int | None = None
) -> Response:
    """The chosen attempt (the latest by default) beside the one before it."""
    coach = services(request).coach
    current = coach.report(candidate, interview_id, attempt)
    if current.retake is None:
        raise NotFound(NO_RETAKE)
    previous = coach.report(candidate, interview_id, current.retake.previous_attempt)
    return render(
        request,
        "compare.html",
        {
            "current": current.to_dict(),
            "previous": previous.to_dict(),
            "retake": current.retake.to_dict(),
            "pairs": _pairs(previous.to_dict(), current.to_dict()),
        },
    )


def _pairs(previous: dict[str, Any], current: dict[str, Any]) -> list[dict[str, Any]]:
    """Each question answered in both attempts: its two question scores, side by side."""
    before = {q["position"]: q for q in previous["questions"]}
    return [
        {"position": q["position"], "before": before[q["position"]], "now": q}
        for q in current["questions"]
        if q["position"] in before
    ]
