"""The web edge: server-rendered pages with HTMX, and the REST API v1, over the same service."""

from interview_coach.web.app import app_from_environment, create_app
from interview_coach.web.settings import NotSafeToServe, WebSettings

__all__ = ["NotSafeToServe", "WebSettings", "app_from_environment", "create_app"]
