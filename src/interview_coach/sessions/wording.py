"""An LLM engine's wording, written in the background so the candidate never waits for it.

Submitting an answer stores the scorecard and the built-in feedback at once; when an engine
that sends data is configured, a pending row in ``engine_calls`` marks the feedback (and the
next question's wording) as being rewritten, and a worker thread asks the engine. The page
polls the row: the built-in wording shows until the engine's lands, or until the row says it
fell back (and why). Every request sent is kept with the row, for the candidate to see.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from interview_coach.assessment import Assessment
from interview_coach.engine import (
    Engine,
    EngineFailed,
    Exchanges,
    SummaryBrief,
    feedback_brief,
    question_brief,
)
from interview_coach.profile.privacy import guess_name
from interview_coach.sessions import access
from interview_coach.sessions.streaming import PENDING, StreamedProse
from interview_coach.store import Database
from interview_coach.store.codec import candidate_from_dict, plan_from_dict
from interview_coach.store.schema import (
    AnswerRow,
    EngineCallRow,
    FeedbackRow,
    InterviewRow,
    JobTargetRow,
    QuestionRow,
    now,
)
from interview_coach.vocabulary import CoachMode

log = logging.getLogger(__name__)

_Brief = TypeVar("_Brief")
_Wording = TypeVar("_Wording")

WRITTEN, FALLBACK, CAPPED = "written", "fallback", "capped"
#: Requests one piece of work may send (a reply that fails the checks is asked for once more).
CALLS_PER_PIECE = 2


@dataclass(frozen=True, slots=True)
class WordingStatus:
    """Where an engine's wording of one thing stands, for the page."""

    status: str
    note: str | None = None
    hint: str | None = None
    #: The engine's words where nothing else stores them (a report's summary), once written.
    text: str | None = None
    #: The feedback prose streamed in so far (headline, points), while pending.
    partial: dict[str, Any] | None = None

    @property
    def pending(self) -> bool:
        return self.status == PENDING

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class Wording:
    """Runs an engine's wording off the request threads, and says where each piece stands."""

    def __init__(
        self,
        db: Database,
        engine: Engine | None,
        daily_calls: int = 0,
        stale_after: float = 300,
        workers: int = 2,
    ) -> None:
        self.db = db
        self.engine = engine
        self.daily_calls = daily_calls
        self._stale = timedelta(seconds=stale_after)
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="coach-wording")
        self._futures: set[Future[None]] = set()
        self._lock = threading.Lock()
        #: Per piece of feedback: seconds from queuing it to the first prose stored for the
        #: page (None if none streamed) and to the whole wording landing (benchmarks read it).
        self.stream_timings: list[tuple[float | None, float]] = []

    @property
    def active(self) -> bool:
        return self.engine is not None

    @property
    def model(self) -> str:
        return str(getattr(self.engine, "model", "")) if self.engine else ""

    def banner(self) -> dict[str, str] | None:
        """What every page says while an engine that sends data is on; None while it is off."""
        if self.engine is None:
            return None
        return {
            "engine": self.engine.name,
            "model": self.model,
            "server": str(getattr(self.engine, "base_url", "")),
        }

    # Queuing work (each a short write, then the engine's work on a worker thread)

    def add_after_answer(
        self,
        session: Session,
        candidate_id: str,
        answer_id: str,
        following: tuple[str, int] | None,
    ) -> list[tuple[str, int, float]]:
        """Marks an answer's feedback (and the following question, ``(interview id,
        position)``) as being rewritten, inside the transaction storing the answer, so
        submitting costs no write of its own; :meth:`start` runs the work once committed."""
        if self.engine is None:
            return []
        queued = time.monotonic()
        rows = [("feedback", self._add(session, candidate_id, "feedback", answer_id=answer_id))]
        if following is not None:
            interview_id, position = following
            question = self._add(
                session, candidate_id, "question", interview_id=interview_id, position=position
            )
            rows.append(("question", question))
        return [(purpose, row, queued) for purpose, row in rows if row is not None]

    def start(self, queued: list[tuple[str, int, float]], assessment: Assessment) -> None:
        """Runs the work :meth:`add_after_answer` queued, now that its rows are committed."""
        for purpose, row, at in queued:
            if purpose == "feedback":
                self._run(self._write_feedback, row, assessment, at)
            else:
                self._run(self._phrase_question, row)

    def question(self, candidate_id: str, interview_id: str, position: int) -> None:
        if self.engine is None:
            return
        row = self._queue(candidate_id, "question", interview_id=interview_id, position=position)
        if row is not None:
            self._run(self._phrase_question, row)

    def summary(
        self, candidate_id: str, interview_id: str, brief: SummaryBrief
    ) -> WordingStatus | None:
        """Where the engine's summary of these report facts stands, asked for the first time
        the report is shown with them (a new answer makes new facts, so a new summary)."""
        if self.engine is None:
            return None
        key = summary_key(brief)
        status = self.summary_status(candidate_id, interview_id, key)
        if status is not None:
            return status
        row = self._queue(candidate_id, "summary", interview_id=interview_id, key=key)
        if row is not None:
            self._run(self._write_summary, row, brief, key)
        return self.summary_status(candidate_id, interview_id, key)

    # Reading where it stands

    def feedback_status(self, candidate_id: str, answer_id: str) -> WordingStatus | None:
        return self._status(candidate_id, EngineCallRow.answer_id == answer_id)

    def question_status(
        self, candidate_id: str, interview_id: str, position: int
    ) -> WordingStatus | None:
        with self.db.reading() as session:
            question_id = _question_id(session, interview_id, position)
        if question_id is None:
            return None
        return self._status(candidate_id, EngineCallRow.question_id == question_id)

    def summary_status(
        self, candidate_id: str, interview_id: str, key: str
    ) -> WordingStatus | None:
        with self.db.reading() as session:
            rows = session.scalars(
                select(EngineCallRow)
                .where(
                    EngineCallRow.candidate_id == candidate_id,
                    EngineCallRow.interview_id == interview_id,
                    EngineCallRow.purpose == "summary",
                )
                .order_by(EngineCallRow.id.desc())
                .limit(50)
            )
            row = next((r for r in rows if (r.result or {}).get("key") == key), None)
        return self._status_of(row) if row is not None else None

    def calls(self, candidate_id: str) -> list[dict[str, Any]]:
        """Every piece of work an engine did for the candidate, newest first, as sent."""
        with self.db.reading() as session:
            access.candidate_for(session, candidate_id)
            rows = session.scalars(
                select(EngineCallRow)
                .where(EngineCallRow.candidate_id == candidate_id)
                .order_by(EngineCallRow.id.desc())
                .limit(200)
            )
            return [_call_dict(row) for row in rows]

    def settle(self, timeout: float | None = None) -> None:
        """Wait for the work queued so far (tests, benchmarks and the terminal use this)."""
        with self._lock:
            pending = set(self._futures)
        wait(pending, timeout=timeout)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
        if self.engine is not None:
            self.engine.close()

    # The work

    def _queue(
        self,
        candidate_id: str,
        purpose: str,
        *,
        answer_id: str | None = None,
        interview_id: str | None = None,
        position: int | None = None,
        key: str | None = None,
    ) -> int | None:
        with self.db.writing() as session:
            return self._add(
                session, candidate_id, purpose, answer_id=answer_id, interview_id=interview_id,
                position=position, key=key,
            )  # fmt: skip

    def _add(
        self,
        session: Session,
        candidate_id: str,
        purpose: str,
        *,
        answer_id: str | None = None,
        interview_id: str | None = None,
        position: int | None = None,
        key: str | None = None,
    ) -> int | None:
        """A pending row for one piece of work (None when there is nothing to do, or when
        the candidate is past today's cap: that row says so)."""
        assert self.engine is not None
        question_id = None
        if interview_id is not None and position is not None:
            question_id = _question_id(session, interview_id, position)
            if question_id is None or session.scalar(
                select(EngineCallRow.id).where(EngineCallRow.question_id == question_id)
            ):
                return None  # worded already (a retake asks the same questions)
        row = EngineCallRow(
            candidate_id=candidate_id,
            interview_id=interview_id,
            answer_id=answer_id,
            question_id=question_id,
            purpose=purpose,
            engine=self.engine.name,
            model=self.model,
            status=PENDING,
            exchanges=[],
            calls=0,
            result={"key": key} if key else None,
        )
        if self._over_cap(session, candidate_id):
            row.status, row.finished_at = CAPPED, now()
            row.note = (
                f"You have used today's {self.daily_calls} AI-written pieces; until "
                "midnight UTC the coach writes its own wording (the scores are the same)."
            )
        session.add(row)
        session.flush()
        return row.id if row.status == PENDING else None

    def _over_cap(self, session: Session, candidate_id: str) -> bool:
        if not self.daily_calls:
            return False
        midnight = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
        today = EngineCallRow.candidate_id == candidate_id, EngineCallRow.created_at >= midnight
        sent = session.scalar(select(func.coalesce(func.sum(EngineCallRow.calls), 0)).where(*today))
        waiting = session.scalar(
            select(func.count()).where(*today, EngineCallRow.status == PENDING)
        )
        return int(sent or 0) + CALLS_PER_PIECE * int(waiting or 0) >= self.daily_calls

    def _run(self, work: Any, *args: Any) -> None:
        future: Future[None] = self._pool.submit(work, *args)
        with self._lock:
            self._futures.add(future)
        future.add_done_callback(self._done)

    def _done(self, future: Future[None]) -> None:
        with self._lock:
            self._futures.discard(future)
        if not future.cancelled() and future.exception() is not None:
            log.error("engine wording failed", exc_info=future.exception())

    def _write_feedback(self, row_id: int, assessment: Assessment, queued: float) -> None:
        engine = self.engine
        assert engine is not None
        names, employers = self._private(row_id)
        card = assessment.scorecard
        brief = feedback_brief(
            assessment.question.text, card, assessment.analysis,
            assessment.feedback.level, assessment.feedback.mode, names, employers,
        )  # fmt: skip
        exchanges = Exchanges()
        streamed = StreamedProse(self.db, row_id, queued)
        written = self._attempt(
            row_id,
            "feedback",
            exchanges,
            lambda b, log: engine.write_feedback(b, log, streamed.store),
            brief,
        )
        if written is None:
            self._timed(streamed)
            return
        body = {**written.to_dict(), "engine": engine.name}

        def store(session: Session, call: EngineCallRow) -> None:
            if call.answer_id is not None:
                session.execute(
                    update(FeedbackRow)
                    .where(FeedbackRow.answer_id == call.answer_id)
                    .values(body=body)
                )

        self._finish(row_id, exchanges, WRITTEN, None, store=store)
        self._timed(streamed)

    def _timed(self, streamed: StreamedProse) -> None:
        with self._lock:
            self.stream_timings.append(streamed.timing())

    def _phrase_question(self, row_id: int) -> None:
        assert self.engine is not None
        with self.db.reading() as session:
            call = session.get(EngineCallRow, row_id)
            question = session.get(QuestionRow, call.question_id) if call else None
            if question is None:
                return
            mode = session.scalar(
                select(InterviewRow.mode).where(InterviewRow.id == question.interview_id)
            )
            plan, shown = plan_from_dict(question.plan), question.text
        names, employers = self._private(row_id)
        brief = question_brief(plan, CoachMode(mode or CoachMode.FRIEND.value), names, employers)
        exchanges = Exchanges()
        phrased = self._attempt(row_id, "question", exchanges, self.engine.phrase_question, brief)
        if phrased is None:
            return

        def store(session: Session, call: EngineCallRow) -> None:
            answered = session.scalar(
                select(func.count()).where(AnswerRow.question_id == question.id)
            )
            if not answered:  # never reword a question someone has answered
                session.execute(
                    update(QuestionRow)
                    .where(QuestionRow.id == question.id, QuestionRow.text == shown)
                    .values(text=phrased.text)
                )

        result = {"text": phrased.text, "hint": phrased.hint}
        self._finish(row_id, exchanges, WRITTEN, None, result, store)

    def _write_summary(self, row_id: int, brief: SummaryBrief, key: str) -> None:
        assert self.engine is not None
        names, employers = self._private(row_id)
        brief = replace(brief, private_names=names, employers=employers)
        exchanges = Exchanges()
        written = self._attempt(row_id, "summary", exchanges, self.engine.write_summary, brief)
        if written is not None:
            self._finish(row_id, exchanges, WRITTEN, None, {"key": key, "summary": written})

    def _attempt(
        self,
        row_id: int,
        what: str,
        exchanges: Exchanges,
        work: Callable[[_Brief, Exchanges], _Wording],
        brief: _Brief,
    ) -> _Wording | None:
        """The engine's wording, or None once the row says why it fell back."""
        try:
            return work(brief, exchanges)
        except EngineFailed as failure:
            self._finish(row_id, exchanges, FALLBACK, _fallback_note(failure, what))
            return None

    def _finish(
        self,
        row_id: int,
        exchanges: Exchanges,
        status: str,
        note: str | None,
        result: dict[str, Any] | None = None,
        store: Callable[[Session, EngineCallRow], None] | None = None,
    ) -> None:
        """Mark the row done, with what was sent, and ``store`` the wording in the same
        transaction (so a page never sees the wording without its status, or the reverse)."""
        with self.db.writing() as session:
            call = session.get(EngineCallRow, row_id)
            if call is None:  # the candidate deleted their data meanwhile
                return
            if store is not None:
                store(session, call)
            call.status, call.note, call.partial = status, note, None
            if result is not None:  # a fallback keeps what the row was queued with
                call.result = result
            call.exchanges = [asdict(e) for e in exchanges.items]
            call.calls = len(exchanges.items)
            call.finished_at = now()

    def _private(self, row_id: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The candidate's name (from the resume header) and their employers, to withhold."""
        with self.db.reading() as session:
            call = session.get(EngineCallRow, row_id)
            if call is None:
                return (), ()
            interview_id = call.interview_id
            if interview_id is None and call.answer_id is not None:
                interview_id = session.scalar(
                    select(QuestionRow.interview_id)
                    .join(AnswerRow, AnswerRow.question_id == QuestionRow.id)
                    .where(AnswerRow.id == call.answer_id)
                )
            found = session.execute(
                select(JobTargetRow.resume_text, JobTargetRow.candidate_profile)
                .join(InterviewRow, InterviewRow.job_target_id == JobTargetRow.id)
                .where(InterviewRow.id == interview_id)
            ).one_or_none()
        if found is None:
            return (), ()
        header = [line.strip() for line in found.resume_text.splitlines() if line.strip()][:3]
        name = guess_name(header)
        names = (name, *name.split()) if name else ()
        profile = candidate_from_dict(found.candidate_profile)
        return names, tuple(r.employer for r in profile.roles if r.employer)

    def _status(self, candidate_id: str, *where: Any) -> WordingStatus | None:
        with self.db.reading() as session:
            row = session.scalars(
                select(EngineCallRow)
                .where(EngineCallRow.candidate_id == candidate_id, *where)
                .order_by(EngineCallRow.id.desc())
                .limit(1)
            ).one_or_none()
        return self._status_of(row) if row is not None else None

    def _status_of(self, row: EngineCallRow) -> WordingStatus:
        if row.status == PENDING and now() - row.created_at > self._stale:
            return WordingStatus(FALLBACK, "The AI engine did not finish in time; this is the "
                                 "built-in coach's wording.")  # fmt: skip
        written = (row.result or {}) if row.status == WRITTEN else {}
        partial = row.partial if row.status == PENDING else None
        return WordingStatus(
            row.status, row.note, written.get("hint"), written.get("summary"), partial
        )


def summary_key(brief: SummaryBrief) -> str:
    """The report facts a summary was written from, as a short digest."""
    facts = json.dumps(brief.facts(), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(facts.encode()).hexdigest()[:16]


def _question_id(session: Session, interview_id: str, position: int) -> int | None:
    return session.scalar(
        select(QuestionRow.id).where(
            QuestionRow.interview_id == interview_id, QuestionRow.position == position
        )
    )


def _fallback_note(failure: EngineFailed, what: str) -> str:
    why = "did not pass the coach's checks" if failure.rejected else "did not arrive"
    return (
        f"The AI engine's {what} {why} ({failure}), so this is the built-in coach's wording. "
        "The scores are the same either way."
    )


def _call_dict(row: EngineCallRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "purpose": row.purpose,
        "engine": row.engine,
        "model": row.model,
        "status": row.status,
        "note": row.note,
        "calls": row.calls,
        "created_at": row.created_at.isoformat(),
        "finished_at": row.finished_at.isoformat() if row.finished_at else None,
        "exchanges": row.exchanges,
    }
