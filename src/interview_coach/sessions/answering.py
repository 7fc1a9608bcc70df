"""Answering: assess the answer, choose the next question, store it all in one transaction."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from interview_coach.assessment import Assessment, Assessor
from interview_coach.interviews import Answered as Decision
from interview_coach.interviews import (
    Closed,
    DraftChange,
    MovedOn,
    WrongQuestion,
    draft_change,
    keeps_mismatched_answer,
)
from interview_coach.sessions import access, asking, inputs, replay
from interview_coach.sessions.asking import NextQuestion, Profiles, Setup
from interview_coach.sessions.errors import Conflict, QuestionMismatch
from interview_coach.sessions.starting import new_id
from interview_coach.sessions.state import (
    InterviewState,
    load_state,
    locked_model,
    question_view,
    store_status,
    tally_of,
)
from interview_coach.sessions.views import AnswerOutcome
from interview_coach.store import Database
from interview_coach.store.schema import (
    AnswerRow,
    AttemptRow,
    DraftRow,
    FeedbackRow,
    QuestionRow,
    ScorecardRow,
    now,
)
from interview_coach.vocabulary import CoachMode, FeedbackLevel, QuestionType

CLOSED = "this interview is finished; retake it to answer again, or start a new one"
MOVED_ON = (
    "this question has already been answered (perhaps in another window); "
    "reload the interview to see where it stands"
)


@dataclass(frozen=True, slots=True)
class _Asked:
    """What the read phase found: the question to answer and what planning the next needs."""

    state: InterviewState
    question: QuestionRow
    decision: Decision  # what answering it does, as the interview's model decides
    profiles: Profiles | None  # when the next question is still to be planned
    asked_before: list[str]
    ask_vector: np.ndarray | None  # the question's vector, as recorded when it was prepared


def submit_answer(
    db: Database,
    assessor: Assessor,
    candidate_id: str,
    interview_id: str,
    answer_text: str,
    position: int | None = None,
    key: str | None = None,
    also: Callable[[Session, str, QuestionRow | None], None] | None = None,
) -> AnswerOutcome:
    """Scorecard, feedback and the next question; stored together or not at all.

    ``also`` joins the transaction that stores a new answer (with the session, the answer's
    id and the question that follows it), so what it writes is stored with the answer.

    ``position`` names the question answered: another one waiting raises QuestionMismatch
    (keeping the text as that question's draft). An answer sent again with the same ``key``
    gets the stored outcome back. The slow work (assessment, planning) happens between a read
    and a short write transaction; the write re-checks that nobody answered meanwhile.
    """
    text = inputs.answer(answer_text)
    answer_id = new_id() if key is None else replay.keyed_answer_id(candidate_id, interview_id, key)
    if key is not None:
        stored = replay.stored_outcome(db, candidate_id, interview_id, answer_id)
        if stored is not None:
            return stored
    asked = _read(db, candidate_id, interview_id, assessor, position)
    if isinstance(asked, QuestionRow):  # the answer was written for another question
        kept = _keep_as_draft(db, candidate_id, interview_id, asked, text)
        raise QuestionMismatch(
            f"this answer was written for question {position}, but question "
            f"{asked.position} is the one waiting; "
            + ("your text is kept as its draft" if kept else "it already has a draft"),
            question_view(asked),
            kept,
        )
    interview, question = asked.state.interview, asked.question
    assessment = assessor.assess(
        question.text,
        text,
        QuestionType(question.type),
        FeedbackLevel(interview.level),
        CoachMode(interview.mode),
        competency=question.competency,
        grounding=tuple(question.grounding),
        known_vector=asked.ask_vector,
        ask=question.ask,
    )
    profiles = asked.profiles
    upcoming = _plan_next(assessor, asked, profiles, assessment) if profiles is not None else None
    with db.writing() as session:
        interview = access.interview_for(session, candidate_id, interview_id, lock=True)
        if key is not None and (again := replay.outcome_of(session, interview.id, answer_id)):
            return again  # the same answer, stored meanwhile by a request racing this one
        model, attempts = locked_model(session, interview.id)
        try:  # the same rule again, on what is committed now: nobody answered meanwhile
            decided = model.answer(
                question.position, attempt=asked.decision.interview.current.number
            )
        except MovedOn:
            raise Conflict(MOVED_ON) from None
        _store(session, attempts[-1], question, text, assessment, answer_id)
        following = _following(session, asked, upcoming, candidate_id)
        store_status(interview, attempts, decided.interview)
        session.flush()
        if also is not None:
            also(session, answer_id, following)
    return AnswerOutcome(
        interview.id,
        answer_id,
        decided.interview.current.number,
        question.position,
        assessment,
        question_view(following) if following is not None else None,
        tally_of(decided.interview.current),
    )


def save_draft(db: Database, candidate_id: str, interview_id: str, text: str) -> None:
    """Keep the unsent answer to the current question; a blank draft is dropped."""
    draft_text = inputs.answer(text, "draft")
    with db.writing() as session:
        interview = access.interview_for(session, candidate_id, interview_id, lock=True)
        model, attempts = locked_model(session, interview.id)
        try:
            position = model.draft_position()
        except Closed:
            raise Conflict(CLOSED) from None
        attempt = attempts[-1]
        question_id = session.scalar(
            select(QuestionRow.id).where(
                QuestionRow.interview_id == interview.id, QuestionRow.position == position
            )
        )
        if question_id is None:  # cannot happen: the next question is stored with each answer
            raise Conflict(MOVED_ON)
        draft = _draft(session, attempt.id, question_id)
        change = draft_change(draft.text if draft is not None else None, draft_text)
        if change is DraftChange.DROP and draft is not None:
            session.delete(draft)
        elif change is DraftChange.ADD:
            session.add(DraftRow(attempt_id=attempt.id, question_id=question_id, text=draft_text))
        elif change is DraftChange.REPLACE and draft is not None:
            draft.text, draft.updated_at = draft_text, now()
        interview.updated_at = now()


def _draft(session: Session, attempt_id: int, question_id: int) -> DraftRow | None:
    return session.scalars(
        select(DraftRow).where(
            DraftRow.attempt_id == attempt_id, DraftRow.question_id == question_id
        )
    ).one_or_none()


def _read(
    db: Database, candidate_id: str, interview_id: str, assessor: Assessor, position: int | None
) -> _Asked | QuestionRow:
    """What answering needs; or the question waiting, when the answer names another one."""
    with db.reading() as session:
        interview = access.interview_for(session, candidate_id, interview_id)
        state = load_state(session, interview, every_attempt=False, feedback=False)
        try:
            decision = state.model.answer(position)
        except Closed:
            raise Conflict(CLOSED) from None
        except WrongQuestion as wrong:
            return state.question_at(wrong.waiting) or _missing()
        question = state.question_at(decision.position) or _missing()
        prepared_here = assessor.has_prepared(
            question.text,
            QuestionType(question.type),
            question.competency,
            question.grounding,
            question.ask,
        )
        vector = (
            None
            if prepared_here
            else asking.recorded_ask(session, question.id, assessor.fingerprint)
        )
        if not decision.plan_next:
            return _Asked(state, question, decision, None, [], vector)
        profiles = Profiles.stored(session, interview.job_target_id)
        return _Asked(
            state, question, decision, profiles, asking.ledger(session, candidate_id), vector
        )


def _missing() -> QuestionRow:
    # Cannot happen: each question is stored before it can be waiting.
    raise Conflict(MOVED_ON)


def _plan_next(
    assessor: Assessor, asked: _Asked, profiles: Profiles, assessment: Assessment
) -> NextQuestion:
    history = asking.history_of(asked.state)
    index = asked.question.position - 1
    history[index] = replace(history[index], scorecard=assessment.scorecard)
    return asking.plan_question(
        assessor.engine,
        profiles,
        Setup.of(asked.state),
        history[: index + 1],
        asked.asked_before,
        allow_repeats=True,  # under way, the interview goes on with the questions asked longest ago
    )


def _keep_as_draft(
    db: Database, candidate_id: str, interview_id: str, question: QuestionRow, text: str
) -> bool:
    """The text as the question's draft, unless it has one (typed in the tab that is current)."""
    if not text.strip():
        return False
    with db.writing() as session:
        interview = access.interview_for(session, candidate_id, interview_id, lock=True)
        _, attempts = locked_model(session, interview.id)
        found = _draft(session, attempts[-1].id, question.id)
        existing = found.text if found is not None else None
        kept = keeps_mismatched_answer(existing, text)
        if kept and found is None:
            session.add(DraftRow(attempt_id=attempts[-1].id, question_id=question.id, text=text))
        return kept


def _store(
    session: Session,
    attempt: AttemptRow,
    question: QuestionRow,
    text: str,
    assessment: Assessment,
    answer_id: str,
) -> None:
    shown = assessment.to_dict()
    answer = AnswerRow(
        id=answer_id,
        attempt_id=attempt.id,
        question_id=question.id,
        text=text,
        length=shown["length"],
        relevance_method=shown["relevance_method"],
    )
    session.add(answer)
    session.flush()
    card = assessment.scorecard
    session.add(
        ScorecardRow(
            answer_id=answer.id, overall=card.overall, band=card.band.value, card=card.to_dict()
        )
    )
    feedback = assessment.feedback
    session.add(
        FeedbackRow(
            answer_id=answer.id,
            level=feedback.level.value,
            mode=feedback.mode.value,
            body=shown["feedback"],
        )
    )
    session.execute(
        delete(DraftRow).where(
            DraftRow.attempt_id == attempt.id, DraftRow.question_id == question.id
        )
    )


def _following(
    session: Session, asked: _Asked, upcoming: NextQuestion | None, candidate_id: str
) -> QuestionRow | None:
    """The next question: newly planned (and entered in the ledger), or a retake's next one."""
    position = asked.decision.next_position
    if position is None:
        return None
    if upcoming is not None:
        return asking.ask(session, candidate_id, asked.state.interview.id, position, upcoming)
    return asked.state.question_at(position)
