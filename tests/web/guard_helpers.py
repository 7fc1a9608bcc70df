"""Assertions shared by the guard and API tests."""

from __future__ import annotations

from httpx import Response


def no_html(*responses: Response) -> None:
    """API errors are JSON, never a page or a traceback."""
    for response in responses:
        assert response.headers["content-type"].startswith("application/json"), response.text
        assert "Traceback" not in response.text
