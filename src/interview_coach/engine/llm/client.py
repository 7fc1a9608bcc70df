"""A small client for the OpenAI-compatible HTTP API: list models, chat with a schema.

Over httpx, so tests pass an ``httpx.MockTransport`` (recorded replies) and nothing else needs
patching. Every failure becomes :class:`ServerFailed` with a message a user can act on.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from interview_coach.engine.contract import EngineFailed


class ServerFailed(EngineFailed):
    """The server could not be reached, refused the request, or answered with an error."""

    def __init__(self, message: str, status: int | None = None, body: str = "") -> None:
        super().__init__(message)
        self.status = status
        self.body = body

    @property
    def rejects_format(self) -> bool:
        """A 4xx that names the response format: the server wants the other shape of it."""
        text = self.body.lower()
        return self.status in {400, 422} and ("response_format" in text or "schema" in text)


@dataclass(frozen=True, slots=True)
class ChatReply:
    content: str
    finish_reason: str | None
    #: Seconds from sending to the first token of content, and to the whole reply.
    first_token_seconds: float | None
    total_seconds: float


class CompatibleClient:
    """Talks to one OpenAI-compatible server (OpenAI, Ollama, vLLM, llama.cpp, LM Studio)."""

    def __init__(
        self,
        base_url: str,
        api_key: str | None,
        timeout: float,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self.base_url = base_url.rstrip("/")
        self._http = httpx.Client(
            base_url=self.base_url + "/",
            headers=headers,
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            transport=transport,
            follow_redirects=False,
        )

    def models(self) -> list[str]:
        """The model ids the server lists."""
        found = self._json(self._send("GET", "models"))
        data = found.get("data") if isinstance(found, dict) else None
        if not isinstance(data, list):
            raise ServerFailed(f"{self.base_url}/models did not list models")
        return [str(item.get("id")) for item in data if isinstance(item, dict)]

    def chat(self, body: dict[str, Any], on_text: Callable[[str], None] | None = None) -> ChatReply:
        """One chat completion, streamed: the content, why it stopped, and how long it took.
        ``on_text`` is called with the content so far each time more of it arrives."""
        started = time.perf_counter()
        first: float | None = None
        pieces: list[str] = []
        finish: str | None = None
        request = self._http.build_request(
            "POST", "chat/completions", json={**body, "stream": True}
        )
        try:
            response = self._http.send(request, stream=True)
        except httpx.HTTPError as error:
            raise self._unreachable(error) from error
        try:
            if response.status_code >= 400:
                response.read()
                raise self._refused(response)
            if "text/event-stream" not in response.headers.get("content-type", ""):
                response.read()  # a server that ignores "stream" answers in one piece
                return self._whole(response, started)
            for line in response.iter_lines():
                if not line.startswith("data:"):
                    continue
                data = line[5:].strip()
                if data == "[DONE]":
                    break
                choice = _first_choice(_loads(data))
                delta = choice.get("delta") or {}
                content = delta.get("content") if isinstance(delta, dict) else None
                if content:
                    if first is None:
                        first = time.perf_counter() - started
                    pieces.append(str(content))
                    if on_text is not None:
                        on_text("".join(pieces))
                finish = choice.get("finish_reason") or finish
        except httpx.HTTPError as error:
            raise self._unreachable(error) from error
        finally:
            response.close()
        return ChatReply("".join(pieces), finish, first, time.perf_counter() - started)

    def close(self) -> None:
        self._http.close()

    def _whole(self, response: httpx.Response, started: float) -> ChatReply:
        choice = _first_choice(self._json(response))
        message = choice.get("message") or {}
        content = message.get("content") if isinstance(message, dict) else None
        elapsed = time.perf_counter() - started
        return ChatReply(str(content or ""), choice.get("finish_reason"), elapsed, elapsed)

    def _send(self, method: str, path: str) -> httpx.Response:
        try:
            response = self._http.request(method, path)
        except httpx.HTTPError as error:
            raise self._unreachable(error) from error
        if response.status_code >= 400:
            raise self._refused(response)
        return response

    def _json(self, response: httpx.Response) -> Any:
        try:
            return response.json()
        except ValueError as error:
            raise ServerFailed(
                f"{self.base_url} answered with something that is not JSON"
            ) from error

    def _unreachable(self, error: httpx.HTTPError) -> ServerFailed:
        if isinstance(error, httpx.TimeoutException):
            return ServerFailed(f"{self.base_url} did not answer in time")
        return ServerFailed(f"could not reach {self.base_url} ({type(error).__name__})")

    def _refused(self, response: httpx.Response) -> ServerFailed:
        status, body = response.status_code, response.text[:2000]
        if status in {401, 403}:
            reason = "refused the API key (set the variable INTERVIEW_COACH_LLM_API_KEY_ENV names)"
        elif status == 404:
            reason = "has no such model or endpoint"
        elif status == 429:
            reason = "is rate-limiting requests"
        elif status >= 500:
            reason = "had an internal error"
        else:
            reason = "rejected the request"
        return ServerFailed(f"{self.base_url} {reason} (HTTP {status})", status, body)


def _loads(data: str) -> Any:
    try:
        return json.loads(data)
    except ValueError as error:
        raise ServerFailed("the server streamed something that is not JSON") from error


def _first_choice(payload: Any) -> dict[str, Any]:
    choices = payload.get("choices") if isinstance(payload, dict) else None
    if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
        raise ServerFailed("the server's reply has no choices")
    choice: dict[str, Any] = choices[0]
    return choice
