"""Starting an interview: for a new resume and job, or a new question set for the same job."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from interview_coach.engine import Engine
from interview_coach.interviews import Interview
from interview_coach.profile import profile_job, profile_resume
from interview_coach.sessions import access, asking, inputs
from interview_coach.sessions.asking import NextQuestion, Profiles, Setup
from interview_coach.sessions.credits import NO_CREDITS, spend_credit
from interview_coach.sessions.errors import NoCredits
from interview_coach.sessions.state import question_view, tally_of
from interview_coach.sessions.views import Turn
from interview_coach.store import Database
from interview_coach.store.schema import AttemptRow, CandidateRow, InterviewRow, JobTargetRow
from interview_coach.vocabulary import CoachMode, FeedbackLevel, SessionLength, TopicFocus


def new_id() -> str:
    return str(uuid.uuid4())


@dataclass(frozen=True, slots=True)
class Choices:
    """The candidate's choices for an interview, besides the resume and the job."""

    mode: CoachMode
    focus: TopicFocus
    length: SessionLength
    level: FeedbackLevel

    @classmethod
    def parse(
        cls,
        mode: CoachMode | str,
        focus: TopicFocus | str,
        length: SessionLength | str,
        level: FeedbackLevel | str,
    ) -> Choices:
        return cls(
            inputs.choice(CoachMode, mode, "coach mode", "mode"),
            inputs.choice(TopicFocus, focus, "topic focus", "focus"),
            inputs.choice(SessionLength, length, "session length", "length"),
            inputs.choice(FeedbackLevel, level, "feedback level", "level"),
        )

    @classmethod
    def of(cls, interview: InterviewRow) -> Choices:
        return cls.parse(interview.mode, interview.focus, interview.length, interview.level)

    def setup(self, seed: int) -> Setup:
        return Setup(self.mode, self.focus, self.length, self.length.questions, seed)


@dataclass(frozen=True, slots=True)
class Starter:
    """What starting needs: where to store, who words questions, whether credits count."""

    db: Database
    engine: Engine
    credits_on: bool

    def start_interview(
        self,
        candidate_id: str,
        resume_text: str,
        job_text: str,
        choices: Choices,
        seed: int,
        allow_repeats: bool = False,
    ) -> Turn:
        resume = inputs.document(resume_text, "resume")
        job = inputs.document(job_text, "job description")
        with self.db.reading() as session:
            candidate = access.candidate_for(session, candidate_id)
            self._check_credits(candidate)
            asked = asking.ledger(session, candidate.id)
        profiles = Profiles(profile_resume(resume), profile_job(job))
        first = asking.plan_question(
            self.engine, profiles, choices.setup(seed), [], asked, allow_repeats=allow_repeats
        )
        with self.db.writing() as session:
            target = JobTargetRow(
                id=new_id(),
                candidate_id=candidate.id,
                title=profiles.job.title,
                resume_text=resume,
                job_text=job,
                candidate_profile=profiles.candidate.to_dict(),
                job_profile=profiles.job.to_dict(),
            )
            session.add(target)
            session.flush()
            turn = self._open(session, candidate.id, target.id, choices, seed, first)
        return replace(turn, set_aside=inputs.set_aside(resume, job))

    def start_new(
        self, candidate_id: str, interview_id: str, seed: int, allow_repeats: bool = False
    ) -> Turn:
        """A new interview with the same job target and choices, and questions never asked."""
        with self.db.reading() as session:
            source = access.interview_for(session, candidate_id, interview_id)
            self._check_credits(access.candidate_for(session, candidate_id))
            target = session.get_one(JobTargetRow, source.job_target_id)
            asked = asking.ledger(session, candidate_id)
        choices = Choices.of(source)
        first = asking.plan_question(
            self.engine, Profiles.of(target), choices.setup(seed), [], asked,
            allow_repeats=allow_repeats,
        )  # fmt: skip
        with self.db.writing() as session:
            access.interview_for(session, candidate_id, interview_id)
            return self._open(session, source.candidate_id, target.id, choices, seed, first)

    def _check_credits(self, candidate: CandidateRow) -> None:
        """Fail early, before any work; the spend itself is what guarantees the balance."""
        if self.credits_on and candidate.credits <= 0:
            raise NoCredits(NO_CREDITS)

    def _open(
        self,
        session: Session,
        candidate_id: str,
        target_id: str,
        choices: Choices,
        seed: int,
        first: NextQuestion,
    ) -> Turn:
        opened = Interview.opened(choices.length.questions)
        planned = opened.current.planned
        interview = InterviewRow(
            id=new_id(),
            candidate_id=candidate_id,
            job_target_id=target_id,
            mode=choices.mode.value,
            focus=choices.focus.value,
            length=choices.length.value,
            level=choices.level.value,
            planned_questions=planned,
            seed=seed,
            status=opened.status.value,
        )
        session.add(interview)
        session.flush()
        first_attempt = opened.current
        session.add(
            AttemptRow(
                interview_id=interview.id, number=first_attempt.number, planned_questions=planned
            )
        )
        question = asking.ask(session, candidate_id, interview.id, 1, first)
        left = spend_credit(session, candidate_id, interview.id) if self.credits_on else None
        session.flush()
        return Turn(interview.id, 1, question_view(question), tally_of(first_attempt), left)
