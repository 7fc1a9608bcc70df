"""Engines for tests: one that says what it is told (``enqueue``), one that always fails, and a
scripted OpenAI-compatible server (an ``httpx.MockTransport``) that replies as told."""

from __future__ import annotations

import json
import re
import threading
from collections import deque
from collections.abc import Callable, Iterator
from typing import Any

import httpx

from interview_coach.engine import (
    CallLog,
    Engine,
    EngineFailed,
    FeedbackBrief,
    Phrasing,
    Preview,
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

    def write_feedback(
        self,
        brief: FeedbackBrief,
        log: CallLog | None = None,
        stream: Callable[[Preview], None] | None = None,
    ) -> Feedback:
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
    return httpx.Response(200, json=completion(obliging_reply(request)))


def obliging_reply(request: httpx.Request) -> str:
    """What the obliging model replies to ``request``."""
    body = json.loads(request.content)
    kind = body["response_format"].get("json_schema", {}).get("name", "feedback")
    if kind == "question":
        ask = _ASK.search(body["messages"][1]["content"])
        asked = unmark(ask.group(1)) if ask else "what did you do, step by step?"
        reply = {"question": f"{REWORDED} {asked}",
                 "hint": "Use STAR: situation, task, action, result."}  # fmt: skip
    elif kind == "summary":
        reply = {"summary": "A steady interview: clear stories, and the results are the part "
                            "to practise next."}  # fmt: skip
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
    return json.dumps(reply)


def streaming(
    content: str, hold_after: int | None = None, gate: threading.Event | None = None
) -> Callable[[httpx.Request], httpx.Response]:
    """A reply streamed as server-sent events, a few characters an event (as a model sends
    tokens); with a ``gate`` it stops after ``hold_after`` characters until the gate opens."""

    def events() -> Iterator[bytes]:
        held = False
        for start in range(0, len(content), 4):
            if gate is not None and hold_after is not None and start >= hold_after and not held:
                gate.wait(30)
                held = True
            delta = {"choices": [{"index": 0, "delta": {"content": content[start : start + 4]},
                                  "finish_reason": None}]}  # fmt: skip
            yield f"data: {json.dumps(delta)}\n\n".encode()
        done = {"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
        yield f"data: {json.dumps(done)}\n\ndata: [DONE]\n\n".encode()

    def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=events())

    return reply
