"""Progress over interviews, per job target: the overall rating and each dimension, as SVG
charts, with each target's readiness."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from fastapi import APIRouter, Request
from markupsafe import Markup
from starlette.responses import Response

from interview_coach.web.charts import COMPACT, WIDE, AxisLabel, Frame, Series, line_chart
from interview_coach.web.identity import PageCandidate
from interview_coach.web.rendering import is_calm, render
from interview_coach.web.services import services

router = APIRouter()

#: The ``target`` that shows every job target together.
ALL = "all"


@router.get("/progress")
def progress_page(
    request: Request, candidate: PageCandidate, target: str | None = None
) -> Response:
    """One job target's progress (the most recently practised by default), or ``all``."""
    coach = services(request).coach
    everything = coach.progress(candidate)
    targets = everything.targets
    if target == ALL or (target is None and len(targets) <= 1):
        chosen = everything
    else:
        chosen = coach.progress(candidate, target or targets[0].key)
    progress = chosen.to_dict()
    numbers = not is_calm(request)
    overall = progress["overall"]
    return render(
        request,
        "progress.html",
        {
            "progress": progress,
            "all_view": chosen.target is None,
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
        axis_labels(points),
        show_numbers=numbers,
        frame=frame,
    )


def axis_labels(points: Sequence[dict[str, Any]]) -> list[AxisLabel]:
    """Each interview by its number and time ("#3 · 09:14"), with its day ("1 Dec")."""
    labels = []
    for point in points:
        moment = datetime.fromisoformat(point["date"])
        day = moment.strftime("%d %b").lstrip("0")
        labels.append(AxisLabel(f"#{point['number']} · {moment:%H:%M}", day))
    return labels
