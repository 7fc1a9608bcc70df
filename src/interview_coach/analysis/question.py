"""What a question asks: its type, the competency it probes and its key terms."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from interview_coach.analysis.relevance import asks, asks_in
from interview_coach.analysis.terms import content_terms, stem
from interview_coach.competencies import catalog
from interview_coach.embedding import Embedder
from interview_coach.questions.phrasing import strip_voice
from interview_coach.vocabulary import QuestionType

_TYPE_PATTERNS: tuple[tuple[QuestionType, re.Pattern[str]], ...] = (
    (
        QuestionType.MOTIVATIONAL,
        re.compile(
            r"\bwhy (?:do|did|are|would|should|this|our|us)\b|\bwhat (?:motivates|drives|excites)"
            r"|\bwhere do you see yourself|\babout yourself\b|\byour (?:greatest )?weakness"
            r"|\bwhy (?:do you think )?(?:you|we)\b|\bwhat attracts you|\bchange one thing about"
            r"|\band why\b|\bfavou?rite\b|\bwhat do you (?:like|enjoy|value)",
            re.I,
        ),
    ),
    (
        QuestionType.TECHNICAL,
        re.compile(
            r"\bhow would you (?:design|build|implement|architect|scale|optimi[sz]e|model|test"
            r"|debug|structure|secure|migrate)|\bexplain\b|\bwhat is the difference"
            r"|\bhow does\b|\bhow do you (?:design|implement|ensure|decide|test|debug|measure)"
            r"|\bwalk me through how\b|\bdesign an?\b|\bwhat happens when\b",
            re.I,
        ),
    ),
    (
        QuestionType.SITUATIONAL,
        re.compile(
            r"\bwhat would you do\b|\bhow would you (?:handle|respond|deal|approach|react"
            r"|prioriti[sz]e|tell|convince)|\bimagine\b|\bsuppose\b|\bif you (?:were|had|found"
            r"|discovered|noticed|joined)|\bwhat would you\b|\bhow would you\b",
            re.I,
        ),
    ),
)

_WORDS = re.compile(r"[a-z][a-z'-]*[a-z]")


@dataclass(frozen=True, slots=True)
class Question:
    """A question prepared once, so each answer to it costs only the answer's own work.

    ``core`` is the ask itself: the question without the resume or job facts it quotes (an
    answer from the candidate's own field shares those words with any question) and without
    what the coach mode says around it (so an answer reads the same in every mode). Every
    score reads the core and the type, never the displayed wording: ``asks`` (what the core asks
    for, see analysis.relevance) and ``terms`` come from it alone.
    """

    text: str
    type: QuestionType
    competency: str | None  # the competency's name, for feedback; no score reads it
    asks: tuple[str, ...]
    terms: frozenset[str]
    core: str = ""
    vector: np.ndarray | None = field(default=None, compare=False)

    def words_of(self, stems: Iterable[str]) -> list[str]:
        """The question's own words behind these stems, to quote them readably."""
        words = self.words_by_stem()
        return [words.get(item, item) for item in stems]

    def words_by_stem(self) -> dict[str, str]:
        return {stem(word): word for word in reversed(_WORDS.findall(self.core.lower()))}


def infer_type(text: str) -> QuestionType:
    """Read the question type from its wording; behavioral when nothing else fits."""
    for question_type, pattern in _TYPE_PATTERNS:
        if pattern.search(text):
            return question_type
    return QuestionType.BEHAVIORAL


def prepare(
    text: str,
    question_type: QuestionType | None = None,
    embedder: Embedder | None = None,
    competency: str | None = None,
    grounding: Sequence[str] = (),
    vector: np.ndarray | None = None,
) -> Question:
    """Prepare a question; ``competency`` is a catalog id when the planner chose it.

    ``vector``, when given, is the embedding of the question's core made earlier by the same
    model (recorded with the question); the embedder is then not run.
    """
    core = _without_facts(strip_voice(text), grounding) or text
    name = _competency_name(competency, core)
    if embedder is None:
        vector = None  # without the model relevance is read lexically, whatever was recorded
    elif vector is None and core.strip():
        vector = embedder.embed([core])[0]
    return Question(
        text=text,
        type=question_type or infer_type(text),
        competency=name,
        asks=asks_in(core),
        terms=frozenset(content_terms(core)),
        core=core,
        vector=vector,
    )


def _competency_name(competency_id: str | None, core: str) -> str | None:
    if competency_id is not None:
        try:
            return catalog.competency(competency_id).name.lower()
        except KeyError:
            pass
    found = asks_in(core)
    return next((a.name for a in asks() if a.id in found), None)


def _without_facts(text: str, grounding: Sequence[str]) -> str:
    core = text
    for fact in sorted(grounding, key=len, reverse=True):
        if len(fact) >= 3:
            core = re.sub(re.escape(fact), " ", core, flags=re.IGNORECASE)
    return re.sub(r"\s{2,}", " ", core).strip()
