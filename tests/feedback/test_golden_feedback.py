"""Golden files: the exact feedback text for written answers, so wording changes are deliberate.

Regenerate after an intended change with: UPDATE_GOLDEN=1 make test
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from interview_coach.assessment import Assessor
from interview_coach.vocabulary import CoachMode, FeedbackLevel
from tests.rubric.answers import QUESTION, STRONG, WE_VERSION, WITHOUT_NUMBERS, WITHOUT_RESULT

GOLDEN = Path(__file__).with_name("golden")
PERFORMANCE = "Tell me about a time you improved the performance of a system."
EXAMPLE = (
    "I optimized our API response time, reducing it from 2 seconds to 200ms through profiling "
    "and refactoring N+1 queries."
)
_L, _M = FeedbackLevel, CoachMode
#: A handful of answers per level and voice, each file read line by line for truth and tone.
CASES = {
    "strong-expert-guide": (QUESTION, STRONG, _L.EXPERT, _M.GUIDE),
    "strong-basic-friend": (QUESTION, STRONG, _L.BASIC, _M.FRIEND),
    "we-detailed-friend": (QUESTION, WE_VERSION, _L.DETAILED, _M.FRIEND),
    "we-detailed-challenger": (QUESTION, WE_VERSION, _L.DETAILED, _M.CHALLENGER),
    "we-standard-drill-sergeant": (QUESTION, WE_VERSION, _L.STANDARD, _M.DRILL_SERGEANT),
    "no-numbers-expert-challenger": (QUESTION, WITHOUT_NUMBERS, _L.EXPERT, _M.CHALLENGER),
    "no-result-detailed-guide": (QUESTION, WITHOUT_RESULT, _L.DETAILED, _M.GUIDE),
    "no-result-expert-drill-sergeant": (QUESTION, WITHOUT_RESULT, _L.EXPERT, _M.DRILL_SERGEANT),
    "example-basic-guide": (PERFORMANCE, EXAMPLE, _L.BASIC, _M.GUIDE),
    "example-standard-guide": (PERFORMANCE, EXAMPLE, _L.STANDARD, _M.GUIDE),
    "example-detailed-guide": (PERFORMANCE, EXAMPLE, _L.DETAILED, _M.GUIDE),
    "example-expert-guide": (PERFORMANCE, EXAMPLE, _L.EXPERT, _M.GUIDE),
    "empty-basic-challenger": (QUESTION, "", _L.BASIC, _M.CHALLENGER),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_feedback_text_matches_its_golden_file(name: str) -> None:
    question, answer, level, mode = CASES[name]
    result = Assessor(embedder=None).assess(question, answer, level=level, mode=mode)
    text = f"overall {result.scorecard.overall}\n{result.dimensions_line()}\n\n"
    text += result.feedback.to_text() + "\n"
    path = GOLDEN / f"{name}.txt"
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(text)
    assert path.read_text() == text
