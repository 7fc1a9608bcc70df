"""An interview as stored: its attempts, questions and answers, read in a few queries."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from interview_coach.interviews import Attempt, Interview, InterviewStatus
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
    now,
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
    counts: Mapping[int, int]  # answers per attempt id, whether read or not

    @property
    def attempt(self) -> AttemptRow:
        return self.attempts[-1]

    @property
    def model(self) -> Interview:
        """The interview's rules over this state: what it decides is what gets stored."""
        return model_of(self.attempts, self.counts, len(self.questions))

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
        waiting = self.model.waiting
        return self.question_at(waiting) if waiting is not None else None

    @property
    def tally(self) -> Tally:
        return tally_of(self.model.current)


def model_of(attempts: Sequence[AttemptRow], counts: Mapping[int, int], asked: int) -> Interview:
    return Interview(
        tuple(
            Attempt(a.number, a.planned_questions, counts.get(a.id, 0), a.finished_at is not None)
            for a in attempts
        ),
        asked,
    )


def tally_of(attempt: Attempt) -> Tally:
    return Tally(attempt.answered, attempt.planned)


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
    counts = {attempt_id: len(found) for attempt_id, found in answers.items()}
    unread = [a.id for i in ids for a in attempts[i] if a.id not in set(wanted)]
    counts.update(_counts(session, unread))
    return [
        InterviewState(
            interview,
            tuple(attempts[interview.id]),
            tuple(questions[interview.id]),
            {a.id: answers.get(a.id, ()) for a in attempts[interview.id]},
            counts,
        )
        for interview in interviews
    ]


def locked_model(session: Session, interview_id: str) -> tuple[Interview, list[AttemptRow]]:
    """The interview's model as committed now, and its attempts' rows (for re-checks inside
    the write transaction, after the interview's row is locked)."""
    attempts = list(
        session.scalars(
            select(AttemptRow)
            .where(AttemptRow.interview_id == interview_id)
            .order_by(AttemptRow.number)
        )
    )
    asked = (
        session.scalar(
            select(func.count())
            .select_from(QuestionRow)
            .where(QuestionRow.interview_id == interview_id)
        )
        or 0
    )
    return model_of(attempts, _counts(session, [a.id for a in attempts]), asked), attempts


def store_status(
    interview: InterviewRow, attempts: Sequence[AttemptRow], decided: Interview
) -> None:
    """Store what the model decided: which attempts are finished, and the interview's status."""
    moment = now()
    for row, attempt in zip(attempts, decided.attempts, strict=False):
        if attempt.finished and row.finished_at is None:
            row.finished_at = moment
    status = decided.status.value
    if interview.status != status:
        interview.status = status
        interview.finished_at = moment if decided.status is InterviewStatus.FINISHED else None
    interview.updated_at = moment


def _counts(session: Session, attempt_ids: Sequence[int]) -> dict[int, int]:
    if not attempt_ids:
        return {}
    rows = session.execute(
        select(AnswerRow.attempt_id, func.count())
        .where(AnswerRow.attempt_id.in_(attempt_ids))
        .group_by(AnswerRow.attempt_id)
    )
    return {attempt_id: int(count) for attempt_id, count in rows}


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
        _follows(question.plan),
    )


def _follows(plan: Any) -> int | None:
    """The 1-based position a follow-up's plan goes back to (``revisits`` is 0-based)."""
    if not isinstance(plan, dict) or not plan.get("follow_up"):
        return None
    revisits = plan.get("revisits")
    return int(revisits) + 1 if isinstance(revisits, int) else None


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
