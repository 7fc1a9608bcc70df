from __future__ import annotations

import re

from interview_coach.planner import PlanSettings, QuestionPlan, plan_session
from interview_coach.questions import ask_of, phrase, render
from interview_coach.questions.bank import template
from interview_coach.questions.gate import defects
from interview_coach.questions.phrasing import hint_of
from interview_coach.vocabulary import CoachMode, SessionLength
from tests.planner.profiles import FINTECH_ENGINEER, PAYMENTS_JOB

PLANS = plan_session(
    FINTECH_ENGINEER, PAYMENTS_JOB, PlanSettings(length=SessionLength.STANDARD), seed=4
)


def _ask_sentence(text: str) -> str:
    return re.split(r"(?<=[.?!])\s+", text)[-1]


def test_the_coach_mode_changes_the_ask_itself_not_only_its_wrapper() -> None:
    changed = sum(
        _ask_sentence(phrase(p, CoachMode.FRIEND))
        != _ask_sentence(phrase(p, CoachMode.DRILL_SERGEANT))
        for p in PLANS
    )
    assert changed >= 0.8 * len(PLANS)


def test_every_question_is_at_most_a_framing_sentence_and_one_ask() -> None:
    for plan in PLANS:
        for mode in CoachMode:
            text = phrase(plan, mode)
            assert text.count("?") == 1, text
            assert text.endswith("?"), text
            assert len(re.split(r"(?<=[.?!])\s+", text)) <= 2, text
            assert defects(text) == [], text


def test_the_ask_scored_is_the_same_in_every_mode() -> None:
    for plan in PLANS:
        assert ask_of(plan) == render(plan.template, plan.slot_values, plan.probe)
        assert phrase(plan, CoachMode.GUIDE) == ask_of(plan)


def test_guide_says_what_a_good_answer_covers_in_a_hint_not_in_the_question() -> None:
    for plan in PLANS:
        hint = hint_of(plan, CoachMode.GUIDE)
        assert hint is not None
        assert hint.startswith("A good answer")
        assert "A good answer" not in phrase(plan, CoachMode.GUIDE)
        assert hint_of(plan, CoachMode.FRIEND) is None


def test_challenger_presses_on_a_constraint_or_a_trade_off() -> None:
    pressing = ("given that", "knowing that", "trade-off", "give up", "giving up", "hindsight",
                "against", "change your mind", "change course", "sceptic", "pushed back",
                "criticism", "worth it")  # fmt: skip
    # A seed that already asks two things ("..., and how did you ...?") is asked as it is.
    texts = [phrase(p, CoachMode.CHALLENGER) for p in PLANS if ", and " not in _seed(p)]
    assert len(texts) >= 6
    assert sum(any(w in t for w in pressing) for t in texts) >= 0.8 * len(texts), texts


def test_challenger_adds_nothing_to_a_dive_that_already_asks_two_things() -> None:
    plans = plan_session(FINTECH_ENGINEER, PAYMENTS_JOB, PlanSettings(length=SessionLength.FULL))
    two_part = [p for p in plans if ":dive:" in p.template and ", and " in _seed(p)]
    assert two_part
    for plan in two_part:
        assert phrase(plan, CoachMode.CHALLENGER) == ask_of(plan)


def _seed(plan: QuestionPlan) -> str:
    return template(plan.template).seed


def test_drill_sergeant_asks_for_the_number_or_the_decision() -> None:
    texts = [phrase(p, CoachMode.DRILL_SERGEANT) for p in PLANS]
    asking = ("number", "decision", "decide", "call")
    assert sum(any(w in t for w in asking) for t in texts) >= 0.7 * len(texts)


def test_phrasing_is_stable_for_a_plan() -> None:
    plan = PLANS[3]
    assert phrase(plan, CoachMode.FRIEND) == phrase(plan, CoachMode.FRIEND)
