"""The rubric cannot be gamed: what an answer says moves its scores, not how it dresses up.

Each trick is applied to answers of every kind (strong, thin, technical, vague); none may lift
the overall by more than 0.3 or the dimension it aims at by more than 0.5.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from interview_coach.assessment import Assessor
from interview_coach.vocabulary import Dimension, QuestionType
from tests.rubric.answers import QUESTION, STRONG, WE_VERSION, WITHOUT_NUMBERS, WITHOUT_RESULT

TECHNICAL = "How would you design an idempotent payments API?"
TECHNICAL_ANSWER = (
    "I would have the client send an idempotency key with every request and store the key "
    "with the request hash and the response in Postgres, under a unique index. A retry with "
    "the same key returns the stored response instead of charging twice. The trade-off is "
    "extra storage and a 24-hour key retention window."
)
VAGUE = (
    "I always try to communicate clearly with everyone and make sure the project is on track. "
    "I am a team player and I think it went really well in the end."
)
ANSWERS = [
    (QUESTION, None, STRONG),
    (QUESTION, None, WITHOUT_RESULT),
    (QUESTION, None, WITHOUT_NUMBERS),
    (QUESTION, None, WE_VERSION),
    (QUESTION, None, VAGUE),
    (TECHNICAL, QuestionType.TECHNICAL, TECHNICAL_ANSWER),
]
CUE_WORDS = (
    " I weighed the trade-offs, considered the alternatives, mitigated the risks and reflected "
    "on the lessons learned."
)
UNRELATED_NUMBERS = " I have 12 years of experience and I have run 2 marathons."


def _as_a_result(answer: str) -> str:
    sentences = re.split(r"(?<=[.!?])\s+", answer.strip())
    return " ".join(f"As a result, {s[0].lower() + s[1:] if s[:2] != 'I ' else s}"
                    for s in sentences)  # fmt: skip


TRICKS: dict[str, tuple[Callable[[str, str], str], Dimension]] = {
    "cue words appended": (lambda q, a: a + CUE_WORDS, Dimension.DEPTH),
    "unrelated numbers": (lambda q, a: a + UNRELATED_NUMBERS, Dimension.SPECIFICITY),
    "the question restated": (lambda q, a: q.rstrip("?") + ". " + a, Dimension.RELEVANCE),
    "the answer repeated": (lambda q, a: a + " " + a, Dimension.ACTION),
    '"As a result" before every sentence': (lambda q, a: _as_a_result(a), Dimension.RESULT),
}


@pytest.mark.parametrize("trick", list(TRICKS))
@pytest.mark.parametrize(("question", "kind", "answer"), ANSWERS)
def test_a_trick_lifts_nothing(
    assessor: Assessor, trick: str, question: str, kind: QuestionType | None, answer: str
) -> None:
    dress_up, aimed_at = TRICKS[trick]
    before = assessor.assess(question, answer, kind).scorecard
    after = assessor.assess(question, dress_up(question, answer), kind).scorecard
    assert after.overall <= before.overall + 0.3
    assert after[aimed_at].score <= before[aimed_at].score + 0.5
