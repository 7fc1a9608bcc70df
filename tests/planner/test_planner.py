from __future__ import annotations

import itertools

import pytest

from interview_coach.competencies import Family, competency
from interview_coach.planner import (
    NEAR_DUPLICATE,
    AskedQuestion,
    PlanSettings,
    QuestionPlan,
    lexical_similarity,
    plan_next,
    plan_session,
)
from interview_coach.planner.grounding import grounding
from interview_coach.planner.search import comparable
from interview_coach.profile.model import CandidateProfile, JobProfile
from interview_coach.questions import ask_of, phrase
from interview_coach.questions.voices import voices
from interview_coach.vocabulary import CoachMode, Dimension, QuestionType, SessionLength, TopicFocus
from tests.planner.profiles import (
    DATA_ANALYST,
    DATA_JOB,
    FINTECH_ENGINEER,
    NURSE,
    NURSE_JOB,
    PAYMENTS_JOB,
    SALES_JOB,
    SALES_MANAGER,
    TEACHER,
    TEACHER_JOB,
    scorecard,
)

FULL = PlanSettings(CoachMode.CHALLENGER, TopicFocus.MIXED, SessionLength.FULL)


def _answered(
    plans: list[QuestionPlan], overall: float, mode: CoachMode = CoachMode.FRIEND, **dims: float
) -> list[AskedQuestion]:
    return [AskedQuestion(phrase(p, mode), p, scorecard(overall, **dims)) for p in plans]


def _session(settings: PlanSettings, count: int, seed: int = 1) -> list[QuestionPlan]:
    return list(plan_session(FINTECH_ENGINEER, PAYMENTS_JOB, settings, seed=seed))[:count]


def test_same_inputs_and_seed_give_the_same_plan() -> None:
    first = plan_session(FINTECH_ENGINEER, PAYMENTS_JOB, FULL, seed=7)
    again = plan_session(FINTECH_ENGINEER, PAYMENTS_JOB, FULL, seed=7)
    assert first == again


def test_another_seed_gives_other_questions() -> None:
    first = plan_session(FINTECH_ENGINEER, PAYMENTS_JOB, FULL, seed=7)
    other = plan_session(FINTECH_ENGINEER, PAYMENTS_JOB, FULL, seed=8)
    assert [p.template for p in first] != [p.template for p in other]


@pytest.mark.parametrize("length", list(SessionLength))
def test_a_session_has_its_lengths_number_of_questions(length: SessionLength) -> None:
    settings = PlanSettings(length=length)
    plans = plan_session(FINTECH_ENGINEER, PAYMENTS_JOB, settings, seed=2)
    assert len(plans) == length.questions


def test_difficulty_rises_by_slot() -> None:
    junior = JobProfile(title="Backend Engineer", must_have=("Python", "PostgreSQL"))
    plans = plan_session(FINTECH_ENGINEER, junior, FULL, seed=3)
    levels = [p.difficulty for p in plans]
    assert levels == sorted(levels)
    assert levels[0] == 1
    assert levels[-1] == 5


def test_modes_phrase_differently_but_plan_the_same() -> None:
    plans = {
        mode: plan_session(FINTECH_ENGINEER, PAYMENTS_JOB, PlanSettings(mode=mode), seed=5)
        for mode in CoachMode
    }
    assert len({tuple(p) for p in plans.values()}) == 1
    # a seed that already asks two things ("why X, and where") takes no mode's clause
    first = next(p for p in plans[CoachMode.FRIEND] if ", and" not in ask_of(p))
    assert len({phrase(first, mode) for mode in CoachMode}) >= 3


def test_two_strong_answers_in_a_row_raise_the_difficulty() -> None:
    asked = _session(FULL, 2)
    steady = plan_next(FINTECH_ENGINEER, PAYMENTS_JOB, FULL, _answered(asked, 6), (), seed=1)
    strong = plan_next(FINTECH_ENGINEER, PAYMENTS_JOB, FULL, _answered(asked, 8), (), seed=1)
    assert strong.difficulty == steady.difficulty + 1


def test_one_strong_answer_is_not_enough() -> None:
    asked = _session(FULL, 2)
    history = [*_answered(asked[:1], 6), *_answered(asked[1:], 9)]
    steady = plan_next(FINTECH_ENGINEER, PAYMENTS_JOB, FULL, _answered(asked, 6), (), seed=1)
    assert plan_next(FINTECH_ENGINEER, PAYMENTS_JOB, FULL, history, (), seed=1).difficulty == (
        steady.difficulty
    )


def test_a_weak_competency_is_revisited_later_from_another_angle() -> None:
    asked = _session(FULL, 3)
    history = [*_answered(asked[:1], 3), *_answered(asked[1:], 6)]
    plan = plan_next(FINTECH_ENGINEER, PAYMENTS_JOB, FULL, history, (), seed=1)
    assert plan.revisits == 0
    assert plan.competency == asked[0].competency
    assert plan.angle != asked[0].angle


def test_a_weak_competency_is_not_revisited_at_once() -> None:
    asked = _session(FULL, 1)
    plan = plan_next(FINTECH_ENGINEER, PAYMENTS_JOB, FULL, _answered(asked, 3), (), seed=1)
    assert plan.revisits is None


def test_a_weak_competency_is_revisited_only_once() -> None:
    asked = _session(FULL, 3)
    history = [*_answered(asked[:1], 3), *_answered(asked[1:], 6)]
    revisit = plan_next(FINTECH_ENGINEER, PAYMENTS_JOB, FULL, history, (), seed=1)
    history.append(AskedQuestion(phrase(revisit, FULL.mode), revisit, scorecard(6)))
    assert plan_next(FINTECH_ENGINEER, PAYMENTS_JOB, FULL, history, (), seed=1).revisits is None


