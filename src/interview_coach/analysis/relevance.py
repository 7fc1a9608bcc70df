"""How closely an answer speaks to its question: semantic when the model is there, else lexical."""

from __future__ import annotations

from dataclasses import dataclass
from math import sqrt

import numpy as np

from interview_coach.analysis.question import Question
from interview_coach.analysis.terms import content_terms
from interview_coach.embedding import Embedder

#: Interview questions of every kind, written by us. An answer's similarity to the question
#: asked is read against its similarity to these: a relevant answer fits its own question
#: better than it fits interview questions in general.
REFERENCE_QUESTIONS = (
    "Tell me about yourself.",
    "Why do you want this job?",
    "What is your greatest weakness?",
    "Tell me about a time you led a team.",
    "Describe a conflict with a colleague and how you resolved it.",
    "Tell me about a time you failed.",
    "How would you design a scalable web service?",
    "Explain how you would debug a production outage.",
    "What would you do if you missed an important deadline?",
    "Tell me about a time you persuaded someone to change their mind.",
    "How do you prioritise competing tasks?",
    "Describe a time you handled an unhappy customer.",
    "Where do you see yourself in five years?",
    "Tell me about a project you are proud of.",
    "How would you handle a teammate who is not pulling their weight?",
    "Describe a time you had to learn something new quickly.",
    "What motivates you at work?",
    "Tell me about a time you used data to make a decision.",
    "How do you make sure your work is high quality?",
    "Describe a situation where the requirements were unclear.",
)
#: A reference this close to the question asked is the same question; it is left out.
_SAME_QUESTION = 0.6
_references: dict[int, np.ndarray] = {}


@dataclass(frozen=True, slots=True)
class Relevance:
    similarity: float
    margin: float  # similarity to the question minus mean similarity to the references
    method: str  # "semantic" or "lexical"
    shared_terms: tuple[str, ...]
    competency: str | None
    competency_cues: tuple[str, ...]  # answer words that show it addresses the competency

    @property
    def addresses_competency(self) -> bool | None:
        return None if self.competency is None else bool(self.competency_cues)


def relevance(question: Question, answer: str, digest: str, embedder: Embedder | None) -> Relevance:
    """Similarity of the answer's digest to the question, plus what the whole answer shows."""
    terms = content_terms(answer)
    shared = tuple(sorted(question.words_of(question.terms.intersection(terms))))
    if embedder is not None and question.vector is not None:
        vector = embedder.embed([digest])[0]
        similarity, method = float(vector @ question.vector), "semantic"
        margin = similarity - _reference_similarity(embedder, question.vector, vector)
    else:
        similarity, method = _lexical_similarity(question.terms, terms), "lexical"
        margin = similarity
    lowered = " " + answer.lower()
    cues = tuple(cue.strip() for cue in question.competency_cues if cue in lowered)
    return Relevance(
        round(similarity, 4), round(margin, 4), method, shared, question.competency, cues
    )


def _reference_similarity(embedder: Embedder, question: np.ndarray, answer: np.ndarray) -> float:
    key = id(embedder)
    if key not in _references:
        _references[key] = embedder.embed(REFERENCE_QUESTIONS)
    references = _references[key]
    others = references[references @ question < _SAME_QUESTION]
    return float((others @ answer).mean()) if len(others) else 0.0


def _lexical_similarity(question_terms: frozenset[str], answer_terms: list[str]) -> float:
    """Share of the question's key terms the answer takes up, damped for very short answers."""
    if not question_terms or not answer_terms:
        return 0.0
    covered = len(question_terms.intersection(answer_terms)) / len(question_terms)
    return covered * min(1.0, sqrt(len(set(answer_terms)) / 20))
