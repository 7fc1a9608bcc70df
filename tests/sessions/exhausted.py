"""A candidate who has been asked every question the bank has for a thin resume and job."""

from __future__ import annotations

from interview_coach.engine import engine_named
from interview_coach.profile import profile_job, profile_resume
from interview_coach.sessions import Coach, NoNewQuestions
from interview_coach.sessions.asking import Profiles, Setup, plan_question
from interview_coach.store.schema import LedgerEntryRow
from interview_coach.vocabulary import CoachMode, SessionLength, TopicFocus

THIN_RESUME = "Sam Park\nExperience\nCashier, Corner Shop, 2021 - 2023\n- Served customers."
JOB = "Retail assistant\nWe need someone friendly who serves customers and handles the till."


def every_question(seed: int = 7) -> list[str]:
    """What the bank can ask of this resume and job, planned with ``seed`` until it runs dry
    (another seed may still find a near repeat to fall back on): the asks, which the ledger
    compares (the coach mode words the same ask differently)."""
    profiles = Profiles(profile_resume(THIN_RESUME), profile_job(JOB))
    setup = Setup(CoachMode.FRIEND, TopicFocus.MIXED, SessionLength.QUICK, 5, seed)
    asked: list[str] = []
    engine = engine_named("builtin")
    for _ in range(3_000):
        try:
            asked.append(plan_question(engine, profiles, setup, [], asked).ask)
        except NoNewQuestions:
            return asked
    raise AssertionError("the bank never ran dry")


def fill_ledger(coach: Coach, candidate: str, texts: list[str]) -> None:
    """Enter ``texts`` (asks) in the candidate's ledger, as if asked in earlier interviews."""
    with coach.db.writing() as session:
        session.add_all(
            LedgerEntryRow(candidate_id=candidate, text=text, ask=text) for text in texts
        )
