"""Remembered: each recurring text is embedded once, and the rows still match the texts."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from interview_coach.embedding import Remembered


class CountingEmbedder:
    """A stand-in that turns a text into a vector of its length and counts what it was given."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        self.seen.extend(texts)
        return np.array([[float(len(t)), 1.0] for t in texts], dtype=np.float32).reshape(-1, 2)


def test_a_text_seen_before_is_not_embedded_again() -> None:
    inner = CountingEmbedder()
    remembered = Remembered(inner)
    first = remembered.embed(["How would you design it?"])
    again = remembered.embed(["How would you design it?"])
    assert inner.seen == ["How would you design it?"]
    assert np.array_equal(first, again)


def test_rows_follow_the_texts_asked_for_with_repeats_and_a_mix_of_old_and_new() -> None:
    inner = CountingEmbedder()
    remembered = Remembered(inner)
    remembered.embed(["bb"])
    rows = remembered.embed(["a", "bb", "a", "cccc"])
    assert rows[:, 0].tolist() == [1.0, 2.0, 1.0, 4.0]
    assert inner.seen == ["bb", "a", "cccc"]


def test_the_least_recently_used_text_is_forgotten_beyond_the_size() -> None:
    inner = CountingEmbedder()
    remembered = Remembered(inner, size=2)
    remembered.embed(["one"])
    remembered.embed(["two"])
    remembered.embed(["one"])  # used again: now "two" is the oldest
    remembered.embed(["three"])
    assert len(remembered) == 2
    remembered.embed(["one", "two"])
    assert inner.seen == ["one", "two", "three", "two"]


def test_no_texts_gives_no_rows() -> None:
    assert Remembered(CountingEmbedder()).embed([]).shape[0] == 0
