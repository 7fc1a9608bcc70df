"""Choosing and wording the next question, and the ledger that keeps questions from repeating."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from interview_coach.engine import Engine, EngineFailed, question_brief
from interview_coach.planner import (
    AskedQuestion,
    PlanSettings,
    QuestionPlan,
    QuestionsExhausted,
    plan_next,
)
from interview_coach.profile import CandidateProfile, JobProfile
from interview_coach.questions import ask_of, phrase
from interview_coach.questions.phrasing import hint_of
from interview_coach.sessions.errors import NoNewQuestions
from interview_coach.sessions.state import InterviewState
from interview_coach.store import Database
from interview_coach.store.codec import candidate_from_dict, job_from_dict, plan_from_dict
from interview_coach.store.schema import JobTargetRow, LedgerEntryRow, QuestionRow
from interview_coach.vocabulary import CoachMode, SessionLength, TopicFocus

#: With repeats allowed, the questions asked most recently still never come back.
KEPT_WHEN_REPEATING = 100
NO_NEW_QUESTIONS = (
    "you have been asked every question the coach has for this resume, job and focus; "
    "choose another focus, or allow repeats to hear again the questions asked longest ago"
)


@dataclass(frozen=True, slots=True)
class Profiles:
    """What questions are grounded in: the candidate's resume and the job, profiled."""

    candidate: CandidateProfile
    job: JobProfile

    @classmethod
    def of(cls, target: JobTargetRow) -> Profiles:
        return cls(candidate_from_dict(target.candidate_profile), job_from_dict(target.job_profile))

    @classmethod
    def stored(cls, session: Session, target_id: str) -> Profiles:
        """The job target's profiles, without reading its (long) texts."""
        candidate, job = session.execute(
            select(JobTargetRow.candidate_profile, JobTargetRow.job_profile).where(
                JobTargetRow.id == target_id
            )
        ).one()
        return cls(candidate_from_dict(candidate), job_from_dict(job))


@dataclass(frozen=True, slots=True)
class Setup:
    """The interview's choices that shape its questions."""

    mode: CoachMode
    focus: TopicFocus
    length: SessionLength
    count: int
    seed: int

    @classmethod
    def of(cls, state: InterviewState) -> Setup:
        interview = state.interview
        return cls(
            CoachMode(interview.mode),
            TopicFocus(interview.focus),
            SessionLength(interview.length),
            interview.planned_questions,
            interview.seed,
        )


@dataclass(frozen=True, slots=True)
class NextQuestion:
    """A planned question: ``text`` as the engine worded it, ``ask`` what it asks (scored)."""

    plan: QuestionPlan
    text: str
    ask: str
    hint: str | None = None


def plan_question(
    engine: Engine,
    profiles: Profiles,
    setup: Setup,
    history: Sequence[AskedQuestion],
    asked_before: Sequence[str],
    *,
    allow_repeats: bool = False,
) -> NextQuestion:
    """The next question, adapted to the scored answers in ``history``, new to the candidate.

    When no new question is left: with ``allow_repeats`` the questions asked longest ago may
    come back (the most recent :data:`KEPT_WHEN_REPEATING` never do), else NoNewQuestions.
    """
    settings = PlanSettings(
        mode=setup.mode, focus=setup.focus, length=setup.length, count=setup.count
    )
    ledgers = [asked_before]
    if allow_repeats:
        ledgers += [asked_before[-KEPT_WHEN_REPEATING:], []]
    for ledger_now in ledgers:
        try:
            plan = plan_next(
                profiles.candidate, profiles.job, settings, history, ledger_now, setup.seed
            )
        except QuestionsExhausted:
            continue
        return NextQuestion(
            plan, phrase_question(engine, plan, setup.mode), ask_of(plan), hint_of(plan, setup.mode)
        )
    raise NoNewQuestions(NO_NEW_QUESTIONS)


def phrase_question(engine: Engine, plan: QuestionPlan, mode: CoachMode) -> str:
    """The engine's wording, or the built-in one when the engine fails or says nothing."""
    try:
        text = engine.phrase_question(question_brief(plan, mode)).text.strip()
    except EngineFailed:
        text = ""
    return text or phrase(plan, mode)


def history_of(state: InterviewState) -> list[AskedQuestion]:
    """The first attempt's questions so far, each with its plan and, once answered, scorecard."""
    first = state.attempts[0]
    cards = {s.answer.question_id: s.card for s in state.answered(first)}
    return [
        AskedQuestion(q.ask or q.text, plan_from_dict(q.plan), cards.get(q.id))
        for q in state.questions
    ]


def ledger(session: Session, candidate_id: str) -> list[str]:
    """What every question ever asked of the candidate asked, oldest first."""
    return list(
        session.scalars(
            select(func.coalesce(LedgerEntryRow.ask, LedgerEntryRow.text))
            .where(LedgerEntryRow.candidate_id == candidate_id)
            .order_by(LedgerEntryRow.id)
        )
    )


def ask(
    session: Session, candidate_id: str, interview_id: str, position: int, question: NextQuestion
) -> QuestionRow:
    """Store the question at its position and enter it in the candidate's ledger."""
    plan = question.plan
    row = QuestionRow(
        interview_id=interview_id,
        position=position,
        text=question.text,
        ask=question.ask,
        hint=question.hint,
        type=plan.type.value,
        competency=plan.competency,
        difficulty=plan.difficulty,
        grounding=list(plan.grounding),
        plan=plan.to_dict(),
    )
    session.add(row)
    session.add(
        LedgerEntryRow(
            candidate_id=candidate_id,
            interview_id=interview_id,
            text=question.text,
            ask=question.ask,
        )
    )
    return row


def record_ask(
    db: Database, interview_id: str, position: int, text: str, vector: np.ndarray, model: str
) -> None:
    """Keep the question's prepared vector with it, once, for whichever app process scores
    the answer; ``model`` is the embedder's fingerprint."""
    with db.writing() as session:
        session.execute(
            update(QuestionRow)
            .where(
                QuestionRow.interview_id == interview_id,
                QuestionRow.position == position,
                QuestionRow.text == text,
                QuestionRow.ask_vector.is_(None),
            )
            .values(ask_vector=vector.astype("<f4").tobytes(), ask_model=model)
        )


def recorded_ask(session: Session, question_id: int, model: str | None) -> np.ndarray | None:
    """The question's recorded vector when the same model made it, else None."""
    if model is None:
        return None
    found = session.execute(
        select(QuestionRow.ask_vector, QuestionRow.ask_model).where(QuestionRow.id == question_id)
    ).one_or_none()
    if found is None or found.ask_vector is None or found.ask_model != model:
        return None
    return np.frombuffer(found.ask_vector, dtype="<f4")
