"""Near-duplicate questions: a pluggable similarity, with a lexical default.

The default is a cosine over content words, each weighted by how much it says about which
question it is: words every question shares ("tell", "time", the coach's stock phrases) weigh
little, a seed's own words and the candidate's facts weigh most. The weights come from the
question bank itself, so no corpus is loaded. The threshold is measured by
``python -m bench.near_duplicates``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from functools import cache, lru_cache
from typing import Any, Protocol

from interview_coach.questions import voices
from interview_coach.questions.frames import OPENINGS
from interview_coach.questions.grammar import word_set
from interview_coach.questions.seeds import SEEDS

Similarity = Callable[[str, str], float]

#: At or above this, two questions count as the same question. Measured by
#: bench/near_duplicates.py on texts compared as the planner compares them: the same ask reframed
#: (other opening, depth, facts, mode) scores p1 0.70, different asks in the same frame with the
#: same facts p99 0.40, random different asks p99 0.24. At 0.5, 99.9% of reframed repeats are
#: caught and 0.7% of same-frame different asks are turned away (a little lost variety).
NEAR_DUPLICATE = 0.5

_STOPWORDS = word_set(
    """a an the and or but if of to in on at by for with from as into about over than then so
    that this these those it its is are was were be been being am do does did done have has had
    having i me my you your yours we our us they them their he she his her what which who whom
    when where why how would could should will can may might must shall not no nor any some
    each every all both more most other such only own same just very too also there here up out
    off again further once s t don ll ve re d m"""
)
_WORD = re.compile(r"[a-z0-9]+(?:['’-][a-z0-9]+)*")


def tokens(text: str) -> frozenset[str]:
    """Content words of a text, lower-cased and roughly stemmed."""
    return _tokens(text)


@lru_cache(maxsize=8192)
def _tokens(text: str) -> frozenset[str]:
    words = _WORD.findall(text.lower().replace("’", "'"))
    return frozenset(_stem(w) for w in words if w not in _STOPWORDS)


def _stem(word: str) -> str:
    word = word.removesuffix("'s")
    for suffix, keep in (("ing", 5), ("ed", 4), ("es", 5), ("s", 4)):
        if (
            word.endswith(suffix)
            and len(word) - len(suffix) >= keep - 1
            and not word.endswith("ss")
        ):
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=1 << 18)
def lexical_similarity(a: str, b: str) -> float:
    """Weighted cosine of the two texts' content words, 0 (nothing shared) to 1 (same words)."""
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0
    weight = _weight
    # fsum is exact whatever order a frozenset iterates in (that order changes with the hash
    # seed), so the same pair gets the same figure in every process.
    shared = math.fsum(weight(w) ** 2 for w in ta & tb)
    if not shared:
        return 0.0
    return min(1.0, shared / math.sqrt(_norm(ta) * _norm(tb)))


@lru_cache(maxsize=8192)
def _norm(words: frozenset[str]) -> float:
    return math.fsum(_weight(w) ** 2 for w in words)


def _weight(word: str) -> float:
    table, unseen = _weights()
    return table.get(word, unseen)


def rare(word: str) -> bool:
    """Whether no question of the bank uses this content word: a profile's own term."""
    return word not in _weights()[0]


@cache
def _weights() -> tuple[dict[str, float], float]:
    """Information content of each word: -log of the chance a question contains it."""
    chance: dict[str, float] = {}
    for share, texts in _parts():
        for text in texts:
            for word in _tokens(text):
                chance[word] = chance.get(word, 0.0) + share / len(texts)
    seed_count = sum(len(t) for s, t in _parts() if s == 1.0)
    floor = 0.5 / max(seed_count, 1)
    return {w: -math.log(min(p, 1.0) + floor) for w, p in chance.items()}, -math.log(floor)


def _parts() -> Iterable[tuple[float, Sequence[str]]]:
    """Each part of a question with the share of questions it appears in: every question has
    one seed, one opening and one tail of its type, and one voice."""
    seeds = [
        line
        for s in SEEDS.values()
        for line in (*s.experiences, *s.scenarios, *s.tasks, *s.asks, *s.twists, *s.dives)
    ]
    yield 1.0, seeds
    for openings in OPENINGS.values():
        yield 0.25, [o.text for o in openings]
    yield 1.0, list(voices.phrases())


class Embedder(Protocol):
    """Anything that turns texts into unit-length vectors, one row per text."""

    def embed(self, texts: Sequence[str]) -> Any: ...


def embedding_similarity(embedder: Embedder) -> Similarity:
    """A similarity from sentence embeddings (cosine of unit vectors), caching each text's vector.

    Its threshold differs from the lexical one: measure it with bench/near_duplicates.py.
    """
    cache_: dict[str, Any] = {}

    def vector(text: str) -> Any:
        if text not in cache_:
            cache_[text] = embedder.embed([text])[0]
        return cache_[text]

    def similar(a: str, b: str) -> float:
        return float(vector(a) @ vector(b))

    return similar


def without_facts(text: str, facts: tuple[str, ...]) -> str:
    """The text with the profile facts it quotes taken out, leaving what is asked.

    Two questions asking the same thing about different projects are the same question; two
    asking different things about the same project are not. Facts weigh heavily in a lexical
    comparison (they are rare words), so they are compared without.
    """
    if not facts:
        return text
    return _fact_pattern(facts).sub(" ", text)


@lru_cache(maxsize=64)
def _fact_pattern(facts: tuple[str, ...]) -> re.Pattern[str]:
    ordered = sorted({f for f in facts if f.strip()}, key=len, reverse=True)
    return re.compile("|".join(re.escape(f) for f in ordered), re.IGNORECASE)


@lru_cache(maxsize=16384)
def normalise(text: str) -> str:
    """The text as compared for exact repeats: lower case, words only."""
    return " ".join(_WORD.findall(text.lower()))


def repeats(text: str, earlier: str) -> bool:
    """Exact repeat: the same words, or the whole question inside an earlier, longer phrasing."""
    mine, theirs = normalise(text), normalise(earlier)
    return bool(mine) and (mine == theirs or f" {mine} " in f" {theirs} ")
