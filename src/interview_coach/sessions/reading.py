"""Reading interviews back: to resume one, to list them, and as records for reports."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from interview_coach.interviews import Attempt
from interview_coach.report.records import (
    AnsweredQuestion,
    AttemptRecord,
    InterviewRecord,
    JobTarget,
)
from interview_coach.sessions import access, inputs
from interview_coach.sessions.state import (
    InterviewState,
    load_state,
    load_states,
    question_view,
    tally_of,
)
from interview_coach.sessions.views import (
    AnswerView,
    InterviewStatus,
    InterviewSummary,
    InterviewView,
)
from interview_coach.store import Database
from interview_coach.store.schema import (
    AnswerRow,
    AttemptRow,
    DraftRow,
    InterviewRow,
    JobTargetRow,
    ScorecardRow,
)
from interview_coach.vocabulary import (
    CoachMode,
    FeedbackLevel,
    QuestionType,
    SessionLength,
    TopicFocus,
)


def interview_view(db: Database, candidate_id: str, interview_id: str) -> InterviewView:
    with db.reading() as session:
        interview = access.interview_for(session, candidate_id, interview_id)
        state = load_state(session, interview, every_attempt=False)
        title = _title(session, interview)
        fresh = state.attempt.number == 1 and not state.answered()
        set_aside = _set_aside(session, interview) if fresh else ()
        question = state.current_question
        draft = (
            session.scalar(
                select(DraftRow.text).where(
                    DraftRow.attempt_id == state.attempt.id, DraftRow.question_id == question.id
                )
            )
            if question is not None
            else None
        )
    by_id = {q.id: q for q in state.questions}
    answered = tuple(
        AnswerView(
            s.answer.id,
            question_view(by_id[s.answer.question_id]),
            s.answer.text,
            s.card,
            s.feedback.body if s.feedback else {},
            s.answer.length,
            s.answer.created_at,
        )
        for s in state.answered()
    )
    return InterviewView(
        id=interview.id,
        status=state.model.status,
        mode=CoachMode(interview.mode),
        focus=TopicFocus(interview.focus),
        length=SessionLength(interview.length),
        level=FeedbackLevel(interview.level),
        job_title=title,
        planned_questions=interview.planned_questions,
        attempt=state.attempt.number,
        attempts=len(state.attempts),
        current_question=question_view(question) if question is not None else None,
        draft=draft,
        answered=answered,
        progress=state.tally,
        started_at=interview.created_at,
        updated_at=interview.updated_at,
        finished_at=interview.finished_at,
        set_aside=set_aside,
    )


def history(db: Database, candidate_id: str) -> tuple[InterviewSummary, ...]:
    """The candidate's interviews, newest first."""
    with db.reading() as session:
        access.candidate_for(session, candidate_id)
        interviews = list(
            session.scalars(
                select(InterviewRow)
                .where(InterviewRow.candidate_id == candidate_id)
                .order_by(InterviewRow.created_at.desc(), InterviewRow.id)
            )
        )
        titles = _titles(session, candidate_id)
        attempts = _latest_attempts(session, [i.id for i in interviews])
        scores = _scores(session, [a.id for a, _ in attempts.values()])
    summaries = []
    for interview in interviews:
        latest, count = attempts[interview.id]
        answered, overall = scores.get(latest.id, (0, None))
        summaries.append(
            InterviewSummary(
                id=interview.id,
                status=InterviewStatus(interview.status),
                job_title=titles.get(interview.job_target_id),
                mode=CoachMode(interview.mode),
                focus=TopicFocus(interview.focus),
                length=SessionLength(interview.length),
                level=FeedbackLevel(interview.level),
                attempts=count,
                progress=tally_of(
                    Attempt(
                        latest.number,
                        latest.planned_questions,
                        answered,
                        latest.finished_at is not None,
                    )
                ),
                overall=overall,
                started_at=interview.created_at,
                updated_at=interview.updated_at,
                finished_at=interview.finished_at,
            )
        )
    return tuple(summaries)


