"""Sentence embeddings for relevance and near-duplicate checks, fully offline."""

from interview_coach.embedding.minilm import (
    Embedder,
    MiniLM,
    ModelUnavailable,
    default_embedder,
)
from interview_coach.embedding.remembered import Remembered

__all__ = ["Embedder", "MiniLM", "ModelUnavailable", "Remembered", "default_embedder"]
