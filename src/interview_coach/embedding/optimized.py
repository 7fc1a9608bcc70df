"""A graph-optimised copy of the verified model, made once and reused.

onnxruntime's graph optimiser needs more memory than running the model does (about 265 MB
against 185 MB with onnxruntime 1.32). Saving its result once, per model and onnxruntime
version, keeps later starts lean; the copy (about 86 MB, as its weights are folded to float)
lives in the cache folder and can be deleted at any time. The copy is made in a short process of
its own (`python -m interview_coach.embedding.optimized`), so the optimiser's memory is given
back to the system when it is done and never adds to a scoring process's peak. The copy's own
sha256 is recorded when it is written and checked before every load; a copy that does not match
is rebuilt.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

#: Building takes under a second here; a machine this slow is better served by the plain model.
BUILD_SECONDS = 120


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def optimized_copy(ort: Any, source: Path, source_sha256: str, folder: Path) -> Path | None:
    """The optimised model file, built if needed; None when it cannot be written here."""
    stem = f"minilm-{source_sha256[:16]}-ort{ort.__version__}"
    target = folder / f"{stem}.onnx"
    recorded = folder / f"{stem}.sha256"
    try:
        if (
            target.is_file()
            and recorded.is_file()
            and recorded.read_text().strip() == file_sha256(target)
        ):
            return target
        folder.mkdir(parents=True, exist_ok=True)
        return _build_apart(source, target, recorded)
    except OSError:
        return None


def _build_apart(source: Path, target: Path, recorded: Path) -> Path | None:
    """Runs `build` in a process of its own; None when that process could not make the copy."""
    command = [sys.executable, "-m", __name__, str(source), str(target), str(recorded)]
    environment = {**os.environ, "ORT_DISABLE_TELEMETRY": "1"}
    try:
        subprocess.run(
            command, env=environment, capture_output=True, check=True, timeout=BUILD_SECONDS
        )
    except (subprocess.SubprocessError, OSError):
        return None
    if recorded.is_file() and recorded.read_text().strip() == file_sha256(target):
        return target
    return None


def build(ort: Any, source: Path, target: Path, recorded: Path) -> Path:
    """Optimises `source` into `target` (atomically) and records the copy's sha256."""
    handle, scratch = tempfile.mkstemp(dir=target.parent, suffix=".onnx.part")
    os.close(handle)
    try:
        options = ort.SessionOptions()
        # Basic rewrites only: they are portable, and loading their result needs no more.
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_BASIC
        options.optimized_model_filepath = scratch
        options.log_severity_level = 3
        ort.InferenceSession(str(source), options, providers=["CPUExecutionProvider"])
        recorded.write_text(file_sha256(Path(scratch)) + "\n")
        os.replace(scratch, target)
    finally:
        if os.path.exists(scratch):
            os.unlink(scratch)
    return target


if __name__ == "__main__":
    os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
    import onnxruntime

    build(onnxruntime, *(Path(argument) for argument in sys.argv[1:4]))
