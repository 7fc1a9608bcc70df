"""Follow-ups on the candidate's own answer: after a gap the judge found, quoting them."""

from __future__ import annotations

import itertools

from interview_coach.analysis.question import infer_type
from interview_coach.planner import AskedQuestion, PlanSettings, plan_next
from interview_coach.planner.follow_ups import follow_up, quote_of
from interview_coach.questions import ask_of, phrase
from interview_coach.questions.gate import defects
from interview_coach.questions.phrasing import hint_of
from interview_coach.rubric.scorecard import DimensionScore, Evidence, Scorecard, Span
from interview_coach.vocabulary import CoachMode, Dimension, QuestionType, SessionLength
from tests.planner.profiles import FINTECH_ENGINEER, PAYMENTS_JOB

FULL = PlanSettings(CoachMode.CHALLENGER, length=SessionLength.FULL)


def card(quote: str = "I rewrote the batching", **low: float) -> Scorecard:
    action = Evidence("the action", True, Span(0, len(quote), quote))
    scores = tuple(
        DimensionScore(d, low.get(d.value, 6.0), (action,) if d is Dimension.ACTION else ())
        for d in Dimension
    )
    return Scorecard(QuestionType.BEHAVIORAL, scores, 5.5)


def _history(count: int, scorecard: Scorecard | None = None) -> list[AskedQuestion]:
    history: list[AskedQuestion] = []
    for _ in range(count):
        plan = plan_next(FINTECH_ENGINEER, PAYMENTS_JOB, FULL, history, (), seed=2)
        history.append(AskedQuestion(ask_of(plan), plan, scorecard))
    return history


def _behavioral_history() -> list[AskedQuestion]:
    history = _history(6)
    last = next(a for a in reversed(history) if a.plan and a.plan.type is QuestionType.BEHAVIORAL)
    return [*history, AskedQuestion(last.text, last.plan, card(result=1.0))]


def test_an_answer_without_a_result_is_followed_up_quoting_the_candidate() -> None:
    plan = follow_up(_behavioral_history(), FULL.questions)
    assert plan is not None
    assert plan.follow_up == "result"
    text = phrase(plan, CoachMode.FRIEND)
    assert text.startswith('You said "I rewrote the batching".')
    assert defects(text) == []
    assert defects(ask_of(plan)) == []


def test_the_follow_up_asks_for_what_was_missing() -> None:
    history = _behavioral_history()
    history[-1] = AskedQuestion(history[-1].text, history[-1].plan, card(ownership=1.0))
    plan = follow_up(history, FULL.questions)
    assert plan is not None
    assert plan.follow_up == "ownership"
    assert "yourself" in ask_of(plan)
    history[-1] = AskedQuestion(history[-1].text, history[-1].plan, card(depth=1.0))
    plan = follow_up(history, FULL.questions)
    assert plan is not None
    assert "consider" in ask_of(plan)


def test_a_complete_answer_gets_no_follow_up() -> None:
    history = _behavioral_history()
    history[-1] = AskedQuestion(history[-1].text, history[-1].plan, card())
    assert follow_up(history, FULL.questions) is None


def test_the_coach_mode_changes_the_follow_up_and_guide_gets_a_hint() -> None:
    plan = follow_up(_behavioral_history(), FULL.questions)
    assert plan is not None
    assert len({phrase(plan, mode) for mode in CoachMode}) >= 3
    assert hint_of(plan, CoachMode.GUIDE) is not None


def test_follow_ups_read_as_questions_about_the_candidates_story() -> None:
    plan = follow_up(_behavioral_history(), FULL.questions)
    assert plan is not None
    assert infer_type(ask_of(plan)) is QuestionType.BEHAVIORAL


def test_never_more_than_one_in_four_questions_and_never_repeated() -> None:
    quotes = iter(f"I called supplier number {n} myself" for n in range(100))
    history: list[AskedQuestion] = []
    for _ in range(FULL.questions):
        plan = plan_next(FINTECH_ENGINEER, PAYMENTS_JOB, FULL, history, (), seed=2)
        history.append(AskedQuestion(ask_of(plan), plan, card(next(quotes), result=1.0)))
    follow_ups = [a for a in history if a.plan and a.plan.follow_up]
    assert 1 <= len(follow_ups) <= FULL.questions // 4
    assert len({a.text for a in history}) == len(history)
    slots = [i for i, a in enumerate(history) if a.plan and a.plan.follow_up]
    assert all(b - a > 1 for a, b in itertools.pairwise(slots))
    assert history[-1].plan is not None
    assert history[-1].plan.follow_up is None


def test_a_long_or_quoted_sentence_is_not_quoted_whole() -> None:
    long = "I rewrote the batching, which took three weeks and a lot of coordination with teams"
    assert quote_of(card(long)) == "I rewrote the batching"
    assert quote_of(card('We said "no" to it')) is None
    assert quote_of(card("The team rewrote it")) is None
