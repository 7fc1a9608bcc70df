"""An AI-worded question keeps its planned ask: the stored ask is what the answer is scored
against and what the ledger reads, so a wording that asks something else falls back."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from interview_coach.engine import EngineFailed, QuestionBrief, question_brief
from interview_coach.planner import PlanSettings, plan_session
from interview_coach.vocabulary import CoachMode, QuestionType
from tests.engine.fakes import ScriptedServer, completion
from tests.planner.profiles import FINTECH_ENGINEER, PAYMENTS_JOB


def _brief(about: str) -> QuestionBrief:
    """A planned technical question citing ``about`` from the job (the plan of seed 3)."""
    for plan in plan_session(FINTECH_ENGINEER, PAYMENTS_JOB, PlanSettings(), seed=3):
        brief = question_brief(plan, CoachMode.CHALLENGER)
        if brief.question_type is QuestionType.TECHNICAL and about in brief.ask:
            return brief
    raise AssertionError(f"no technical question about {about}")


def _worded(brief: QuestionBrief, question: str) -> str:
    reply = json.dumps({"question": question, "hint": ""})
    return ScriptedServer(completion(reply)).engine().phrase_question(brief).text


def test_a_rewording_of_the_same_ask_is_kept() -> None:
    brief = _brief("Kubernetes")
    assert "monitor" in brief.ask
    worded = "On Kubernetes, how would you decide what to monitor and when to wake someone up?"
    assert _worded(brief, worded) == worded


@pytest.mark.parametrize(
    ("question", "why"),
    [
        ("Why do you want to work for a payments company?", "something other"),
        ("What is your favourite programming language, and why?", "something other"),
        ("How would you choose what to monitor and when to wake someone up?", "Kubernetes"),
    ],
)
def test_a_wording_that_changes_the_question_falls_back(question: str, why: str) -> None:
    brief = _brief("Kubernetes")
    server = ScriptedServer(completion(json.dumps({"question": question, "hint": ""})))
    engine = server.engine()
    with pytest.raises(EngineFailed, match=why):
        engine.phrase_question(brief)
    assert engine.tally.rejected == 2  # asked once more, then the built-in wording
    assert engine.tally.fallbacks == 1


def test_a_wording_that_repeats_a_withheld_detail_falls_back() -> None:
    brief = _brief("Kubernetes")
    question = "At [withheld], how would you choose what to monitor on Kubernetes and when to page?"
    with pytest.raises(EngineFailed, match="withheld"):
        _worded(brief, question)


def test_the_ask_itself_is_sent_without_the_candidates_name() -> None:
    brief = replace(
        _brief("Kubernetes"), private_names=("Alex Morgan", "Alex", "Morgan"), employers=()
    )
    brief = replace(brief, ask=f"Alex, {brief.ask}", draft=f"Alex Morgan, {brief.draft}")
    server = ScriptedServer(completion(json.dumps({"question": "Nothing?", "hint": ""})))
    with pytest.raises(EngineFailed):
        server.engine().phrase_question(brief)
    sent = json.dumps(server.bodies())
    assert "Alex" not in sent
    assert "Morgan" not in sent
    assert "Kubernetes" in sent
