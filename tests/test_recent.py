"""Recent: a bounded memory that forgets what was used least recently."""

from __future__ import annotations

from interview_coach.recent import Recent


def test_an_entry_kept_is_found_and_one_never_kept_is_not() -> None:
    recent: Recent[str, int] = Recent(size=2)
    recent.put("one", 1)
    assert recent.get("one") == 1
    assert recent.get("two") is None
    assert "one" in recent
    assert "two" not in recent


def test_beyond_the_size_the_least_recently_used_entry_is_forgotten() -> None:
    recent: Recent[str, int] = Recent(size=2)
    recent.put("one", 1)
    recent.put("two", 2)
    recent.get("one")  # used again: now "two" is the oldest
    recent.put("three", 3)
    assert len(recent) == 2
    assert "two" not in recent
    assert recent.get("one") == 1
    assert recent.get("three") == 3


def test_putting_a_kept_entry_again_replaces_it_without_growing() -> None:
    recent: Recent[str, int] = Recent(size=2)
    recent.put("one", 1)
    recent.put("one", 10)
    assert len(recent) == 1
    assert recent.get("one") == 10
