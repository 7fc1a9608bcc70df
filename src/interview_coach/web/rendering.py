"""Pages from Jinja2 templates: the environment, its filters, and ``render`` for routes."""

from __future__ import annotations

import hashlib
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import Request
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from starlette.responses import HTMLResponse

from interview_coach.analysis.length import TARGETS
from interview_coach.report.labels import dimension_name
from interview_coach.vocabulary import Band, CoachMode, Dimension, QuestionType, TopicFocus
from interview_coach.web import charts, highlight
from interview_coach.web.guard import cookies, csrf
from interview_coach.web.identity import known_visitor, visitor
from interview_coach.web.services import services

STATIC = Path(str(resources.files("interview_coach.web").joinpath("static")))

QUESTION_TYPES = {
    QuestionType.BEHAVIORAL.value: "Behavioral",
    QuestionType.TECHNICAL.value: "Technical",
    QuestionType.SITUATIONAL.value: "Situational",
    QuestionType.MOTIVATIONAL.value: "Motivational",
}
BAND_CLASSES = {
    Band.NEEDS_WORK.value: "band-needs-work",
    Band.GOOD.value: "band-good",
    Band.STRONG.value: "band-strong",
    Band.BEST_PRACTICE.value: "band-best",
}


def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("interview_coach.web", "templates"),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    versions = _static_versions()
    env.globals.update(
        static=lambda path: f"/static/{path}?v={versions.get(path, '0')}",
        dimension_label=lambda value: Dimension(value).label,
        dimension_name=lambda value, kinds: dimension_name(
            Dimension(value), [QuestionType(kind) for kind in kinds]
        ),
        mode_label=lambda value: CoachMode(value).label,
        focus_label=lambda value: TopicFocus(value).label,
        targets={kind.value: target for kind, target in TARGETS.items()},
        legend=highlight.LEGEND,
        highlight=highlight.highlight,
        bar=charts.bar,
        band_of_score=charts.band_of_score,
    )
    env.filters.update(
        rating=lambda value: "–" if value is None else f"{float(value):.1f}",
        signed=lambda value: "±0" if round(float(value), 1) == 0 else f"{float(value):+.1f}",
        band_class=lambda band: BAND_CLASSES.get(str(band), ""),
        question_type=lambda value: QUESTION_TYPES.get(str(value), str(value).capitalize()),
        when=_when,
        day=_day,
        spoken=lambda seconds: f"{int(seconds) // 60}:{int(seconds) % 60:02d}",
        percent=lambda rate: f"{float(rate):.0%}",
        lower_first=lambda text: str(text)[:1].lower() + str(text)[1:],
    )
    return env


def render(
    request: Request,
    template: str,
    context: dict[str, Any] | None = None,
    status: int = 200,
) -> HTMLResponse:
    """The page, with what every page needs: the CSRF token, who is signed in, calm mode."""
    serving = services(request)
    token = csrf.token_for(request)
    page = serving.templates.get_template(template).render(
        {
            "csrf_token": token,
            "visitor": known_visitor(request),
            "multi_user": serving.settings.multi_user,
            "calm": is_calm(request),
            "path": request.url.path,
            "htmx": is_htmx(request),
            # While an engine that sends data is on, every page says so (None when it is off).
            "llm": serving.coach.wording.banner(),
            **(context or {}),
        }
    )
    response = HTMLResponse(page, status_code=status)
    fresh = csrf.minted(request)
    if fresh is not None:
        cookies.set_csrf(response, serving.settings, fresh)
    return response


def is_calm(request: Request) -> bool:
    """The low-anxiety preference: written feedback only, no numbers. A signed-in member's is
    kept with their account (so every browser they use knows it); otherwise, in a cookie."""
    if services(request).settings.multi_user:
        member = visitor(request)
        if member.signed_in:
            return member.calm
    return request.cookies.get(cookies.CALM) == "1"


def is_htmx(request: Request) -> bool:
    return request.headers.get("hx-request") == "true"


def _static_versions() -> dict[str, str]:
    """A short content hash per static file, so browsers refetch exactly what changed."""
    return {
        path.relative_to(STATIC).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()[:10]
        for path in STATIC.rglob("*")
        if path.is_file()
    }


def _when(moment: datetime | str | None) -> str:
    if moment is None:
        return ""
    value = datetime.fromisoformat(moment) if isinstance(moment, str) else moment
    return value.strftime("%d %b %Y, %H:%M UTC").lstrip("0")


def _day(moment: datetime | str) -> str:
    value = datetime.fromisoformat(moment) if isinstance(moment, str) else moment
    return value.strftime("%d %b").lstrip("0")
