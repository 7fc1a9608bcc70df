"""Golden files: the exact feedback text for written answers, so wording changes are deliberate.

Regenerate after an intended change with: UPDATE_GOLDEN=1 make test
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from interview_coach.assessment import Assessor
from interview_coach.vocabulary import CoachMode, FeedbackLevel
from tests.rubric.answers import QUESTION, STRONG, WE_VERSION

GOLDEN = Path(__file__).with_name("golden")
CASES = {
    "strong-expert-guide": (STRONG, FeedbackLevel.EXPERT, CoachMode.GUIDE),
    "we-detailed-friend": (WE_VERSION, FeedbackLevel.DETAILED, CoachMode.FRIEND),
    "we-standard-drill-sergeant": (WE_VERSION, FeedbackLevel.STANDARD, CoachMode.DRILL_SERGEANT),
    "empty-basic-challenger": ("", FeedbackLevel.BASIC, CoachMode.CHALLENGER),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_feedback_text_matches_its_golden_file(name: str) -> None:
    answer, level, mode = CASES[name]
    result = Assessor(embedder=None).assess(QUESTION, answer, level=level, mode=mode)
    text = f"overall {result.scorecard.overall}\n{result.dimensions_line()}\n\n"
    text += result.feedback.to_text() + "\n"
    path = GOLDEN / f"{name}.txt"
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(text)
    assert path.read_text() == text
