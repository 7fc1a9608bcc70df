"""`interview-coach serve`: the web app and the REST API on this machine (or, with accounts,
for many candidates)."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from interview_coach.cli.engines import (
    BaseUrlOption,
    EngineOption,
    GgufOption,
    ModelOption,
    chosen_engine,
)
from interview_coach.cli.inputs import fail

APP = "interview_coach.web:app_from_environment"


def register(app: typer.Typer) -> None:
    app.command()(serve)


def serve(
    host: Annotated[
        str, typer.Option(help="Address to listen on; beyond loopback needs --multi-user.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on.")] = 8000,
    workers: Annotated[
        int, typer.Option(min=1, max=64, help="Worker processes (use PostgreSQL beyond a few).")
    ] = 1,
    multi_user: Annotated[
        bool,
        typer.Option(
            "--multi-user", help="Accounts with registration and sign-in (one candidate each)."
        ),
    ] = False,
    engine: EngineOption = None,
    llm_base_url: BaseUrlOption = None,
    llm_model: ModelOption = None,
    llm_gguf: GgufOption = None,
) -> None:
    """Start the web app (pages and REST API) and print its address."""
    with chosen_engine(engine, llm_base_url, llm_model, llm_gguf):
        _serve(host, port, workers, multi_user)


def _serve(host: str, port: int, workers: int, multi_user: bool) -> None:
    import uvicorn

    from interview_coach.web import NotSafeToServe, WebSettings
    from interview_coach.web.app import prepare_storage
    from interview_coach.web.guard.connections import PROTOCOL

    try:
        settings = WebSettings(host=host)
        if multi_user:
            settings = settings.model_copy(update={"multi_user": True})
        settings.check_safe()
    except NotSafeToServe as unsafe:
        fail(str(unsafe))
    # Workers are separate processes that build the app from the environment: pass it on.
    os.environ["INTERVIEW_COACH_HOST"] = host
    if multi_user:
        os.environ["INTERVIEW_COACH_MULTI_USER"] = "true"
    prepare_storage(settings)
    shown = "localhost" if host in ("0.0.0.0", "::") else host
    shown = f"[{shown}]" if ":" in shown else shown
    mode = "accounts on" if settings.multi_user else "single user, no sign-in"
    if settings.engine != "builtin":
        from interview_coach.bootstrap import writing_engine
        from interview_coach.engine import UnknownEngine
        from interview_coach.engine.llm import EngineMisconfigured

        try:
            writing_engine(settings)
        except (UnknownEngine, EngineMisconfigured) as problem:
            fail(str(problem))
        mode += f"; AI engine {settings.engine} ({settings.llm_model}) on: text is sent to it"
    typer.echo(f"Interview Coach is running at http://{shown}:{port}/  ({mode}; Ctrl+C stops it)")
    uvicorn.run(
        APP,
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="warning",
        server_header=False,
        # The app decides whom to believe (INTERVIEW_COACH_TRUSTED_PROXIES); uvicorn's own
        # default believes X-Forwarded-For from 127.0.0.1, which anyone on the machine can send.
        proxy_headers=False,
        http=PROTOCOL,  # request heads time out, connections are bounded
    )
