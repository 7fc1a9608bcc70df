"""Responses for requests refused before they reach a route: JSON for the API, else a page."""

from __future__ import annotations

from html import escape

from starlette.responses import HTMLResponse, JSONResponse, Response

API_PREFIX = "/api/"

_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} · Interview Coach</title><link rel="stylesheet" href="/static/coach.css"></head>
<body><main class="page narrow"><section class="card notice-card">
<h1>{title}</h1><p>{message}</p><p><a class="button" href="/">Back to the start</a></p>
</section></main></body></html>"""


def wants_json(path: str) -> bool:
    return path.startswith(API_PREFIX) or path == API_PREFIX.rstrip("/")


def refusal(path: str, status: int, title: str, message: str) -> Response:
    """``{"error": message}`` for API paths, a small calm page for everything else."""
    if wants_json(path):
        return JSONResponse({"error": message}, status_code=status)
    page = _PAGE.format(title=escape(title), message=escape(message))
    return HTMLResponse(page, status_code=status)
