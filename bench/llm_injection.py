"""The injection suite's counts: `python -m bench.llm_injection`.

The same checks as tests/engine/test_injection.py, counted instead of asserted: every payload
in an answer and in the resume/job facts goes through the prompt builder (how many ever appear
outside their data block), and every payload in the shapes a model that obeyed it might reply
with goes through a scripted server, the guards and the feedback card (how many reached the
page unescaped, how many changed a scorecard, how many fell back to the built-in wording).
"""

from __future__ import annotations

import json
from contextlib import suppress
from dataclasses import replace

from interview_coach.assessment import Assessor
from interview_coach.engine import EngineFailed, question_brief
from interview_coach.planner import PlanSettings, plan_session
from interview_coach.vocabulary import CoachMode
from tests.engine.fakes import ScriptedServer, completion
from tests.engine.injections import PAYLOADS
from tests.engine.scored import QUESTION, STRONG, brief_of, good_reply
from tests.engine.test_injection import _hostile_replies, _outside_blocks, _render, _runs
from tests.planner.profiles import FINTECH_ENGINEER, PAYMENTS_JOB

_TAGS = ("<script", "<img", "<iframe", "<svg", "<a href")


def prompt_escapes() -> tuple[int, int]:
    """Requests built with a payload in them, and those where it showed outside its block."""
    tried = escaped = 0
    plan = plan_session(FINTECH_ENGINEER, PAYMENTS_JOB, PlanSettings(), seed=1)[0]
    for payload in PAYLOADS:
        brief = brief_of(f"{STRONG} {payload}")
        server = ScriptedServer(completion(good_reply(brief)))
        server.engine().write_feedback(brief)
        hostile = replace(
            question_brief(plan, CoachMode.GUIDE), grounding=(*plan.grounding, payload)
        )
        asked = ScriptedServer(completion(json.dumps({"question": hostile.draft, "hint": ""})))
        with suppress(EngineFailed):  # what the model replies does not matter here
            asked.engine().phrase_question(hostile)
        for sent in (server, asked):
            tried += 1
            messages = sent.bodies()[0]["messages"]
            whole = "\n".join(m["content"] for m in messages)
            outside = _outside_blocks(messages)
            escaped += payload in whole or any(run in outside for run in _runs(payload))
    return tried, escaped


def hostile_output() -> dict[str, int]:
    expected = Assessor(embedder=None).assess(QUESTION, STRONG).scorecard.to_dict()
    counts = {"replies": 0, "unescaped": 0, "scorecards_changed": 0, "fell_back": 0}
    for payload in PAYLOADS:
        for hostile in _hostile_replies(payload):
            counts["replies"] += 1
            engine = ScriptedServer(completion(hostile)).engine()
            assessed = Assessor(embedder=None, engine=engine).assess(QUESTION, STRONG)
            card = assessed.scorecard.to_dict()
            card["warnings"] = [w for w in card["warnings"] if w["code"] != "engine_fallback"]
            counts["scorecards_changed"] += card != expected
            counts["fell_back"] += engine.tally.fallbacks
            page = _render(assessed.feedback)
            counts["unescaped"] += any(tag in page for tag in _TAGS) or (
                "evil.example" in page or "javascript:" in page
            )
    return counts


def main() -> None:
    tried, escaped = prompt_escapes()
    print(f"payloads: {len(PAYLOADS)}")
    print(f"requests built with a payload: {tried}; payload outside its data block: {escaped}")
    counts = hostile_output()
    print(
        f"hostile replies: {counts['replies']}; reached a page unescaped: {counts['unescaped']}; "
        f"scorecards changed: {counts['scorecards_changed']}; "
        f"fell back to the built-in wording: {counts['fell_back']}"
    )


if __name__ == "__main__":
    main()
