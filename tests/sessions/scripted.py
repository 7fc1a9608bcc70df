"""What session tests practise with: the bundled resume and job, and answers of known quality."""

from __future__ import annotations

from itertools import cycle, islice

from interview_coach import samples
from interview_coach.sessions import AnswerOutcome, Coach
from tests.rubric.answers import STRONG, WE_VERSION, WITHOUT_NUMBERS, WITHOUT_RESULT

RESUME = samples.resume()
JOB = samples.job()
ANSWERS = (STRONG, WITHOUT_RESULT, WE_VERSION, WITHOUT_NUMBERS)


def answer(
    coach: Coach, candidate: str, interview_id: str, count: int | None = None, offset: int = 0
) -> list[AnswerOutcome]:
    """Answer ``count`` questions (all that are left by default), cycling through ANSWERS."""
    outcomes: list[AnswerOutcome] = []
    texts = islice(cycle(ANSWERS), offset, None)
    while count is None or len(outcomes) < count:
        outcome = coach.submit_answer(candidate, interview_id, next(texts))
        outcomes.append(outcome)
        if outcome.finished:
            break
    return outcomes
