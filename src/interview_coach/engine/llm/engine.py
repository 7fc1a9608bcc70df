"""The OpenAI-compatible engine: any server that speaks the chat completions API.

Configuration, not code per vendor: a base URL, a model and the name of the variable holding
the key. Every reply is held to a JSON schema, must have stopped by itself (a reply cut at
``max_tokens`` is not valid), and must pass the content guards; one failed reply is retried
once, then the work raises EngineFailed and the caller shows the built-in wording, saying so.
"""

from __future__ import annotations

import json
import os
import threading
import time
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from interview_coach.engine.briefs import (
    FeedbackBrief,
    Phrasing,
    Preview,
    QuestionBrief,
    SummaryBrief,
)
from interview_coach.engine.contract import (
    CallLog,
    Check,
    Engine,
    EngineFactory,
    EngineFailed,
    Exchange,
)
from interview_coach.engine.llm import guards, replies
from interview_coach.engine.llm.client import ChatReply, CompatibleClient, ServerFailed
from interview_coach.engine.llm.privacy import withhold
from interview_coach.engine.llm.prompts import Prompt, build
from interview_coach.engine.numbers import numbers_in
from interview_coach.feedback import Feedback
from interview_coach.vocabulary import FeedbackLevel

if TYPE_CHECKING:
    from interview_coach.settings import Settings

NAME = "openai"
#: A question (and its hint) needs far fewer tokens than feedback: a reply running on is cut.
QUESTION_TOKENS = 200
#: How often the feedback prose streaming in is looked at again for what may be shown.
PREVIEW_SECONDS = 0.2
_Value = TypeVar("_Value")
TASKS: dict[str, Any] = tomllib.loads(
    resources.files("interview_coach.engine.llm").joinpath("tasks.toml").read_text("utf-8")
)


class EngineMisconfigured(ValueError):
    """The engine's settings are incomplete; the message names the setting."""


@dataclass
class GuardTally:
    """How replies fared: kept whole, kept with points dropped, rejected, and fallbacks."""

    replies: int = 0
    kept: int = 0
    points_dropped: int = 0
    rejected: int = 0
    cut_off: int = 0
    failed_calls: int = 0
    fallbacks: int = 0

    def to_dict(self) -> dict[str, int]:
        return dict(vars(self))


@dataclass(frozen=True, slots=True)
class Private:
    """What is withheld from every request besides contact details."""

    names: tuple[str, ...] = ()
    employers: tuple[str, ...] = ()