def test_a_weak_dimension_is_asked_for_explicitly_later() -> None:
    settings = PlanSettings(focus=TopicFocus.SOFT_SKILLS, length=SessionLength.FULL)
    history = _answered(_session(settings, 2), 6, result=2)
    probed = []
    for _ in range(4):
        plan = plan_next(FINTECH_ENGINEER, PAYMENTS_JOB, settings, history, (), seed=1)
        probed.append(plan)
        history.append(AskedQuestion(phrase(plan, settings.mode), plan, scorecard(6)))
    with_probe = [p for p in probed if p.probe is Dimension.RESULT]
    assert len(with_probe) == 1
    assert with_probe[0].type is QuestionType.BEHAVIORAL
    clause = voices().probes["behavioral"][Dimension.RESULT].strip(": ?")
    assert clause in phrase(with_probe[0], CoachMode.FRIEND)


def test_history_of_text_only_questions_is_accepted() -> None:
    asked = [AskedQuestion(phrase(p, FULL.mode)) for p in _session(FULL, 3)]
    plan = plan_next(FINTECH_ENGINEER, PAYMENTS_JOB, FULL, asked, (), seed=1)
    assert phrase(plan, FULL.mode) not in {a.text for a in asked}


def test_ten_full_sessions_for_one_candidate_never_repeat() -> None:
    ledger: list[str] = []
    plans: list[QuestionPlan] = []
    for session, mode in zip(range(10), itertools.cycle(CoachMode), strict=False):
        settings = PlanSettings(mode, TopicFocus.MIXED, SessionLength.FULL)
        found = plan_session(FINTECH_ENGINEER, PAYMENTS_JOB, settings, ledger, seed=session)
        ledger += [phrase(p, mode) for p in found]
        plans += found
    assert len(set(ledger)) == 200
    facts = tuple(f.value for f in grounding(FINTECH_ENGINEER, PAYMENTS_JOB).facts)
    asked = [comparable(text, facts) for text in ledger]
    closest = max(lexical_similarity(a, b) for a, b in itertools.combinations(asked, 2))
    assert closest < NEAR_DUPLICATE


def test_questions_in_the_ledger_are_not_asked_again() -> None:
    earlier = [phrase(p, CoachMode.GUIDE) for p in _session(FULL, 20, seed=11)]
    again = plan_session(FINTECH_ENGINEER, PAYMENTS_JOB, FULL, earlier, seed=11)
    assert not {phrase(p, CoachMode.GUIDE) for p in again} & set(earlier)
    assert not {p.angle + p.competency for p in again} & {
        p.angle + p.competency for p in _session(FULL, 20, seed=11)
    }


PROFESSIONS = [
    (NURSE, NURSE_JOB, Family.CLINICAL),
    (SALES_MANAGER, SALES_JOB, Family.SALES),
    (DATA_ANALYST, DATA_JOB, Family.DATA),
    (TEACHER, TEACHER_JOB, Family.TEACHING),
    (FINTECH_ENGINEER, PAYMENTS_JOB, Family.SOFTWARE),
]


@pytest.mark.parametrize(
    ("candidate", "job", "family"),
    PROFESSIONS,
    ids=["nurse", "sales-manager", "data-analyst", "teacher", "software"],
)
def test_every_profession_gets_grounded_questions_from_its_own_craft(
    candidate: CandidateProfile, job: JobProfile, family: Family
) -> None:
    settings = PlanSettings(focus=TopicFocus.HARD_SKILLS, length=SessionLength.FULL)
    plans = plan_session(candidate, job, settings, seed=9)
    assert sum(p.grounded for p in plans) / len(plans) >= 0.8
    technical = [competency(p.competency) for p in plans if competency(p.competency).technical]
    assert technical
    assert {c.family for c in technical} <= {family, Family.GENERAL}
    assert sum(c.family == family for c in technical) >= len(technical) // 2


def test_grounding_quotes_the_profiles_as_written() -> None:
    plans = plan_session(FINTECH_ENGINEER, PAYMENTS_JOB, FULL, seed=4)
    written = {a.text for a in FINTECH_ENGINEER.achievements}
    written |= {b for r in FINTECH_ENGINEER.roles for b in r.bullets}
    written |= set(PAYMENTS_JOB.skills) | set(PAYMENTS_JOB.responsibilities)
    written |= set(PAYMENTS_JOB.values) | {PAYMENTS_JOB.title or "", PAYMENTS_JOB.domain or ""}
    written |= {"Backend Engineer at Acme Pay"}
    assert all(fact in written for p in plans for fact in p.grounding)


def test_empty_profiles_still_get_a_full_session_of_generic_questions() -> None:
    plans = plan_session(CandidateProfile(), JobProfile(), FULL, seed=1)
    assert len(plans) == 20
    assert not any(p.grounding for p in plans)


def test_named_competencies_are_preferred() -> None:
    settings = PlanSettings(length=SessionLength.STANDARD, competencies=("negotiation",))
    plans = plan_session(SALES_MANAGER, SALES_JOB, settings, seed=2)
    assert any(p.competency == "negotiation" for p in plans)


def test_the_focus_shapes_the_mix_of_types() -> None:
    def types(focus: TopicFocus) -> list[QuestionType]:
        settings = PlanSettings(focus=focus, length=SessionLength.FULL)
        return [p.type for p in plan_session(NURSE, NURSE_JOB, settings, seed=2)]

    assert types(TopicFocus.HARD_SKILLS).count(QuestionType.TECHNICAL) >= 10
    assert types(TopicFocus.MOTIVATION).count(QuestionType.MOTIVATIONAL) >= 8
    assert types(TopicFocus.SOFT_SKILLS).count(QuestionType.TECHNICAL) <= 2
