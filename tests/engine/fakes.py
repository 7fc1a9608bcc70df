"""Engines for tests: one that says what it is told (``enqueue``), one that always fails, and a
scripted OpenAI-compatible server (an ``httpx.MockTransport``) that replies as told."""

from __future__ import annotations

import json
import re
from collections import deque
from collections.abc import Callable
from typing import Any

import httpx

from interview_coach.engine import (
    CallLog,
    Engine,
    EngineFailed,
    FeedbackBrief,
    Phrasing,
    QuestionBrief,
    SummaryBrief,
)
from interview_coach.engine.llm import CompatibleEngine
from interview_coach.engine.llm.prompts import unmark
from interview_coach.feedback import Feedback


class FakeEngine(Engine):
    """Returns what was enqueued, in order; the built-in wording once the queue is empty."""

    name = "fake"
    sends_data = True
    model = "fake-model"
    base_url = "http://fake.invalid/v1"

    def __init__(self) -> None:
        self.queue: deque[Any] = deque()
        self.briefs: list[Any] = []

    def enqueue(self, *replies: Any) -> None:
        self.queue.extend(replies)

    def _next(self, brief: Any, default: Any) -> Any:
        self.briefs.append(brief)
        reply = self.queue.popleft() if self.queue else default
        if isinstance(reply, Exception):
            raise reply
        return reply

    def phrase_question(self, brief: QuestionBrief, log: CallLog | None = None) -> Phrasing:
        return self._next(brief, Phrasing(brief.draft))  # type: ignore[no-any-return]

    def write_feedback(self, brief: FeedbackBrief, log: CallLog | None = None) -> Feedback:
        return self._next(brief, brief.draft)  # type: ignore[no-any-return]

    def write_summary(self, brief: SummaryBrief, log: CallLog | None = None) -> str:
        return self._next(brief, "summary")  # type: ignore[no-any-return]


class FailingEngine(FakeEngine):
    name = "failing"

    def _next(self, brief: Any, default: Any) -> Any:
        raise EngineFailed("the fake server is down")


def completion(content: str, finish_reason: str = "stop") -> dict[str, Any]:
    return {
        "object": "chat.completion",
        "choices": [
            {"index": 0, "finish_reason": finish_reason,
             "message": {"role": "assistant", "content": content}}
        ],
    }  # fmt: skip


Reply = dict[str, Any] | httpx.Response | Callable[[httpx.Request], httpx.Response]


class ScriptedServer:
    """An OpenAI-compatible server in a MockTransport: chat replies come from ``replies`` in
    order (the last one repeats); every request is kept in ``requests``."""

    def __init__(self, *replies: Reply, models: tuple[str, ...] = ("tiny",)) -> None:
        self.replies: deque[Reply] = deque(replies)
        self.requests: list[httpx.Request] = []
        self.models = models

    def bodies(self) -> list[dict[str, Any]]:
        return [json.loads(r.content) for r in self.requests if r.url.path.endswith("completions")]

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.url.path.endswith("/models"):
            return httpx.Response(200, json={"data": [{"id": m} for m in self.models]})
        reply = self.replies.popleft() if len(self.replies) > 1 else self.replies[0]
        if callable(reply):
            return reply(request)
        if isinstance(reply, httpx.Response):
            return reply
        return httpx.Response(200, json=reply)

    def engine(self, **options: Any) -> CompatibleEngine:
        return CompatibleEngine(
            "http://llm.test/v1", "tiny", transport=httpx.MockTransport(self), **options
        )


_VERDICT = re.compile(r"^- (strength|gap): (\w+) ", re.MULTILINE)
_ASK = re.compile(r"«data ask \w+»\n(.*?)\n«end ask", re.DOTALL)
#: How the obliging model opens every question it words (it keeps the ask after it).
REWORDED = "Walk me through it:"


def obliging_model(request: httpx.Request) -> httpx.Response:
    """A model that follows the prompt: the planned ask in its own opening, or a point per
    verdict it lists."""
    body = json.loads(request.content)
    kind = body["response_format"].get("json_schema", {}).get("name", "feedback")
    if kind == "question":
        ask = _ASK.search(body["messages"][1]["content"])
        asked = unmark(ask.group(1)) if ask else "what did you do, step by step?"
        reply = {"question": f"{REWORDED} {asked}",
                 "hint": "Use STAR: situation, task, action, result."}  # fmt: skip
    elif kind == "summary":
        reply = {"summary": "A steady interview."}
    else:
        verdicts = _VERDICT.findall(body["messages"][1]["content"])
        reply = {
            "headline": "Written by the model.",
            "points": [
                {"kind": side, "dimension": dimension, "text": "Said by the model.", "quote": "",
                 "suggestion": "Add one concrete step." if side == "gap" else ""}
                for side, dimension in verdicts
            ],
            "closing": "",
        }  # fmt: skip
    return httpx.Response(200, json=completion(json.dumps(reply)))
