"""The app served for real: uvicorn in a subprocess, as `interview-coach serve` runs it.

Used by the browser tests, the worker-process tests and the load benchmark.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import IO

import httpx


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def running_app(
    settings: Mapping[str, str],
    *,
    workers: int = 1,
    port: int | None = None,
    uvicorn_args: Sequence[str] = (),
    startup_seconds: float = 60,
) -> Iterator[str]:
    """The app on 127.0.0.1, configured by ``settings`` (INTERVIEW_COACH_* variables) on top of
    this process's environment; yields its base URL once /healthz answers, stops it after.

    A database URL is used only when ``settings`` gives one. The server's output goes to a
    temporary file (a pipe nobody reads could fill and stall it) and is shown if it fails.
    """
    env = {**os.environ, "INTERVIEW_COACH_HOST": "127.0.0.1", "ORT_DISABLE_TELEMETRY": "1"}
    env.pop("INTERVIEW_COACH_DATABASE_URL", None)
    env.update(settings)
    chosen = port or free_port()
    command = [sys.executable, "-m", "uvicorn", "interview_coach.web:app_from_environment"]
    command += ["--factory", "--host", "127.0.0.1", "--port", str(chosen)]
    command += ["--workers", str(workers), "--log-level", "warning", "--no-proxy-headers"]
    command += ["--http", "interview_coach.web.guard.connections:GuardedH11Protocol"]
    command += uvicorn_args
    base = f"http://127.0.0.1:{chosen}"
    with tempfile.TemporaryFile() as output:
        process = subprocess.Popen(command, env=env, stdout=output, stderr=subprocess.STDOUT)
        try:
            _wait_until_up(base, process, output, startup_seconds)
            yield base
        finally:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait_until_up(
    base: str, process: subprocess.Popen[bytes], output: IO[bytes], seconds: float
) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            output.seek(0)
            raise RuntimeError(f"the server exited: {output.read().decode(errors='replace')}")
        try:
            if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise RuntimeError(f"the server did not answer /healthz within {seconds:g} s")