class CompatibleEngine(Engine):
    name = NAME
    sends_data = True

    def __init__(
        self,
        base_url: str,
        model: str,
        *,
        api_key: str | None = None,
        timeout: float = 60.0,
        temperature: float = 0.3,
        max_tokens: int = 700,
        response_format: str = "auto",
        max_request_chars: int = 24_000,
        mask_employers: bool = False,
        schema_bounds: bool = False,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        if not base_url.strip():
            raise EngineMisconfigured(
                "the openai engine needs a server: set INTERVIEW_COACH_LLM_BASE_URL "
                "(or --llm-base-url, or --llm-gguf for a local model file)"
            )
        if not model.strip():
            raise EngineMisconfigured(
                "the openai engine needs a model: set INTERVIEW_COACH_LLM_MODEL (or --llm-model)"
            )
        self.base_url, self.model = base_url.rstrip("/"), model
        self.temperature, self.max_tokens = temperature, max_tokens
        self.max_request_chars = max_request_chars
        self.mask_employers = mask_employers
        self.schema_bounds = schema_bounds
        self.tally = GuardTally()
        self._format = "json_schema" if response_format == "auto" else response_format
        self._may_switch = response_format == "auto"
        self._lock = threading.Lock()
        self._client = CompatibleClient(base_url, api_key, timeout, transport)
        #: Per reply: its purpose, seconds to the first streamed token and to the whole reply.
        self.timings: list[tuple[str, float | None, float]] = []

    # The contract

    def phrase_question(self, brief: QuestionBrief, log: CallLog | None = None) -> Phrasing:
        task, private = TASKS["tasks"], brief_private(brief)
        prompt = build(
            task["question"].format(
                mode=brief.mode.value,
                voice=TASKS["voices"][brief.mode.value],
                question_type=brief.question_type.value,
                competency=brief.competency,
                competency_description=brief.competency_description,
                difficulty=brief.difficulty,
                hint_rule=task["hint_guide"] if brief.wants_hint else task["hint_none"],
            ),
            [],
            {
                "ask": self._withheld(brief.ask, private),
                "facts": "\n".join(self._withheld(f, private) for f in brief.grounding),
                "draft": self._withheld(brief.draft, private),
            },
        )
        return self._ask(
            "question", prompt, replies.QUESTION, log,
            lambda reply: guards.check_question(reply, brief, prompt),
        )  # fmt: skip

    def write_feedback(
        self,
        brief: FeedbackBrief,
        log: CallLog | None = None,
        stream: Callable[[Preview], None] | None = None,
    ) -> Feedback:
        private = brief_private(brief)
        verdicts = [f"Overall band: {brief.band}."]
        verdicts += [f"- strength: {f.dimension.value} ({f.label})" for f in brief.strengths]
        verdicts += [f"- gap: {f.dimension.value} ({f.label})" for f in brief.gaps]
        # One note a verdict, and none for a headline alone: every token is prefill time.
        findings = "\n".join(
            f"{'strength' if f.strong else 'gap'} {f.label}: {f.notes[0] if f.notes else 'no note'}"
            for f in (*brief.strengths, *brief.gaps)
            if brief.level is not FeedbackLevel.BASIC
        )
        prompt = build(
            TASKS["tasks"]["feedback"].format(
                mode=brief.mode.value,
                voice=TASKS["voices"][brief.mode.value],
                level_rule=TASKS["levels"][brief.level.value],
            ),
            verdicts,
            {
                "question": self._withheld(brief.question, private),
                "answer": self._withheld(brief.answer, private),
                "findings": self._withheld(findings, private),
                "draft": self._withheld(brief.draft.headline, private),
            },
        )
        on_text = _previews(stream, brief, prompt) if stream is not None else None
        checked = self._ask(
            "feedback", prompt, replies.feedback_schema(brief.level), log,
            lambda reply: guards.check_feedback(reply, brief, prompt), on_text,
        )  # fmt: skip
        with self._lock:
            self.tally.points_dropped += checked.dropped
        return checked.feedback

    def write_summary(self, brief: SummaryBrief, log: CallLog | None = None) -> str:
        private = brief_private(brief)
        withheld = {
            key: tuple(self._withheld(v, private) for v in value)
            if isinstance(value, tuple)
            else value
            for key, value in brief.facts().items()
        }
        facts = json.dumps(withheld, ensure_ascii=False)
        prompt = build(
            TASKS["tasks"]["summary"].format(
                mode=brief.mode.value, voice=TASKS["voices"][brief.mode.value]
            ),
            [],
            {"report": facts},
        )
        allowed = numbers_in(facts)
        if brief.overall is not None:  # as the built-in summary writes it
            allowed |= {f"{brief.overall:.1f}", f"{brief.overall:g}"}
        return self._ask(
            "summary", prompt, replies.SUMMARY, log,
            lambda reply: guards.check_summary(reply, allowed, prompt),
        )  # fmt: skip

    def check(self) -> tuple[Check, ...]:
        try:
            models = self._client.models()
        except ServerFailed as failure:
            return (Check("reachable", False, str(failure)),)
        found = [Check("reachable", True, f"{self.base_url} answers")]
        if self.model not in models and len(models) != 1:
            listed = ", ".join(models[:10]) or "none"
            found.append(
                Check("model", False, f"the server has no model {self.model!r} (it lists {listed})")
            )
            return tuple(found)
        found.append(Check("model", True, f"{self.model} is there"))
        probe = build('Reply with {"question": "Ready?", "hint": ""}.', [], {})
        try:
            self._ask("check", probe, replies.QUESTION, None, lambda reply: reply)
        except EngineFailed as failure:
            found.append(Check("structured output", False, f"no schema-valid reply: {failure}"))
        else:
            found.append(
                Check("structured output", True, f"replies match a JSON schema ({self._format})")
            )
        return tuple(found)

    def close(self) -> None:
        self._client.close()

    # One piece of work: at most two replies, each checked

    def _ask(
        self,
        purpose: str,
        prompt: Prompt,
        schema: dict[str, Any],
        log: CallLog | None,
        accept: Callable[[dict[str, Any]], _Value],
        on_text: Callable[[str], None] | None = None,
    ) -> _Value:
        if prompt.size > self.max_request_chars:
            self._count("fallbacks")
            raise EngineFailed(
                f"the request would be {prompt.size} characters, over the "
                f"{self.max_request_chars} allowed (INTERVIEW_COACH_LLM_MAX_REQUEST_CHARS)"
            )
        reason, rejected = "no reply", False
        for _ in range(2):
            body = self._body(prompt, schema, purpose)
            if purpose == "question":
                body["max_tokens"] = min(self.max_tokens, QUESTION_TOKENS)
            try:
                reply = self._chat(body, on_text)
            except ServerFailed as failure:
                self._count("failed_calls")
                _record(log, purpose, body, None, str(failure))
                reason, rejected = str(failure), False
                if failure.status is None or failure.status < 500:
                    break  # unreachable, timed out or refused: asking again would not help
                continue
            self._count("replies")
            with self._lock:
                self.timings.append((purpose, reply.first_token_seconds, reply.total_seconds))
            try:
                if reply.finish_reason != "stop":
                    self._count("cut_off")
                    raise guards.Rejected(f"the reply was cut off ({reply.finish_reason})")
                accepted = accept(replies.read(reply.content, schema))
            except (guards.Rejected, replies.NotToSchema) as rejection:
                self._count("rejected")
                reason, rejected = str(rejection), True
                _record(log, purpose, body, reply.content, reason)
                continue
            self._count("kept")
            _record(log, purpose, body, reply.content, "ok")
            return accepted
        self._count("fallbacks")
        raise EngineFailed(reason, rejected)

    def _chat(
        self, body: dict[str, Any], on_text: Callable[[str], None] | None = None
    ) -> ChatReply:
        try:
            return self._client.chat(body, on_text)
        except ServerFailed as failure:
            if not (self._may_switch and failure.rejects_format):
                raise
        # llama-cpp-python's server wants {"type": "json_object", "schema": ...}.
        self._format, self._may_switch = "json_object", False
        schema = body["response_format"]["json_schema"]["schema"]
        return self._client.chat(
            {**body, "response_format": _format("json_object", schema, "")}, on_text
        )

    def _body(self, prompt: Prompt, schema: dict[str, Any], purpose: str) -> dict[str, Any]:
        if self.schema_bounds:
            schema = replies.bounded(schema, guards.LIMITS, 2 * guards.SHOWN)
        return {
            "model": self.model,
            "messages": prompt.messages(),
            "max_tokens": self.max_tokens,
            "temperature": self.temperature,
            "response_format": _format(self._format, schema, purpose),
            "stream": True,  # so the first token's arrival can be timed
        }

    def _withheld(self, text: str, private: Private) -> str:
        return withhold(text, private.names, private.employers if self.mask_employers else ())

    def _count(self, what: str) -> None:
        with self._lock:
            setattr(self.tally, what, getattr(self.tally, what) + 1)


def brief_private(brief: QuestionBrief | FeedbackBrief | SummaryBrief) -> Private:
    return Private(brief.private_names, brief.employers)


def _previews(
    stream: Callable[[Preview], None], brief: FeedbackBrief, prompt: Prompt
) -> Callable[[str], None]:
    """Turns the reply so far into the checked prose so far, passed on when it changes: at
    once for the first words and whenever a quote closes (a piece may have ended), otherwise
    at most every PREVIEW_SECONDS (each look reads the whole reply so far)."""
    shown, looked, seen = Preview(), 0.0, 0

    def on_text(text: str) -> None:
        nonlocal shown, looked, seen
        closed = '"' in text[seen:]
        if not (shown.empty or closed or time.perf_counter() - looked >= PREVIEW_SECONDS):
            return
        looked, seen = time.perf_counter(), len(text)
        now = guards.preview(text, brief, prompt)
        if now != shown:
            shown = now
            stream(now)

    return on_text


def _format(kind: str, schema: dict[str, Any], purpose: str) -> dict[str, Any]:
    if kind == "json_object":
        return {"type": "json_object", "schema": schema}
    return {
        "type": "json_schema",
        "json_schema": {"name": purpose or "reply", "schema": schema, "strict": True},
    }


def _record(
    log: CallLog | None, purpose: str, body: dict[str, Any], reply: str | None, outcome: str
) -> None:
    if log is not None:
        log.record(Exchange(purpose, body, reply, outcome))


def from_settings(settings: Settings) -> Engine:
    """The engine as the settings describe it; the key is read from the variable they name."""
    key_env = settings.llm_api_key_env.strip()
    key = os.environ.get(key_env) if key_env else None
    if key_env and not key:
        raise EngineMisconfigured(
            f"INTERVIEW_COACH_LLM_API_KEY_ENV names {key_env}, but that variable is not set"
        )
    return CompatibleEngine(
        settings.llm_base_url,
        settings.llm_model,
        api_key=key,
        timeout=settings.llm_timeout_seconds,
        temperature=settings.llm_temperature,
        max_tokens=settings.llm_max_tokens,
        response_format=settings.llm_response_format,
        max_request_chars=settings.llm_max_request_chars,
        mask_employers=settings.llm_mask_employers,
        schema_bounds=settings.llm_schema_bounds,
    )


def register(add: Callable[[str, EngineFactory], None]) -> None:
    """Entry point: the OpenAI-compatible engine joins the registry like any plugin."""
    add(NAME, from_settings)
