from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from interview_coach.planner import NEAR_DUPLICATE, embedding_similarity, lexical_similarity
from interview_coach.planner.similarity import repeats, without_facts


def test_the_same_question_is_fully_similar() -> None:
    text = "Tell me about a time you disagreed strongly with a colleague."
    assert lexical_similarity(text, text) == 1.0


def test_the_same_ask_in_other_words_around_it_is_a_near_duplicate() -> None:
    first = "Tell me about a time you disagreed strongly with a colleague. What happened?"
    second = "Tell me about a time you disagreed strongly with a colleague. What was your part?"
    assert lexical_similarity(first, second) >= NEAR_DUPLICATE


def test_different_asks_in_the_same_frame_are_not() -> None:
    first = "Tell me about a time you disagreed strongly with a colleague. What happened?"
    second = "Tell me about a time you took over a project that was in trouble. What happened?"
    assert lexical_similarity(first, second) < NEAR_DUPLICATE


def test_facts_are_left_out_of_the_comparison() -> None:
    text = "The role asks for Kafka. How would you model the data?"
    assert without_facts(text, ("Kafka",)).split() == [
        "The",
        "role",
        "asks",
        "for",
        ".",
        "How",
        "would",
        "you",
        "model",
        "the",
        "data?",
    ]


def test_an_exact_repeat_is_found_inside_a_longer_phrasing() -> None:
    assert repeats("How would you model the data?", "No rush. How would you model the data? Go.")
    assert not repeats("How would you model the data?", "How would you model the team?")


class _FakeEmbedder:
    def embed(self, texts: Sequence[str]) -> np.ndarray:
        rows = [np.array([1.0, 0.0]) if "data" in t else np.array([0.0, 1.0]) for t in texts]
        return np.array(rows)


def test_embeddings_plug_in_as_a_similarity() -> None:
    similar = embedding_similarity(_FakeEmbedder())
    assert similar("model the data", "clean the data") == 1.0
    assert similar("model the data", "lead the team") == 0.0
