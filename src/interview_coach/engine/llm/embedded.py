"""llama.cpp's own OpenAI-compatible server, in this process, for a downloaded GGUF file.

Through the ``xllamacpp`` wheel (``pip install 'interview-coach[local-llm]'``): it binds
127.0.0.1 on a free port, and the engine is pointed at it. ``python -m
interview_coach.engine.llm.embedded FILE --port N`` runs it alone (tests stop it by its pid).
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import threading
import time
from pathlib import Path
from typing import Any

import httpx

#: The model name the embedded server answers to.
MODEL = "local-gguf"


class EmbeddedUnavailable(RuntimeError):
    """The extra is not installed or the file cannot be served; the message says what to do."""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class EmbeddedServer:
    """A running llama.cpp server for one GGUF file; ``close()`` stops it."""

    def __init__(
        self, gguf: str | Path, port: int | None = None, threads: int = 2, context: int = 4096
    ) -> None:
        path = Path(gguf).expanduser()
        if not path.is_file():
            raise EmbeddedUnavailable(f"no GGUF model file at {path}")
        try:
            import xllamacpp
        except ImportError as missing:
            raise EmbeddedUnavailable(
                "serving a GGUF file needs the local-llm extra: "
                "pip install 'interview-coach[local-llm]'"
            ) from missing
        params: Any = xllamacpp.CommonParams()
        params.model.path = str(path)
        params.model_alias = {MODEL}
        self.port = port or free_port()
        params.hostnames = ["127.0.0.1"]
        params.port = self.port
        params.n_ctx = context
        params.n_parallel = 1
        params.cpuparams.n_threads = threads
        params.cpuparams_batch.n_threads = threads
        self._server: Any = xllamacpp.Server(params)
        self.base_url = f"http://127.0.0.1:{self.port}/v1"
        self.model = MODEL
        wait_until_up(self.base_url)

    def close(self) -> None:
        self._server = None  # the server stops when it is released

    def __enter__(self) -> EmbeddedServer:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def wait_until_up(base_url: str, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base_url}/models", timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.25)
    raise EmbeddedUnavailable(f"the local model server at {base_url} did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description="Serve a GGUF file on 127.0.0.1 (llama.cpp).")
    parser.add_argument("gguf")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--threads", type=int, default=2)
    arguments = parser.parse_args()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    with EmbeddedServer(arguments.gguf, arguments.port, arguments.threads):
        print(f"serving on 127.0.0.1:{arguments.port} (pid {os.getpid()})", flush=True)
        stop.wait()


if __name__ == "__main__":
    main()
