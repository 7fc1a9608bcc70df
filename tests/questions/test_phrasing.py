from __future__ import annotations

from interview_coach.planner import PlanSettings, plan_session
from interview_coach.questions import phrase, render
from interview_coach.questions.phrasing import strip_voice
from interview_coach.vocabulary import CoachMode, SessionLength
from tests.planner.profiles import FINTECH_ENGINEER, PAYMENTS_JOB

PLANS = plan_session(
    FINTECH_ENGINEER, PAYMENTS_JOB, PlanSettings(length=SessionLength.STANDARD), seed=4
)


def test_each_mode_phrases_the_same_plan_differently() -> None:
    for plan in PLANS:
        texts = {phrase(plan, mode) for mode in CoachMode}
        assert len(texts) == len(CoachMode)


def test_every_mode_keeps_the_question_itself() -> None:
    for plan in PLANS:
        core = render(plan.template, plan.slot_values, plan.probe)
        for mode in CoachMode:
            assert strip_voice(phrase(plan, mode)) == core


def test_guide_says_what_a_good_answer_covers() -> None:
    assert all("A good answer" in phrase(p, CoachMode.GUIDE) for p in PLANS)


def test_challenger_adds_a_follow_up_angle() -> None:
    assert all("Follow-up:" in phrase(p, CoachMode.CHALLENGER) for p in PLANS)


def test_drill_sergeant_is_the_tersest() -> None:
    for plan in PLANS:
        lengths = {mode: len(phrase(plan, mode)) for mode in CoachMode}
        assert lengths[CoachMode.DRILL_SERGEANT] < lengths[CoachMode.GUIDE]
        assert lengths[CoachMode.DRILL_SERGEANT] < lengths[CoachMode.FRIEND]


def test_phrasing_is_stable_for_a_plan() -> None:
    plan = PLANS[3]
    assert phrase(plan, CoachMode.FRIEND) == phrase(plan, CoachMode.FRIEND)
