"""Feedback: levels say more without contradicting, modes change the voice, nothing invented."""

from __future__ import annotations

import itertools

import pytest

from interview_coach.assessment import Assessor
from interview_coach.feedback import Feedback
from interview_coach.vocabulary import CoachMode, Dimension, FeedbackLevel
from tests.rubric.answers import QUESTION, STRONG, WE_VERSION, WITHOUT_NUMBERS

ASSESSOR = Assessor(embedder=None)
LEVELS = list(FeedbackLevel)


def feedback(answer: str, level: FeedbackLevel, mode: CoachMode = CoachMode.GUIDE) -> Feedback:
    return ASSESSOR.assess(QUESTION, answer, level=level, mode=mode).feedback


@pytest.mark.parametrize("mode", list(CoachMode))
@pytest.mark.parametrize("answer", [STRONG, WE_VERSION, WITHOUT_NUMBERS, "", "um"])
def test_each_level_keeps_everything_the_level_below_said(mode: CoachMode, answer: str) -> None:
    texts = [feedback(answer, level, mode).to_text() for level in LEVELS]
    for lower, higher in itertools.pairwise(texts):
        body = lower.rsplit("\n\n", 1)[0] if lower.count("\n\n") > 1 else lower
        for line in body.splitlines():
            assert line in higher
        assert len(higher) >= len(lower)


def test_basic_is_one_or_two_sentences() -> None:
    basic = feedback(WE_VERSION, FeedbackLevel.BASIC)
    assert basic.to_text() == basic.headline
    assert 1 <= basic.headline.count(". ") + 1 <= 3


def test_clear_and_missing_never_name_the_same_dimension() -> None:
    detailed = feedback(WE_VERSION, FeedbackLevel.DETAILED)
    strong = {p.dimension for p in detailed.strengths}
    weak = {p.dimension for p in detailed.gaps}
    assert not strong & weak


def test_detailed_gaps_each_carry_a_concrete_suggestion_and_quote_the_we() -> None:
    detailed = feedback(WE_VERSION, FeedbackLevel.DETAILED)
    assert detailed.gaps
    assert all(point.suggestion for point in detailed.gaps)
    ownership = next(p for p in detailed.gaps if p.dimension is Dimension.OWNERSHIP)
    assert ownership.quote is not None
    assert "we" in ownership.quote.text.lower()


def test_expert_adds_anchors_for_every_dimension() -> None:
    expert = feedback(STRONG, FeedbackLevel.EXPERT)
    assert {row.dimension for row in expert.anchors} == set(Dimension)
    assert all(set(row.anchors) == {3, 5, 7, 9} for row in expert.anchors)


def test_the_model_structure_uses_only_the_candidates_words_and_marks_blanks() -> None:
    answer = STRONG.split(" As a result,")[0]
    expert = feedback(answer, FeedbackLevel.EXPERT)
    for line in expert.model_answer:
        said = line.text.split(" [")[0]
        if line.from_answer:
            assert said in answer
        else:
            assert line.text.startswith("[blank:")
    result = expert.model_answer[-1]
    assert "[" in result.text  # no measured result was given, so the number is a blank


def test_modes_change_the_voice_but_not_the_content() -> None:
    headlines = {mode: feedback(WE_VERSION, FeedbackLevel.STANDARD, mode) for mode in CoachMode}
    assert len({f.headline for f in headlines.values()}) == len(CoachMode)
    assert len({f.missing for f in headlines.values()}) == 1
