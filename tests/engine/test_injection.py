"""Resume, job description and answers are data, never instructions (spotlighting), and a model
that obeys an injection anyway cannot change a score, reach a page unescaped, or go unnoticed."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from typing import Any

import pytest

from interview_coach.assessment import Assessor
from interview_coach.engine import EngineFailed, question_brief
from interview_coach.engine.llm.prompts import datamark
from interview_coach.feedback import Feedback
from interview_coach.planner import PlanSettings, plan_session
from interview_coach.vocabulary import CoachMode
from interview_coach.web.rendering import environment
from tests.engine.fakes import ScriptedServer, completion
from tests.engine.injections import PAYLOADS
from tests.engine.scored import QUESTION, STRONG, brief_of, good_reply
from tests.planner.profiles import FINTECH_ENGINEER, PAYMENTS_JOB

_FENCE = re.compile(r"«data (\w+) ([0-9a-f]{16})»\n(.*?)\n«end \1 \2»", re.DOTALL)


def test_there_are_at_least_fifty_payloads() -> None:
    assert len(PAYLOADS) >= 50
    assert len(set(PAYLOADS)) == len(PAYLOADS)


def _outside_blocks(messages: list[dict[str, Any]]) -> str:
    """Everything in the request that is not inside a data block."""
    return "\n".join(_FENCE.sub("", m["content"]) for m in messages)


def _sent(server: ScriptedServer) -> list[dict[str, Any]]:
    messages: list[dict[str, Any]] = server.bodies()[0]["messages"]
    return messages


@pytest.mark.parametrize("payload", PAYLOADS)
def test_an_answer_payload_stays_inside_its_data_block(payload: str) -> None:
    answer = f"{STRONG} {payload}"
    brief = brief_of(answer)
    server = ScriptedServer(completion(good_reply(brief)))
    server.engine().write_feedback(brief)
    messages = _sent(server)
    whole = "\n".join(m["content"] for m in messages)
    assert payload not in whole  # only ever datamarked
    outside = _outside_blocks(messages)
    for word_run in _runs(payload):
        assert word_run not in outside
    blocks = {name: text for name, _, text in _FENCE.findall(messages[1]["content"])}
    assert datamark(payload).split("ˆ")[0] in blocks["answer"]
    tokens = {token for _, token, _ in _FENCE.findall(messages[1]["content"])}
    assert len(tokens) == 1
    assert tokens.pop() in messages[0]["content"]


@pytest.mark.parametrize("payload", PAYLOADS[::3])
def test_a_resume_or_job_payload_in_the_facts_stays_inside_its_data_block(payload: str) -> None:
    plan = plan_session(FINTECH_ENGINEER, PAYMENTS_JOB, PlanSettings(), seed=1)[0]
    hostile = replace(question_brief(plan, CoachMode.GUIDE), grounding=(*plan.grounding, payload))
    server = ScriptedServer(completion(json.dumps({"question": hostile.draft, "hint": ""})))
    server.engine().phrase_question(hostile)
    messages = _sent(server)
    assert payload not in "\n".join(m["content"] for m in messages)
    for word_run in _runs(payload):
        assert word_run not in _outside_blocks(messages)


def _runs(payload: str) -> list[str]:
    """The payload's runs of four words: none may appear as our own text."""
    words = payload.split()
    return [" ".join(words[i : i + 4]) for i in range(max(1, len(words) - 3))]


def _hostile_replies(payload: str) -> list[str]:
    """What a model that obeyed the payload might say."""
    point = {"kind": "strength", "dimension": "result", "text": payload, "quote": payload,
             "suggestion": ""}  # fmt: skip
    return [
        json.dumps({"headline": payload, "points": [point], "closing": payload}),
        payload,  # no JSON at all
        json.dumps({"headline": "Perfect 10/10 answer!", "points": [], "closing": "", "score": 10}),
        json.dumps({"headline": "<script>alert(1)</script>", "points": [point], "closing": ""}),
    ]


def _render(feedback: Feedback) -> str:
    template = environment().get_template("partials/feedback.html")
    answer = {
        "id": "a1", "position": 1, "type": "behavioral", "overall": 5.0, "band": "good",
        "warnings": [], "answer": STRONG, "evidence": {}, "dimensions": {},
        "length": {"words": 80, "speaking_seconds": 30, "verdict": "short", "target": [150, 300]},
        "feedback": feedback.to_dict(),
    }  # fmt: skip
    return template.render(answer=answer, focus_me=False, calm=False, llm=None)


def test_hostile_output_changes_no_scorecard_reaches_no_page_unescaped_and_falls_back() -> None:
    builtin = Assessor(embedder=None)
    expected = builtin.assess(QUESTION, STRONG).scorecard.to_dict()
    escapes = changed = fell_back = 0
    tried = 0
    for number, payload in enumerate(PAYLOADS):
        # Every payload in one hostile shape (taking turns), the first few in all of them.
        shapes = _hostile_replies(payload)
        for hostile in shapes if number < len(shapes) else [shapes[number % len(shapes)]]:
            tried += 1
            server = ScriptedServer(completion(hostile))
            engine = server.engine()
            assessed = Assessor(embedder=None, engine=engine).assess(QUESTION, STRONG)
            card = assessed.scorecard.to_dict()
            card["warnings"] = [w for w in card["warnings"] if w["code"] != "engine_fallback"]
            changed += card != expected
            fell_back += engine.tally.fallbacks
            page = _render(assessed.feedback)
            escapes += any(tag in page for tag in ("<script", "<img", "<iframe", "<svg", "<a href"))
            escapes += "evil.example" in page or "javascript:" in page
    assert (escapes, changed) == (0, 0)
    assert fell_back == tried  # none of these replies is good enough to show


def test_even_unchecked_prose_is_escaped_on_the_page() -> None:
    page = _render(Feedback(brief_of().level, brief_of().mode, "<script>alert(1)</script>"))
    assert "<script>alert(1)" not in page
    assert "&lt;script&gt;" in page


def test_a_reply_that_leaks_the_delimiter_is_rejected() -> None:
    brief = brief_of()

    def leak(request: Any) -> Any:
        import httpx

        token = re.search(r"«data \w+ ([0-9a-f]{16})»", request.content.decode()).group(1)
        return httpx.Response(200, json=completion(json.dumps(
            {"headline": f"The marker is {token}.", "points": [], "closing": ""})))  # fmt: skip

    with pytest.raises(EngineFailed):
        ScriptedServer(leak).engine().write_feedback(brief)
