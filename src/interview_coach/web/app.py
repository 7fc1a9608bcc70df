"""The web app: pages, the REST API and static assets, built from typed settings."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace
from datetime import timedelta

from anyio import to_thread
from fastapi import FastAPI
from fastapi.responses import JSONResponse
from starlette.staticfiles import StaticFiles

from interview_coach.accounts import Accounts, Passwords
from interview_coach.accounts.migrate import upgrade as migrate_accounts
from interview_coach.assessment import Assessor
from interview_coach.bootstrap import build_coach
from interview_coach.documents.budget import BUDGET
from interview_coach.documents.readers import DocumentReaders
from interview_coach.embedding import default_embedder
from interview_coach.engine import engine_named
from interview_coach.sessions import Coach
from interview_coach.settings import Settings
from interview_coach.store import open_database
from interview_coach.web import errors
from interview_coach.web.api import api_router
from interview_coach.web.guard.headers import SecurityHeaders
from interview_coach.web.guard.hosts import HostCheck
from interview_coach.web.guard.limits import BodyLimit, BodyTimeout
from interview_coach.web.guard.proxies import TrustedProxies, networks
from interview_coach.web.pages import pages_router
from interview_coach.web.rendering import STATIC, environment
from interview_coach.web.services import Services
from interview_coach.web.settings import WebSettings

#: Requests handled side by side by one worker process (sync routes and threadpool calls).
WORKER_THREADS = 4
DESCRIPTION = (
    "Practise mock interviews over HTTP: start an interview from a resume and a job "
    "description, answer one question at a time, and get the rubric's scorecard and feedback "
    "at once. Authenticate with `Authorization: Bearer <token>` (`interview-coach token create`)."
)


def web_settings(settings: Settings | None) -> WebSettings:
    """The web settings: as given, or the coach's settings plus the web's from the environment."""
    if isinstance(settings, WebSettings):
        return settings
    if settings is None:
        return WebSettings()
    return WebSettings(**settings.model_dump())


def create_app(
    settings: Settings | None = None,
    *,
    coach: Coach | None = None,
    passwords: Passwords | None = None,
    readers: DocumentReaders | None = None,
) -> FastAPI:
    """The app. ``coach``, ``passwords`` and ``readers`` replace what the settings describe
    (tests).

    Raises:
        NotSafeToServe: single-user mode on an address beyond this machine.
    """
    chosen = web_settings(settings)
    chosen.check_safe()
    owned = coach is None
    service = coach or server_coach(chosen)
    accounts = Accounts(service, passwords, timedelta(days=chosen.session_days))
    readers = readers or DocumentReaders(
        chosen.document_readers, replace(BUDGET, seconds=chosen.document_seconds)
    )

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        # Scoring is CPU work: a few at a time, first come first served, finishes each answer
        # sooner than dozens sharing the cores at once.
        to_thread.current_default_thread_limiter().total_tokens = WORKER_THREADS
        yield
        readers.close()
        if owned:
            service.close()

    app = FastAPI(
        title="Interview Coach",
        version="1",
        description=DESCRIPTION,
        docs_url=None,  # the interactive docs load from a CDN; the app serves nothing external
        redoc_url=None,
        openapi_url="/openapi.json",
        lifespan=lifespan,
    )
    app.state.services = Services(service, accounts, chosen, environment(), readers)
    errors.install(app)
    app.include_router(api_router())
    app.include_router(pages_router())
    app.add_api_route("/healthz", _health, methods=["GET"], include_in_schema=False)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_middleware(BodyLimit)
    app.add_middleware(BodyTimeout, seconds=chosen.request_body_seconds)
    app.add_middleware(HostCheck, allowed=chosen.hosts, any_host=chosen.any_host)
    app.add_middleware(SecurityHeaders, hsts=chosen.secure_cookies)
    app.add_middleware(TrustedProxies, trusted=networks(chosen.trusted_proxies))
    return app


def server_coach(settings: WebSettings) -> Coach:
    """The coach as the composition root builds it, with one embedding thread per request.

    A server scores many answers side by side; two threads for each (the default, best for one
    answer at a time) would only fight over the same cores.
    """
    embedder = default_embedder(threads=1) if settings.embedding else None
    assessor = Assessor(embedder=embedder, engine=engine_named("builtin"))
    return build_coach(settings, assessor=assessor)


def prepare_storage(settings: WebSettings) -> None:
    """Create and migrate the database once, before worker processes all start at once."""
    database = open_database(settings.database_url)
    try:
        migrate_accounts(database.engine)
    finally:
        database.dispose()


def app_from_environment() -> FastAPI:
    """For ``uvicorn --factory``: each worker process builds its own app from the environment."""
    return create_app(WebSettings())


async def _health() -> JSONResponse:
    return JSONResponse({"status": "ok"})
