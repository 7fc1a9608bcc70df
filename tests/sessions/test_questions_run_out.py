"""When every question for this resume, job and focus was asked before: never a crash, a plain
NoNewQuestions naming the choices; allowing repeats brings back those asked longest ago."""

from __future__ import annotations

import pytest

from interview_coach.planner import QuestionsExhausted
from interview_coach.sessions import Coach, NoNewQuestions
from tests.sessions.exhausted import JOB, THIN_RESUME, every_question, fill_ledger

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def asked_everything() -> list[str]:
    return every_question()


def test_starting_when_no_new_question_is_left_names_the_choices(
    coach: Coach, candidate: str, asked_everything: list[str]
) -> None:
    fill_ledger(coach, candidate, asked_everything)

    with pytest.raises(NoNewQuestions) as refused:
        coach.start_interview(candidate, THIN_RESUME, JOB, length="quick", seed=7)

    assert refused.value.code == "no_new_questions"
    assert "choose another focus, or allow repeats" in refused.value.message
    assert coach.history(candidate) == ()


def test_allowing_repeats_asks_the_questions_asked_longest_ago(
    coach: Coach, candidate: str, asked_everything: list[str]
) -> None:
    fill_ledger(coach, candidate, asked_everything)

    turn = coach.start_interview(
        candidate, THIN_RESUME, JOB, length="quick", seed=7, allow_repeats=True
    )

    recent = asked_everything[-100:]
    assert turn.question.text not in recent


def test_the_planner_says_it_ran_dry_in_its_own_words(asked_everything: list[str]) -> None:
    assert issubclass(QuestionsExhausted, ValueError)
    assert len(asked_everything) > 10
