"""Answering: assess the answer, choose the next question, store it all in one transaction."""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from interview_coach.assessment import Assessment, Assessor
from interview_coach.sessions import access, asking, inputs, replay
from interview_coach.sessions.asking import NextQuestion, Profiles, Setup
from interview_coach.sessions.errors import Conflict, QuestionMismatch
from interview_coach.sessions.starting import new_id
from interview_coach.sessions.state import (
    InterviewState,
    answers_in,
    current_attempt,
    load_state,
    question_view,
)
from interview_coach.sessions.views import AnswerOutcome, InterviewStatus, Tally
from interview_coach.store import Database
from interview_coach.store.schema import (
    AnswerRow,
    AttemptRow,
    DraftRow,
    FeedbackRow,
    InterviewRow,
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
    profiles: Profiles | None  # when the next question is still to be planned
    asked_before: list[str]
    ask_vector: np.ndarray | None  # the question's vector, as recorded when it was prepared

    @property
    def last(self) -> bool:
        return self.question.position >= self.state.attempt.planned_questions


def submit_answer(
    db: Database,
    assessor: Assessor,
    candidate_id: str,
    interview_id: str,
    answer_text: str,
    position: int | None = None,
    key: str | None = None,
) -> AnswerOutcome:
    """Scorecard, feedback and the next question; stored together or not at all.

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
    asked = _read(db, candidate_id, interview_id, assessor)
    interview, question = asked.state.interview, asked.question
    if position is not None and position != question.position:
        kept = _keep_as_draft(db, candidate_id, interview_id, question, text)
        raise QuestionMismatch(
            f"this answer was written for question {position}, but question "
            f"{question.position} is the one waiting; "
            + ("your text is kept as its draft" if kept else "it already has a draft"),
            question_view(question),
            kept,
        )
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
        attempt = current_attempt(session, interview.id)
        if key is not None and (again := replay.outcome_of(session, interview.id, answer_id)):
            return again  # the same answer, stored meanwhile by a request racing this one
        if (
            attempt.id != asked.state.attempt.id
            or attempt.finished_at is not None
            or answers_in(session, attempt.id) != question.position - 1
        ):
            raise Conflict(MOVED_ON)
        _store(session, attempt, question, text, assessment, answer_id)
        following = _following(session, asked, upcoming, candidate_id)
        _advance(interview, attempt, finished=asked.last)
        session.flush()
    return AnswerOutcome(
        interview.id,
        answer_id,
        attempt.number,
        question.position,
        assessment,
        question_view(following) if following is not None else None,
        Tally(question.position, attempt.planned_questions),
    )


def save_draft(db: Database, candidate_id: str, interview_id: str, text: str) -> None:
    """Keep the unsent answer to the current question; a blank draft is dropped."""
    draft_text = inputs.answer(text, "draft")
    with db.writing() as session:
        interview = access.interview_for(session, candidate_id, interview_id, lock=True)
        attempt = current_attempt(session, interview.id)
        answered = answers_in(session, attempt.id)
        question_id = session.scalar(
            select(QuestionRow.id).where(
                QuestionRow.interview_id == interview.id, QuestionRow.position == answered + 1
            )
        )
        if attempt.finished_at is not None or answered >= attempt.planned_questions:
            raise Conflict(CLOSED)
        if question_id is None:  # cannot happen: the next question is stored with each answer
            raise Conflict(MOVED_ON)
        draft = session.scalars(
            select(DraftRow).where(
                DraftRow.attempt_id == attempt.id, DraftRow.question_id == question_id
            )
        ).one_or_none()
        if not draft_text.strip():
            if draft is not None:
                session.delete(draft)
        elif draft is None:
            session.add(DraftRow(attempt_id=attempt.id, question_id=question_id, text=draft_text))
        else:
            draft.text, draft.updated_at = draft_text, now()
        interview.updated_at = now()


def _read(db: Database, candidate_id: str, interview_id: str, assessor: Assessor) -> _Asked:
    with db.reading() as session:
        interview = access.interview_for(session, candidate_id, interview_id)
        state = load_state(session, interview, every_attempt=False, feedback=False)
        question = state.current_question
        if question is None:
            raise Conflict(CLOSED)
        position = question.position
        needs_plan = (
            position < state.attempt.planned_questions and state.question_at(position + 1) is None
        )
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
        if not needs_plan:
            return _Asked(state, question, None, [], vector)
        profiles = Profiles.stored(session, interview.job_target_id)
        return _Asked(state, question, profiles, asking.ledger(session, candidate_id), vector)


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
        attempt = current_attempt(session, interview.id)
        found = session.scalars(
            select(DraftRow).where(
                DraftRow.attempt_id == attempt.id, DraftRow.question_id == question.id
            )
        ).one_or_none()
        if found is not None:
            return found.text == text
        session.add(DraftRow(attempt_id=attempt.id, question_id=question.id, text=text))
        return True


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
    if asked.last:
        return None
    position = asked.question.position + 1
    if upcoming is not None:
        return asking.ask(session, candidate_id, asked.state.interview.id, position, upcoming)
    return asked.state.question_at(position)


def _advance(interview: InterviewRow, attempt: AttemptRow, *, finished: bool) -> None:
    moment = now()
    interview.updated_at = moment
    if finished:
        attempt.finished_at = moment
        interview.status = InterviewStatus.FINISHED.value
        interview.finished_at = moment
