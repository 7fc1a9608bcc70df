"""An embedder that remembers the vectors of texts that recur.

Questions recur: with its quoted facts and the coach's voice taken off, a question is one of
the bank's asks, shared by every candidate it is put to. Embedding each ask once per process
spares the model its longest inputs after the first time.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence

import numpy as np

from interview_coach.embedding.minilm import Embedder, Vectors


class Remembered:
    """Wraps an embedder; keeps the last ``size`` texts' vectors (least recently used go)."""

    def __init__(self, embedder: Embedder, size: int = 4096) -> None:
        self.embedder = embedder
        self.fingerprint: str | None = getattr(embedder, "fingerprint", None)
        self.size = size
        self._vectors: OrderedDict[str, Vectors] = OrderedDict()
        self._lock = threading.Lock()

    def embed(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return self.embedder.embed([])
        with self._lock:
            known = {t: self._vectors[t] for t in texts if t in self._vectors}
            for text in known:
                self._vectors.move_to_end(text)
        missing = [t for t in dict.fromkeys(texts) if t not in known]
        if missing:
            known.update(zip(missing, self.embedder.embed(missing), strict=True))
            with self._lock:
                for text in missing:
                    self._vectors[text] = known[text]
                while len(self._vectors) > self.size:
                    self._vectors.popitem(last=False)
        return np.stack([known[t] for t in texts])

    def __len__(self) -> int:
        return len(self._vectors)