def records(
    session: Session, candidate_id: str, interviews: Sequence[InterviewRow] | None = None
) -> list[InterviewRecord]:
    """Interview records for the report functions; every interview of the candidate by default."""
    if interviews is None:
        interviews = list(
            session.scalars(
                select(InterviewRow)
                .where(InterviewRow.candidate_id == candidate_id)
                .order_by(InterviewRow.created_at, InterviewRow.id)
            )
        )
    targets = _targets(session, candidate_id)
    return [
        record_of(state, targets.get(state.interview.job_target_id))
        for state in load_states(session, interviews)
    ]


def record_of(state: InterviewState, target: JobTarget | None) -> InterviewRecord:
    interview = state.interview
    by_id = {q.id: q for q in state.questions}
    attempts = tuple(
        AttemptRecord(
            attempt.number,
            tuple(
                AnsweredQuestion(
                    position=s.position,
                    question=by_id[s.answer.question_id].text,
                    type=QuestionType(by_id[s.answer.question_id].type),
                    competency=by_id[s.answer.question_id].competency,
                    difficulty=by_id[s.answer.question_id].difficulty,
                    answer=s.answer.text,
                    scorecard=s.card,
                )
                for s in state.answered(attempt)
            ),
            attempt.started_at,
            attempt.finished_at,
            attempt.planned_questions,
        )
        for attempt in state.attempts
    )
    return InterviewRecord(
        id=interview.id,
        started_at=interview.created_at,
        mode=CoachMode(interview.mode),
        focus=TopicFocus(interview.focus),
        length=SessionLength(interview.length),
        level=FeedbackLevel(interview.level),
        job_title=target.title if target is not None else None,
        planned_questions=interview.planned_questions,
        attempts=attempts,
        finished_at=interview.finished_at,
        target=target,
    )


def _title(session: Session, interview: InterviewRow) -> str | None:
    return session.scalar(
        select(JobTargetRow.title).where(JobTargetRow.id == interview.job_target_id)
    )


def _set_aside(session: Session, interview: InterviewRow) -> tuple[str, ...]:
    texts = session.execute(
        select(JobTargetRow.resume_text, JobTargetRow.job_text).where(
            JobTargetRow.id == interview.job_target_id
        )
    ).one()
    return inputs.set_aside(*texts)


def _targets(session: Session, candidate_id: str) -> dict[str, JobTarget]:
    """Each job target row as the report sees it: the same key for the same job description,
    however many times it was pasted into setup."""
    rows = session.execute(
        select(JobTargetRow.id, JobTargetRow.title, JobTargetRow.job_text).where(
            JobTargetRow.candidate_id == candidate_id
        )
    )
    return {row_id: JobTarget(target_key(job_text), title) for row_id, title, job_text in rows}


def target_key(job_text: str) -> str:
    """A short stable key for a job description, blind to spacing and case."""
    normalised = " ".join(job_text.split()).casefold()
    return hashlib.sha256(normalised.encode()).hexdigest()[:12]


def _titles(session: Session, candidate_id: str) -> dict[str, str | None]:
    rows = session.execute(
        select(JobTargetRow.id, JobTargetRow.title).where(JobTargetRow.candidate_id == candidate_id)
    )
    return dict(rows.all())


def _latest_attempts(
    session: Session, interview_ids: Sequence[str]
) -> dict[str, tuple[AttemptRow, int]]:
    """Each interview's current attempt and how many attempts it has."""
    found: dict[str, tuple[AttemptRow, int]] = {}
    if not interview_ids:
        return found
    for attempt in session.scalars(
        select(AttemptRow)
        .where(AttemptRow.interview_id.in_(interview_ids))
        .order_by(AttemptRow.number)
    ):
        count = found[attempt.interview_id][1] if attempt.interview_id in found else 0
        found[attempt.interview_id] = (attempt, count + 1)
    return found


def _scores(session: Session, attempt_ids: Sequence[int]) -> dict[int, tuple[int, float | None]]:
    """Answers and mean overall rating per attempt."""
    if not attempt_ids:
        return {}
    rows = session.execute(
        select(AnswerRow.attempt_id, func.count(AnswerRow.id), func.avg(ScorecardRow.overall))
        .join(ScorecardRow, ScorecardRow.answer_id == AnswerRow.id)
        .where(AnswerRow.attempt_id.in_(attempt_ids))
        .group_by(AnswerRow.attempt_id)
    )
    return {
        attempt_id: (int(count), round(float(mean), 1) if mean is not None else None)
        for attempt_id, count, mean in rows
    }
