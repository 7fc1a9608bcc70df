"""Answers that cannot be judged as answers: empty, gibberish, pasted back, repeated, foreign."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from interview_coach.analysis.lexicon import ENGLISH_FUNCTION_WORDS, OTHER_LANGUAGE_WORDS
from interview_coach.analysis.terms import content_terms
from interview_coach.analysis.text import Sentence

#: Past this many characters the rest of an answer is not read (about 2,000 words).
MAX_ANSWER_CHARS = 12_000
_VOWELS = re.compile(r"[aeiouy]", re.I)
_CONSONANT_RUN = re.compile(r"[bcdfghjklmnpqrstvwxz]{5,}", re.I)


class Problem(StrEnum):
    EMPTY = "empty"
    GIBBERISH = "gibberish"
    QUESTION_PASTED = "question_pasted"
    REPEATED = "repeated"
    OTHER_LANGUAGE = "other_language"
    TRUNCATED = "truncated"


@dataclass(frozen=True, slots=True)
class Finding:
    problem: Problem
    message: str


def cap(text: str) -> tuple[str, Finding | None]:
    """Cut an absurdly long answer at a sentence boundary near the limit."""
    if len(text) <= MAX_ANSWER_CHARS:
        return text, None
    cut = text.rfind(".", 0, MAX_ANSWER_CHARS)
    cut = cut + 1 if cut > MAX_ANSWER_CHARS // 2 else MAX_ANSWER_CHARS
    message = (
        f"This answer is {len(text.split()):,} words long; an interviewer would stop listening "
        f"long before the end. Only the first {len(text[:cut].split()):,} words were read."
    )
    return text[:cut], Finding(Problem.TRUNCATED, message)


def find_problems(
    text: str, sentences: Sequence[Sentence], words: Sequence[str], question: str
) -> list[Finding]:
    if not words:
        return [Finding(Problem.EMPTY, "There is no answer to score: the text is empty.")]
    lowered = Counter(w.lower() for w in words)
    findings = []
    language = _other_language(lowered)
    if language:
        findings.append(
            Finding(
                Problem.OTHER_LANGUAGE,
                f"This answer looks like {language}. The coach scores answers in English, so "
                "this one could not be judged fairly.",
            )
        )
    elif _is_gibberish(lowered):
        findings.append(
            Finding(
                Problem.GIBBERISH,
                "This does not read as an answer: most of it is not recognisable words.",
            )
        )
    if _pastes_question(text, question):
        findings.append(
            Finding(
                Problem.QUESTION_PASTED,
                "The answer mostly repeats the question back and adds almost nothing of its own.",
            )
        )
    if _repeats_itself(sentences):
        findings.append(
            Finding(
                Problem.REPEATED,
                "The same sentence is repeated over and over; repeats were counted only once.",
            )
        )
    return findings


def _other_language(lowered: Counter[str]) -> str | None:
    if lowered.total() < 6:
        return None
    english = _how_many(lowered, ENGLISH_FUNCTION_WORDS)
    scores = {
        name: _how_many(lowered, vocabulary) for name, vocabulary in OTHER_LANGUAGE_WORDS.items()
    }
    name, best = max(scores.items(), key=lambda item: item[1])
    return name if best >= 3 and best > 1.5 * english else None


@lru_cache(maxsize=16384)
def _odd(word: str) -> bool:
    """A word with no vowel (and not a number), or with a run of five consonants."""
    return (not _VOWELS.search(word) and not word.isdigit()) or bool(_CONSONANT_RUN.search(word))


def _how_many(lowered: Counter[str], vocabulary: frozenset[str]) -> int:
    """How many of the answer's words (each time it is used) are in the vocabulary."""
    return sum(lowered[word] for word in vocabulary.intersection(lowered))


def _is_gibberish(lowered: Counter[str]) -> bool:
    odd = sum(count for word, count in lowered.items() if _odd(word))
    common = _how_many(lowered, ENGLISH_FUNCTION_WORDS)
    size = lowered.total()
    if size < 4:
        return common == 0 and odd >= 1
    if size < 12:  # a terse answer may have no function words and still be English
        return odd / size > 0.3
    return odd / size > 0.3 or common / size < 0.05


def _pastes_question(text: str, question: str) -> bool:
    question_terms = set(content_terms(question))
    answer_terms = content_terms(text)
    if not question_terms or not answer_terms:
        return False
    new_terms = [t for t in answer_terms if t not in question_terms]
    return len(new_terms) < 6 and len(set(answer_terms) & question_terms) >= 0.6 * len(
        question_terms
    )


def _repeats_itself(sentences: Sequence[Sentence]) -> bool:
    if len(sentences) < 3:
        return False
    counts = Counter(" ".join(s.lower_words) for s in sentences)
    return counts.most_common(1)[0][1] >= 3 and len(counts) <= len(sentences) / 2


def unique_sentences(sentences: Sequence[Sentence]) -> list[Sentence]:
    """The answer's sentences, each distinct wording once."""
    seen: set[str] = set()
    kept: list[Sentence] = []
    for sentence in sentences:
        key = " ".join(sentence.lower_words)
        if key not in seen:
            seen.add(key)
            kept.append(sentence)
    return renumbered(kept)


def renumbered(sentences: Sequence[Sentence]) -> list[Sentence]:
    """The same sentences, indexed 0, 1, 2 ... in their order."""
    return [Sentence(i, s.start, s.end, s.text) for i, s in enumerate(sentences)]
