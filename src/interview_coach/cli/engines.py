"""Choosing the engine on the command line, and `interview-coach engines` to check it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from interview_coach.cli.inputs import fail

EngineOption = Annotated[
    str | None,
    typer.Option("--engine", help="builtin (offline) or openai (any OpenAI-compatible server)."),
]
BaseUrlOption = Annotated[
    str | None, typer.Option("--llm-base-url", help="The OpenAI-compatible server's base URL.")
]
ModelOption = Annotated[str | None, typer.Option("--llm-model", help="The model to use there.")]
GgufOption = Annotated[
    Path | None,
    typer.Option("--llm-gguf", help="Serve this GGUF model file locally (the local-llm extra)."),
]


def register(app: typer.Typer) -> None:
    app.command()(engines)


@contextmanager
def chosen_engine(
    engine: str | None, base_url: str | None, model: str | None, gguf: Path | None
) -> Iterator[None]:
    """The engine options as settings (environment variables, so worker processes see them
    too); with ``gguf``, a local llama.cpp server runs meanwhile and the engine points at it."""
    from interview_coach.engine.llm.embedded import EmbeddedServer, EmbeddedUnavailable
    from interview_coach.settings import Settings

    for name, value in (("ENGINE", engine), ("LLM_BASE_URL", base_url), ("LLM_MODEL", model)):
        if value is not None:
            os.environ[f"INTERVIEW_COACH_{name}"] = value
    configured = Settings().llm_gguf
    gguf = gguf or (Path(configured) if configured else None)
    if gguf is None:
        yield
        return
    try:
        with Console(stderr=True).status("Starting the local model…"):
            server = EmbeddedServer(gguf)
    except EmbeddedUnavailable as problem:
        fail(str(problem))
    os.environ.update(
        INTERVIEW_COACH_ENGINE="openai",
        INTERVIEW_COACH_LLM_BASE_URL=server.base_url,
        INTERVIEW_COACH_LLM_MODEL=server.model,
    )
    # llama.cpp's grammar enforces length bounds: a small local model stops at them.
    os.environ.setdefault("INTERVIEW_COACH_LLM_SCHEMA_BOUNDS", "true")
    try:
        yield
    finally:
        server.close()


def engines(
    engine: EngineOption = None,
    llm_base_url: BaseUrlOption = None,
    llm_model: ModelOption = None,
    llm_gguf: GgufOption = None,
) -> None:
    """List the installed engines and check the configured one (reachable, model, schema)."""
    from interview_coach.engine import UnknownEngine, available_engines, build_engine
    from interview_coach.engine.llm import EngineMisconfigured
    from interview_coach.settings import Settings

    console = Console()
    with chosen_engine(engine, llm_base_url, llm_model, llm_gguf):
        settings = Settings()
        for name in sorted(available_engines()):
            marker = "*" if name == settings.engine else " "
            console.print(f"{marker} {escape(name)}")
        try:
            built = build_engine(settings)
        except (UnknownEngine, EngineMisconfigured) as problem:
            fail(str(problem))
        checks = built.check()
        built.close()
    console.print(f"\nChecking {escape(settings.engine)}:")
    for check in checks:
        mark = "[green]ok[/]" if check.ok else "[red]failed[/]"
        console.print(f"  {mark}  {escape(check.what)}: {escape(check.detail)}")
    if not all(check.ok for check in checks):
        raise typer.Exit(1)
