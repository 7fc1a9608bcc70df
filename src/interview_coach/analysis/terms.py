"""Content words, lightly stemmed, for lexical relevance."""

from __future__ import annotations

import re
from functools import lru_cache

from interview_coach.analysis.patterns import per_text

_TOKEN = re.compile(r"[a-z][a-z+#.\-]*[a-z+#]|[a-z]")
_STOP = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "tell",
        "time",
        "describe",
        "give",
        "example",
        "share",
        "walk",
        "talk",
        "think",
        "know",
        "like",
        "really",
        "also",
        "get",
        "got",
        "go",
        "went",
        "one",
        "us",
        "well",
        "kind",
        "thing",
        "things",
        "lot",
        "much",
        "many",
        "way",
        "yeah",
        "okay",
        "ok",
        "um",
        "uh",
        "ah",
        "uhm",
        "actually",
    ]
)


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    for suffix in (
        "ization",
        "isation",
        "ations",
        "ation",
        "ments",
        "ment",
        "ings",
        "ing",
        "ness",
        "ies",
        "ied",
        "ers",
        "ed",
        "es",
        "er",
        "ly",
        "s",
    ):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def content_terms(text: str) -> list[str]:
    return list(_content_terms(text))


@per_text
def _content_terms(text: str) -> tuple[str, ...]:
    """Cached: the analysis asks for the terms of the same clause and sentence several times."""
    return tuple(stem(t) for t in _TOKEN.findall(text.lower()) if t not in _STOP and len(t) > 1)


@lru_cache(maxsize=1)
def _generic_stems() -> frozenset[str]:
    from importlib import resources

    text = resources.files("interview_coach.analysis").joinpath("data/generic_words.txt")
    lines = (line for line in text.read_text().splitlines() if not line.startswith("#"))
    return frozenset(stem(word) for line in lines for word in line.split())


def without_generic(terms: frozenset[str]) -> frozenset[str]:
    """Of already stemmed content terms, those that are not boilerplate."""
    return terms - _generic_stems()


def specific_terms(text: str) -> set[str]:
    """Content words that say something checkable: not boilerplate, not announcing words."""
    return set(specific_words(text))


def specific_words(text: str) -> list[str]:
    """The content words of a text that are not boilerplate, each occurrence kept."""
    return list(_specific_words(text))


@per_text
def _specific_words(text: str) -> tuple[str, ...]:
    generic = _generic_stems()
    return tuple(t for t in _content_terms(text) if t not in generic)
