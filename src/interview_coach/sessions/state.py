"""An interview as stored: its attempts, questions and answers, read in a few queries."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from interview_coach.recent import Recent
from interview_coach.rubric.scorecard import Scorecard
from interview_coach.sessions.views import InterviewQuestion, Tally
from interview_coach.store.schema import (
    AnswerRow,
    AttemptRow,
    FeedbackRow,
    InterviewRow,
    QuestionRow,
    ScorecardRow,
)
from interview_coach.vocabulary import QuestionType


@dataclass(frozen=True, slots=True)
class StoredAnswer:
    answer: AnswerRow
    scorecard: ScorecardRow
    feedback: FeedbackRow | None  # None when read without it (answering needs only scores)
    position: int

    @property
    def card(self) -> Scorecard:
        return _scorecard(self.answer.id, self.scorecard.card)


@dataclass(frozen=True, slots=True)
class InterviewState:
    interview: InterviewRow
    attempts: tuple[AttemptRow, ...]  # oldest first; the last is the current one
    questions: tuple[QuestionRow, ...]  # by position
    answers: Mapping[int, tuple[StoredAnswer, ...]]  # by attempt id, by position

    @property
    def attempt(self) -> AttemptRow:
        return self.attempts[-1]

    def answered(self, attempt: AttemptRow | None = None) -> tuple[StoredAnswer, ...]:
        return self.answers.get((attempt or self.attempt).id, ())

    def question_at(self, position: int) -> QuestionRow | None:
        if 1 <= position <= len(self.questions):
            question = self.questions[position - 1]
            if question.position == position:
                return question
        return next((q for q in self.questions if q.position == position), None)

    @property
    def current_question(self) -> QuestionRow | None:
        """The question waiting for an answer in the current attempt, if any."""
        attempt = self.attempt
        answered = len(self.answered())
        if attempt.finished_at is not None or answered >= attempt.planned_questions:
            return None
        return self.question_at(answered + 1)

    @property
    def tally(self) -> Tally:
        return Tally(len(self.answered()), self.attempt.planned_questions)


def load_state(
    session: Session,
    interview: InterviewRow,
    *,
    every_attempt: bool = True,
    feedback: bool = True,
) -> InterviewState:
    """The interview's state; only the current attempt's answers unless ``every_attempt``."""
    return load_states(session, [interview], every_attempt=every_attempt, feedback=feedback)[0]


def load_states(
    session: Session,
    interviews: Sequence[InterviewRow],
    *,
    every_attempt: bool = True,
    feedback: bool = True,
) -> list[InterviewState]:
    ids = [i.id for i in interviews]
    if not ids:
        return []
    attempts: dict[str, list[AttemptRow]] = defaultdict(list)
    for attempt in session.scalars(
        select(AttemptRow).where(AttemptRow.interview_id.in_(ids)).order_by(AttemptRow.number)
    ):
        attempts[attempt.interview_id].append(attempt)
    questions: dict[str, list[QuestionRow]] = defaultdict(list)
    for question in session.scalars(
        select(QuestionRow).where(QuestionRow.interview_id.in_(ids)).order_by(QuestionRow.position)
    ):
        questions[question.interview_id].append(question)
    wanted = [a.id for i in ids for a in (attempts[i] if every_attempt else attempts[i][-1:])]
    positions = {q.id: q.position for qs in questions.values() for q in qs}
    answers = _answers(session, wanted, positions, feedback)
    return [
        InterviewState(
            interview,
            tuple(attempts[interview.id]),
            tuple(questions[interview.id]),
            {a.id: answers.get(a.id, ()) for a in attempts[interview.id]},
        )
        for interview in interviews
    ]


def answers_in(session: Session, attempt_id: int) -> int:
    """How many answers the attempt has, as committed now (for re-checks before writing)."""
    return (
        session.scalar(
            select(func.count()).select_from(AnswerRow).where(AnswerRow.attempt_id == attempt_id)
        )
        or 0
    )


def current_attempt(session: Session, interview_id: str) -> AttemptRow:
    return session.scalars(
        select(AttemptRow)
        .where(AttemptRow.interview_id == interview_id)
        .order_by(AttemptRow.number.desc())
        .limit(1)
    ).one()


def question_view(question: QuestionRow) -> InterviewQuestion:
    return InterviewQuestion(
        question.position,
        question.text,
        QuestionType(question.type),
        question.competency,
        question.difficulty,
        tuple(str(g) for g in question.grounding),
        question.ask,
        question.hint,
    )


#: Scorecards read lately, by answer id. A stored scorecard never changes and an answer id is
#: never reused, so the planner need not parse an interview's earlier cards on every answer.
_CARDS: Recent[str, Scorecard] = Recent(4096)


def _scorecard(answer_id: str, stored: dict[str, Any]) -> Scorecard:
    card = _CARDS.get(answer_id)
    if card is None:
        card = Scorecard.from_dict(stored)
        _CARDS.put(answer_id, card)
    return card


def _answers(
    session: Session, attempt_ids: Sequence[int], positions: Mapping[int, int], feedback: bool
) -> dict[int, tuple[StoredAnswer, ...]]:
    if not attempt_ids:
        return {}
    found: dict[int, list[StoredAnswer]] = defaultdict(list)
    scored = (
        select(AnswerRow, ScorecardRow)
        .join(ScorecardRow, ScorecardRow.answer_id == AnswerRow.id)
        .where(AnswerRow.attempt_id.in_(attempt_ids))
    )
    if feedback:
        query = scored.add_columns(FeedbackRow).join(
            FeedbackRow, FeedbackRow.answer_id == AnswerRow.id
        )
        for answer, scorecard, written in session.execute(query):
            position = positions[answer.question_id]
            found[answer.attempt_id].append(StoredAnswer(answer, scorecard, written, position))
    else:
        for answer, scorecard in session.execute(scored):
            position = positions[answer.question_id]
            found[answer.attempt_id].append(StoredAnswer(answer, scorecard, None, position))
    return {k: tuple(sorted(v, key=lambda s: s.position)) for k, v in found.items()}
