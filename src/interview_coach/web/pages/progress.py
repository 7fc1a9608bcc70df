"""Progress over interviews: the overall rating and each dimension, as SVG charts."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, Request
from markupsafe import Markup
from starlette.responses import Response

from interview_coach.web.charts import COMPACT, WIDE, Frame, Series, line_chart
from interview_coach.web.identity import PageCandidate
from interview_coach.web.rendering import is_calm, render
from interview_coach.web.services import services

router = APIRouter()


@router.get("/progress")
def progress_page(request: Request, candidate: PageCandidate) -> Response:
    progress = services(request).coach.progress(candidate).to_dict()
    numbers = not is_calm(request)
    overall = progress["overall"]
    return render(
        request,
        "progress.html",
        {
            "progress": progress,
            "overall_chart": _chart("overall", "Overall rating by interview", overall, numbers),
            "dimension_charts": [
                (trend, _chart(f"dim-{trend['key']}", trend["name"], trend, numbers, COMPACT))
                for trend in progress["dimensions"]
            ],
        },
    )


def _chart(
    chart_id: str, title: str, trend: dict[str, Any], numbers: bool, frame: Frame = WIDE
) -> Markup:
    points = trend["points"]
    return line_chart(
        chart_id,
        title,
        [Series(trend["name"], [p["mean"] for p in points])],
        [_label(p["date"]) for p in points],
        show_numbers=numbers,
        frame=frame,
    )


def _label(iso: str) -> str:
    return datetime.fromisoformat(iso).strftime("%d %b").lstrip("0")
