"""An embedder that remembers the vectors of texts that recur.

Questions recur: with its quoted facts and the coach's voice taken off, a question is one of
the bank's asks, shared by every candidate it is put to. Embedding each ask once per process
spares the model its longest inputs after the first time.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from interview_coach.embedding.minilm import Embedder, Vectors
from interview_coach.recent import Recent


class Remembered:
    """Wraps an embedder; keeps the last ``size`` texts' vectors (least recently used go)."""

    def __init__(self, embedder: Embedder, size: int = 4096) -> None:
        self.embedder = embedder
        self.fingerprint: str | None = getattr(embedder, "fingerprint", None)
        self._vectors: Recent[str, Vectors] = Recent(size)

    def embed(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return self.embedder.embed([])
        known = {t: v for t in dict.fromkeys(texts) if (v := self._vectors.get(t)) is not None}
        missing = [t for t in dict.fromkeys(texts) if t not in known]
        if missing:
            for text, vector in zip(missing, self.embedder.embed(missing), strict=True):
                known[text] = vector
                self._vectors.put(text, vector)
        return np.stack([known[t] for t in texts])

    def __len__(self) -> int:
        return len(self._vectors)
