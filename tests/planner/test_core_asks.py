"""The job's core asks: each must-have and main responsibility gets a question over a session."""

from __future__ import annotations

import pytest

from interview_coach.planner import PlanSettings, plan_session
from interview_coach.planner.core import CoreAsk, about, budget, core_asks
from interview_coach.planner.next import core_room
from interview_coach.profile.model import CandidateProfile, JobProfile
from interview_coach.questions import phrase
from interview_coach.questions.gate import defects
from interview_coach.vocabulary import CoachMode, QuestionType, SessionLength, TopicFocus
from tests.planner.test_professions import profiles

FULL, STANDARD = SessionLength.FULL, SessionLength.STANDARD


def test_responsibilities_and_must_haves_are_taken_in_turn_in_the_jobs_order() -> None:
    job = JobProfile(
        must_have=("Python", "Kafka"),
        responsibilities=("Design payment APIs", "Mentor engineers"),
    )
    assert [a.fact for a in core_asks(job)] == [
        "Design payment APIs",
        "Python",
        "Mentor engineers",
        "Kafka",
    ]


def test_a_must_have_a_responsibility_names_is_folded_into_it() -> None:
    job = JobProfile(
        must_have=("Auditing", "Medication administration", "Communication"),
        responsibilities=(
            "Coordinate the annual external audit",
            "Ensure safe medication administration, including high-risk infusions",
        ),
    )
    assert core_asks(job) == (
        CoreAsk("Coordinate the annual external audit", ("Auditing",)),
        CoreAsk("Communication", soft=True),
        CoreAsk(
            "Ensure safe medication administration, including high-risk infusions",
            ("Medication administration",),
        ),
    )


def test_three_in_four_non_motivational_questions_at_most_and_none_in_a_quick_session() -> None:
    b, m = QuestionType.BEHAVIORAL, QuestionType.MOTIVATIONAL
    assert budget([m, *[b] * 10]) == 7
    assert budget([m, *[b] * 19]) == 14
    assert budget([m, *[b] * 4]) == 0
    assert budget([m, *[b] * 10], TopicFocus.LEADERSHIP) == 0


@pytest.mark.parametrize("name", ["icu_nurse", "accountant", "sales_rep", "support_lead"])
def test_a_full_session_asks_about_every_core_ask_it_has_room_for(name: str) -> None:
    candidate, job = profiles(name)
    settings = PlanSettings(CoachMode.GUIDE, length=FULL)
    plans = plan_session(candidate, job, settings, seed=0)
    covered = {fact for plan in plans for fact in plan.covers}
    room = core_room(job, settings, 0)
    assert len(room) >= 8
    assert [a.fact for a in room if a.fact not in covered] == []


def test_the_icu_nurse_gets_a_question_on_each_of_the_jobs_duties_and_requirements() -> None:
    candidate, job = profiles("icu_nurse")
    plans = plan_session(candidate, job, PlanSettings(length=FULL), seed=0)
    covered = {fact for plan in plans for fact in plan.covers}
    assert set(job.responsibilities) <= covered
    assert set(job.must_have) <= covered


def test_a_standard_session_covers_most_of_the_core_asks_it_has_room_for() -> None:
    shares = []
    for name in ("icu_nurse", "accountant", "teacher", "backend_engineer", "sales_rep"):
        candidate, job = profiles(name)
        settings = PlanSettings(length=STANDARD)
        plans = plan_session(candidate, job, settings, seed=1)
        covered = {fact for plan in plans for fact in plan.covers}
        room = core_room(job, settings, 1)
        shares.append(sum(a.fact in covered for a in room) / len(room))
    assert min(shares) >= 0.7


def test_a_question_covering_a_core_ask_quotes_it_or_is_about_it_in_good_english() -> None:
    candidate, job = profiles("accountant")
    plans = plan_session(candidate, job, PlanSettings(length=FULL), seed=0)
    for plan in plans:
        if not plan.covers:
            continue
        text = phrase(plan, CoachMode.FRIEND)
        assert defects(text) == [], text
        quoted = set(plan.grounding) & set(plan.covers)
        in_its_words = any(about(t, plan.covers[0]) for t in (text, *plan.grounding))
        assert quoted or in_its_words or plan.covers[0] in job.must_have, text


def test_soft_skills_leadership_and_motivation_foci_keep_to_their_own_competencies() -> None:
    _, job = profiles("accountant")
    for focus in (TopicFocus.SOFT_SKILLS, TopicFocus.LEADERSHIP, TopicFocus.MOTIVATION):
        assert core_room(job, PlanSettings(focus=focus, length=FULL), 0) == ()
    assert core_room(job, PlanSettings(focus=TopicFocus.HARD_SKILLS, length=FULL), 0)


def test_an_empty_job_has_no_core_asks() -> None:
    plans = plan_session(CandidateProfile(), JobProfile(), PlanSettings(length=FULL), seed=0)
    assert len(plans) == FULL.questions
    assert not any(plan.covers for plan in plans)
