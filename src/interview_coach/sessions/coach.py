"""The interview service: the CLI, the web pages and the REST API all call these methods."""

from __future__ import annotations

import contextlib
import os
import secrets
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from types import TracebackType
from typing import Any

from sqlalchemy.orm import Session

from interview_coach import report as reports
from interview_coach.assessment import Assessment, Assessor
from interview_coach.recent import Recent
from interview_coach.report import Progress, Report
from interview_coach.report.trends import UnknownTarget
from interview_coach.sessions import (
    access,
    answering,
    asking,
    candidates,
    controls,
    personal_data,
    reading,
)
from interview_coach.sessions.errors import NotFound
from interview_coach.sessions.personal_data import Deleted
from interview_coach.sessions.starting import Choices, Starter
from interview_coach.sessions.views import (
    AnswerOutcome,
    InterviewQuestion,
    InterviewSummary,
    InterviewView,
    Turn,
)
from interview_coach.sessions.wording import Wording
from interview_coach.store import Database
from interview_coach.store.schema import QuestionRow
from interview_coach.vocabulary import CoachMode, FeedbackLevel, SessionLength, TopicFocus


def random_seed() -> int:
    return secrets.randbelow(2**31 - 1)


class Coach:
    """Runs mock interviews for candidates and keeps their history.

    Every method that takes an ``interview_id`` raises :class:`NotFound` alike for an
    interview that does not exist and one that is not the candidate's. Bad input raises
    :class:`InvalidInput` before anything is written.
    """

    def __init__(
        self,
        db: Database,
        assessor: Assessor,
        *,
        credits_enabled: bool = False,
        starting_credits: int = 0,
        seeds: Callable[[], int] = random_seed,
        wording: Wording | None = None,
    ) -> None:
        self.db = db
        #: An LLM engine's wording, written in the background (inactive with the built-in one).
        self.wording = wording or Wording(db, None)
        self.assessor = assessor
        self.credits_enabled = credits_enabled
        self.starting_credits = starting_credits
        self._seeds = seeds
        self._starter = Starter(db, assessor.engine, credits_enabled)
        self._preparing = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="coach-prepare", initializer=_yield_to_answers
        )
        # Recording a prepared vector writes to the database: at normal priority, so a
        # preparing thread that is kept waiting never holds the write lock meanwhile.
        self._recording = ThreadPoolExecutor(max_workers=1, thread_name_prefix="coach-record")
        self._prepared: Future[None] | None = None
        self._recorded: Future[None] | None = None
        # Questions whose vectors this process recorded lately, so a page reload writes nothing.
        self._recorded_asks: Recent[tuple[str, int], bool] = Recent(4096)

    # Candidates and credits

    def local_candidate_id(self) -> str:
        """The single-user candidate of this installation, created on first use."""
        return candidates.local_candidate_id(self.db, self.starting_credits)

    def add_candidate(self, name: str | None = None) -> str:
        return candidates.add_candidate(self.db, self.starting_credits, name)

    def credits(self, candidate_id: str) -> int:
        return candidates.balance(self.db, candidate_id)

    def grant_credits(self, candidate_id: str, amount: int) -> int:
        """Add session credits; returns the new balance."""
        return candidates.grant(self.db, candidate_id, amount)

    # The interview loop

    def start_interview(
        self,
        candidate_id: str,
        resume_text: str,
        job_text: str,
        mode: CoachMode | str = CoachMode.FRIEND,
        focus: TopicFocus | str = TopicFocus.MIXED,
        length: SessionLength | str = SessionLength.STANDARD,
        level: FeedbackLevel | str = FeedbackLevel.STANDARD,
        *,
        seed: int | None = None,
        allow_repeats: bool = False,
    ) -> Turn:
        """Profile the resume and job, and ask the first question; spends a credit if on.

        Raises NoNewQuestions when every question for them was asked before, unless
        ``allow_repeats`` lets the questions asked longest ago come back.
        """
        choices = Choices.parse(mode, focus, length, level)
        turn = self._starter.start_interview(
            candidate_id, resume_text, job_text, choices, self._seed(seed), allow_repeats
        )
        self._prepare(turn.interview_id, turn.question)
        self.wording.question(candidate_id, turn.interview_id, turn.question.position)
        return turn

    def submit_answer(
        self,
        candidate_id: str,
        interview_id: str,
        answer_text: str,
        *,
        position: int | None = None,
        idempotency_key: str | None = None,
    ) -> AnswerOutcome:
        """Scorecard, feedback and the next question (None at the end), stored together.

        With ``position``, an answer meant for another question raises QuestionMismatch (its
        text kept as the waiting question's draft); with ``idempotency_key``, sending the same
        answer again returns the stored outcome instead of answering the next question.
        """
        queued: list[tuple[str, int, float]] = []

        def rewording(session: Session, answer_id: str, following: QuestionRow | None) -> None:
            # In the answer's own transaction: an AI engine costs the request no extra write.
            then = (following.interview_id, following.position) if following else None
            queued.extend(self.wording.add_after_answer(session, candidate_id, answer_id, then))

        outcome = answering.submit_answer(
            self.db, self.assessor, candidate_id, interview_id, answer_text, position,
            idempotency_key, rewording if self.wording.active else None,
        )  # fmt: skip
        self._prepare(outcome.interview_id, outcome.next_question)
        if isinstance(outcome.assessment, Assessment):  # not a stored outcome sent again
            self.wording.start(queued, outcome.assessment)
        return outcome

    def save_draft(self, candidate_id: str, interview_id: str, text: str) -> None:
        answering.save_draft(self.db, candidate_id, interview_id, text)

    def interview(self, candidate_id: str, interview_id: str) -> InterviewView:
        """Where the interview stands, to resume it: current question, draft, answers so far."""
        view = reading.interview_view(self.db, candidate_id, interview_id)
        self._prepare(view.id, view.current_question)
        return view

    # Controls

    def retake(self, candidate_id: str, interview_id: str) -> Turn:
        """The same questions again as a new attempt; free. The report then compares."""
        turn = controls.retake(self.db, candidate_id, interview_id)
        self._prepare(turn.interview_id, turn.question)
        return turn

    def finish(self, candidate_id: str, interview_id: str) -> Report:
        """End the interview where it stands and report on what was answered."""
        controls.finish(self.db, candidate_id, interview_id)
        return self.report(candidate_id, interview_id)

    def start_new(
        self,
        candidate_id: str,
        interview_id: str,
        *,
        seed: int | None = None,
        allow_repeats: bool = False,
    ) -> Turn:
        """A new question set for the same job and choices; spends a credit if on."""
        turn = self._starter.start_new(candidate_id, interview_id, self._seed(seed), allow_repeats)
        self._prepare(turn.interview_id, turn.question)
        self.wording.question(candidate_id, turn.interview_id, turn.question.position)
        return turn

    # Reports, history, the candidate's data

    def report(self, candidate_id: str, interview_id: str, attempt: int | None = None) -> Report:
        """The report on the current attempt (or the numbered one), with the retake comparison."""
        with self.db.reading() as session:
            interview = access.interview_for(session, candidate_id, interview_id)
            (record,) = reading.records(session, candidate_id, [interview])
        if attempt is not None and attempt not in {a.number for a in record.attempts}:
            raise NotFound(f"this interview has no attempt {attempt}")
        return reports.build_report(record, attempt)

    def history(self, candidate_id: str) -> tuple[InterviewSummary, ...]:
        """The candidate's interviews, newest first."""
        return reading.history(self.db, candidate_id)

    def progress(self, candidate_id: str, target: str | None = None) -> Progress:
        """Progress of one job target (its key, from ``Progress.targets``) or of all of them.

        Raises:
            NotFound: ``target`` names no job target of this candidate with an answer.
        """
        with self.db.reading() as session:
            access.candidate_for(session, candidate_id)
            records = reading.records(session, candidate_id)
        try:
            return reports.progress(records, target)
        except UnknownTarget as error:
            raise NotFound(str(error)) from None

    def export_all(self, candidate_id: str) -> dict[str, Any]:
        """Everything stored for the candidate, JSON-serialisable."""
        return personal_data.export_all(self.db, candidate_id)

    def delete_all(self, candidate_id: str) -> Deleted:
        """Delete the candidate and everything they have; says what went and what is left."""
        return personal_data.delete_all(self.db, candidate_id)

    # Lifetime

    def settle(self) -> None:
        """Wait until the question just asked is prepared and recorded (benchmarks and tests
        use this)."""
        if self._prepared is not None:
            self._prepared.exception()
        if self._recorded is not None:  # submitted by the preparing, so read after it ends
            self._recorded.exception()

    def close(self) -> None:
        self.wording.close()
        self._preparing.shutdown(wait=True, cancel_futures=True)
        self._recording.shutdown(wait=True)
        self.db.dispose()

    def __enter__(self) -> Coach:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def _prepare(self, interview_id: str, question: InterviewQuestion | None) -> None:
        """Embed the question in the background while the candidate reads it and types, so
        scoring the answer does not wait for it, and record the vector with the question for
        the other app processes. Only caches warm; no result depends on them."""
        if question is not None and self.assessor.embedder is not None:
            self._prepared = self._preparing.submit(self._prepare_now, interview_id, question)

    def _prepare_now(self, interview_id: str, question: InterviewQuestion) -> None:
        prepared = self.assessor.question(
            question.text,
            question.type,
            question.competency,
            tuple(question.grounding),
            ask=question.ask,
        )
        model, key = self.assessor.fingerprint, (interview_id, question.position)
        if prepared.vector is None or model is None or key in self._recorded_asks:
            return
        self._recorded_asks.put(key, True)
        self._recorded = self._recording.submit(
            asking.record_ask, self.db, interview_id, question.position, question.text,
            prepared.vector, model,
        )  # fmt: skip

    def _seed(self, seed: int | None) -> int:
        return self._seeds() if seed is None else seed


def _yield_to_answers() -> None:
    """Run the preparing thread at the lowest scheduling priority where the system allows it.

    Preparing a question is work for later (the candidate takes minutes to answer); scoring an
    answer is work someone is waiting for. On Linux a thread has its own nice value, so the
    model's run for a question (on this thread: the embedder runs on its caller's thread) gives
    way to the answers being scored. Elsewhere this does nothing.
    """
    if sys.platform == "linux":
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19)
