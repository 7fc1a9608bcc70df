"""Scoring one answer end to end: analysis, rubric, feedback. The use case the edges call."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from interview_coach.analysis import AnswerAnalysis, Question, analyse, prepare
from interview_coach.embedding import Embedder, Remembered, default_embedder
from interview_coach.engine import Engine, EngineFailed, engine_named, feedback_brief
from interview_coach.feedback import Feedback
from interview_coach.recent import Recent
from interview_coach.rubric.score import score
from interview_coach.rubric.scorecard import Scorecard, Warning
from interview_coach.vocabulary import CoachMode, FeedbackLevel, QuestionType

_QUESTION_CACHE = 256
_QuestionKey = tuple[str, QuestionType | None, str | None, tuple[str, ...], str | None]


@dataclass(frozen=True, slots=True)
class Assessment:
    question: Question
    analysis: AnswerAnalysis
    scorecard: Scorecard
    feedback: Feedback

    def dimensions_line(self) -> str:
        """The eight scores on one line, e.g. for a log or a golden file."""
        return " ".join(f"{name}={score:g}" for name, score in self.scorecard.dimensions.items())

    def to_dict(self) -> dict[str, Any]:
        """The shape the CLI's --json and the API print."""
        card = self.scorecard.to_dict()
        length = self.analysis.length
        return {
            "question": self.question.text,
            "type": self.question.type.value,
            "overall": card["overall"],
            "band": card["band"],
            "dimensions": card["dimensions"],
            "evidence": card["evidence"],
            "feedback": self.feedback.to_dict(),
            "warnings": card["warnings"],
            "length": {
                "words": length.words,
                "speaking_seconds": length.speaking_seconds,
                "target": [length.target.low, length.target.high],
                "verdict": length.verdict.value,
            },
            "relevance_method": self.analysis.relevance.method,
        }


class Assessor:
    """Holds what is loaded once (the embedding model, prepared questions) across answers."""

    def __init__(self, embedder: Embedder | None = None, engine: Engine | None = None) -> None:
        self.embedder = embedder
        # Each ask is embedded once per process, whichever candidate and mode it comes in.
        self._asks = Remembered(embedder) if embedder is not None else None
        self.engine = engine or engine_named("builtin")
        self._questions: Recent[_QuestionKey, Question] = Recent(_QUESTION_CACHE)

    @property
    def fingerprint(self) -> str | None:
        """Names the model behind question vectors; None when they cannot be stored and reused."""
        return self._asks.fingerprint if self._asks is not None else None

    @classmethod
    def offline_default(cls, threads: int = 2) -> Assessor:
        return cls(embedder=default_embedder(threads))

    def has_prepared(
        self,
        text: str,
        question_type: QuestionType | None = None,
        competency: str | None = None,
        grounding: Sequence[str] = (),
        ask: str | None = None,
    ) -> bool:
        """Whether :meth:`question` would answer from memory, without the embedder."""
        return (text, question_type, competency, tuple(grounding), ask) in self._questions

    def question(
        self,
        text: str,
        question_type: QuestionType | None = None,
        competency: str | None = None,
        grounding: Sequence[str] = (),
        known_vector: np.ndarray | None = None,
        ask: str | None = None,
    ) -> Question:
        """Prepare a question once; later answers to it reuse its embedding.

        ``competency`` (a catalog id) and ``grounding`` (the resume or job facts the question
        quotes) come from the planner when it asked the question; ``ask`` is what it asks, as
        the planner recorded it (scores read it, not the wording). ``known_vector`` is the
        ask's embedding as recorded earlier by a model with this assessor's :attr:`fingerprint`.
        """
        key = (text, question_type, competency, tuple(grounding), ask)
        prepared = self._questions.get(key)
        if prepared is None:
            prepared = prepare(
                text, question_type, self._asks, competency, grounding, known_vector, ask
            )
            self._questions.put(key, prepared)
        return prepared

    def assess(
        self,
        question: str,
        answer: str,
        question_type: QuestionType | None = None,
        level: FeedbackLevel = FeedbackLevel.STANDARD,
        mode: CoachMode = CoachMode.GUIDE,
        *,
        competency: str | None = None,
        grounding: Sequence[str] = (),
        known_vector: np.ndarray | None = None,
        ask: str | None = None,
    ) -> Assessment:
        prepared = self.question(question, question_type, competency, grounding, known_vector, ask)
        analysis = analyse(prepared, answer, self.embedder)
        scorecard = score(analysis)
        brief = feedback_brief(prepared.text, scorecard, analysis, level, mode)
        try:
            feedback = self.engine.write_feedback(brief)
        except EngineFailed as failure:
            feedback = brief.draft
            note = Warning(
                "engine_fallback",
                f"The {self.engine.name} engine failed ({failure}); "
                "this feedback is from the built-in engine.",
            )
            scorecard = Scorecard(
                scorecard.question_type,
                scorecard.scores,
                scorecard.overall,
                (*scorecard.warnings, note),
            )
        return Assessment(prepared, analysis, scorecard, feedback)
