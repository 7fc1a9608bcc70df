"""Ten professions (our own pairs in bench/pairs): questions from each role's own craft."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from interview_coach.competencies import competency
from interview_coach.planner import PlanSettings, QuestionPlan, plan_session
from interview_coach.profile.job import profile_job
from interview_coach.profile.model import CandidateProfile, JobProfile
from interview_coach.profile.resume import profile_resume
from interview_coach.questions import phrase
from interview_coach.questions.gate import defects
from interview_coach.vocabulary import CoachMode, SessionLength, TopicFocus

PAIRS = Path(__file__).resolve().parents[2] / "bench" / "pairs"
FAMILY = {
    "icu_nurse": "clinical",
    "retail_store_manager": "retail",
    "teacher": "teaching",
    "accountant": "finance",
    "data_analyst": "data",
    "sales_rep": "sales",
    "mechanical_engineer": "engineering",
    "support_lead": "support",
    "product_manager": "product",
    "backend_engineer": "software",
}
FULL = SessionLength.FULL


@cache
def profiles(name: str) -> tuple[CandidateProfile, JobProfile]:
    folder = PAIRS / name
    return (
        profile_resume((folder / "resume.md").read_text(encoding="utf-8")),
        profile_job((folder / "job.md").read_text(encoding="utf-8")),
    )


def session(
    name: str, focus: TopicFocus, mode: CoachMode = CoachMode.GUIDE
) -> tuple[QuestionPlan, ...]:
    candidate, job = profiles(name)
    return plan_session(candidate, job, PlanSettings(mode, focus, FULL), seed=7)


def test_there_are_ten_pairs_and_not_only_software() -> None:
    assert sorted(p.name for p in PAIRS.iterdir() if (p / "job.md").exists()) == sorted(FAMILY)


@pytest.mark.parametrize("name", sorted(FAMILY))
def test_hard_skills_questions_come_from_the_roles_own_craft(name: str) -> None:
    plans = session(name, TopicFocus.HARD_SKILLS)
    technical = [competency(p.competency) for p in plans if competency(p.competency).technical]
    assert len(technical) >= len(plans) // 2
    assert {c.family for c in technical} <= {FAMILY[name], "general"}
    assert sum(c.family == FAMILY[name] for c in technical) >= len(technical) // 2


@pytest.mark.parametrize("name", sorted(FAMILY))
@pytest.mark.parametrize("mode", [CoachMode.FRIEND, CoachMode.DRILL_SERGEANT])
def test_every_question_passes_the_quality_gate(name: str, mode: CoachMode) -> None:
    for plan in session(name, TopicFocus.MIXED, mode):
        text = phrase(plan, mode)
        assert defects(text) == [], text


@pytest.mark.parametrize("name", ["icu_nurse", "retail_store_manager", "teacher"])
def test_bedside_shop_floor_and_classroom_roles_get_no_remote_or_software_scenarios(
    name: str,
) -> None:
    for focus in TopicFocus:
        for plan in session(name, focus, CoachMode.CHALLENGER):
            text = phrase(plan, CoachMode.CHALLENGER).lower()
            for word in ("remote", "time zone", "deploy", "unit, integration"):
                assert word not in text, text


def test_the_people_a_profession_serves_are_named_in_its_own_words() -> None:
    texts = [phrase(p, CoachMode.GUIDE) for f in TopicFocus for p in session("icu_nurse", f)]
    assert not any("customer" in t.lower() or "client" in t.lower() for t in texts)


@pytest.mark.parametrize(
    ("focus", "share"),
    [
        (TopicFocus.LEADERSHIP, 0.6),
        (TopicFocus.SOFT_SKILLS, 0.6),
        (TopicFocus.MOTIVATION, 0.6),
    ],
)
def test_the_focus_is_respected(focus: TopicFocus, share: float) -> None:
    for name in FAMILY:
        plans = session(name, focus)
        fitting = sum(focus in competency(p.competency).focus for p in plans)
        assert fitting >= share * len(plans), name


def test_a_good_share_of_questions_dive_into_the_candidates_own_work() -> None:
    for name in FAMILY:
        plans = session(name, TopicFocus.MIXED)
        assert sum(":dive:" in p.template for p in plans) >= 3, name
