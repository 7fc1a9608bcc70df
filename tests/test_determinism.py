"""The same inputs give the same questions and the same scores in every process.

Python salts string hashes per process, so anything that iterates a set of words (and sums
floats in that order) can differ between two runs of the same program. These tests run the
planner, the near-duplicate measure and the rubric in fresh interpreters with different hash
seeds and compare what they print.
"""

from __future__ import annotations

import os
import subprocess
import sys

_PROGRAM = """
import json
from interview_coach import samples
from interview_coach.assessment import Assessor
from interview_coach.planner import lexical_similarity
from interview_coach.planner.next import plan_session
from interview_coach.planner.plan import PlanSettings
from interview_coach.profile.job import profile_job
from interview_coach.profile.resume import profile_resume
from interview_coach.questions.phrasing import phrase
from interview_coach.vocabulary import CoachMode, FeedbackLevel, SessionLength, TopicFocus

candidate, job = profile_resume(samples.resume()), profile_job(samples.job())
settings = PlanSettings(CoachMode.CHALLENGER, TopicFocus.MIXED, SessionLength.FULL)
questions = [phrase(p, settings.mode) for p in plan_session(candidate, job, settings, seed=3)]
pairs = [lexical_similarity(a, b) for a in questions for b in questions]
question, answer = samples.answer()
assessment = Assessor().assess(question, answer, level=FeedbackLevel.EXPERT)
print(json.dumps({
    "questions": questions,
    "similarities": [repr(p) for p in pairs],
    "scorecard": assessment.scorecard.to_dict(),
}, sort_keys=True))
"""


def _run_with_hash_seed(seed: int) -> str:
    env = {**os.environ, "PYTHONHASHSEED": str(seed)}
    done = subprocess.run(
        [sys.executable, "-c", _PROGRAM], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_questions_similarities_and_scores_do_not_depend_on_the_hash_seed() -> None:
    first, second = _run_with_hash_seed(1), _run_with_hash_seed(2)
    assert '"overall"' in first
    assert first == second
