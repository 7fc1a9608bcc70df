"""Sentence embeddings for relevance and near-duplicate checks, fully offline."""

from interview_coach.embedding.minilm import (
    Embedder,
    MiniLM,
    ModelUnavailable,
    default_embedder,
)

__all__ = ["Embedder", "MiniLM", "ModelUnavailable", "default_embedder"]
