"""Earlier questions prepared once for the repeat check, not again for every candidate text.

A session's planner tries a few dozen candidate texts per question against a ledger that grows
to hundreds of questions. The ledger is the same for every question of a session, so it is
prepared once (normalised and stripped of facts) and kept, with the verdict on each candidate
text it has judged: the same candidate texts come up question after question.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from functools import lru_cache

from interview_coach.planner.similarity import Similarity, normalise, without_facts
from interview_coach.questions.bank import without_depth
from interview_coach.questions.phrasing import strip_voice

#: Ledgers kept prepared: a few sessions' worth in one process.
KEPT = 32


@lru_cache(maxsize=16384)
def comparable(text: str, facts: tuple[str, ...]) -> str:
    """A question text as compared for repeats: what is asked, without the coach mode's
    framing, the depth demanded, or the profile facts quoted."""
    return without_facts(without_depth(strip_voice(text)), facts)


@dataclass(frozen=True, slots=True, eq=False)
class Earlier:
    """Earlier question texts, prepared: ``whole`` for exact repeats, ``asked`` (comparable
    texts, oldest first) for near ones, and the verdicts given so far."""

    whole: str
    asked: tuple[str, ...]
    memo: dict[tuple[str, Similarity, float], float | None] = field(default_factory=dict)
    exact: dict[str, bool] = field(default_factory=dict)

    def repeated(self, text: str) -> bool:
        """Whether the text is an earlier question, or inside a longer earlier phrasing."""
        found = self.exact.get(text)
        if found is None:
            # Every prepared text is " words " on a line of its own, and a normalised text has
            # no line break, so one search finds what a search per earlier text would.
            found = self.exact[text] = f" {normalise(text)} " in self.whole
        return found

    def first_similar(self, text: str, similar: Similarity, threshold: float) -> float | None:
        """The score of the oldest earlier question at least ``threshold`` similar to the
        (comparable) text, or None. Remembered: a session tries the same texts again and
        again against the same ledger."""
        key = (text, similar, threshold)
        if key in self.memo:
            return self.memo[key]
        found = None
        for before in self.asked:
            score = similar(text, before)
            if score >= threshold:
                found = score
                break
        self.memo[key] = found
        return found


def earlier(texts: Collection[str], facts: tuple[str, ...]) -> Earlier:
    """The texts prepared for the repeat check; the same texts are prepared once."""
    return _earlier(tuple(texts), facts)


@lru_cache(maxsize=KEPT)
def _earlier(texts: tuple[str, ...], facts: tuple[str, ...]) -> Earlier:
    plain = dict.fromkeys(strip_voice(t) for t in texts if t)
    asked = tuple(dict.fromkeys(comparable(t, facts) for t in plain))
    return Earlier("\n".join(f" {normalise(t)} " for t in plain), asked)
