"""A ceiling on request bodies: a resume upload plus a pasted job fits; abuse does not."""

from __future__ import annotations

import anyio
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from interview_coach.documents import MAX_FILE_BYTES
from interview_coach.web.refusals import refusal

#: Room for an uploaded resume at the documents' own limit and long pasted texts beside it.
MAX_BODY_BYTES = 2 * MAX_FILE_BYTES + 2 * 1024 * 1024
TOO_LARGE = (
    "That is more than the coach accepts in one go (about {mb} MB). "
    "Upload a smaller file, or paste just the part that matters."
)


TOO_SLOW = (
    "The request took longer than {seconds:g} seconds to arrive. Check the connection and "
    "try again."
)


class BodyTooLarge(HTTPException):
    def __init__(self) -> None:
        super().__init__(413, TOO_LARGE.format(mb=MAX_BODY_BYTES // (1024 * 1024)))


class BodyTooSlow(HTTPException):
    def __init__(self, seconds: float) -> None:
        super().__init__(408, TOO_SLOW.format(seconds=seconds), headers={"Connection": "close"})


class BodyTimeout:
    """408 when the whole body has not arrived ``seconds`` after the request began."""

    def __init__(self, app: ASGIApp, seconds: float) -> None:
        self.app = app
        self.seconds = seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        deadline = anyio.current_time() + self.seconds

        async def timed() -> Message:
            with anyio.move_on_after(max(0.0, deadline - anyio.current_time())):
                return await receive()
            raise BodyTooSlow(self.seconds)

        await self.app(scope, timed, send)


class BodyLimit:
    """413 up front when Content-Length says too much; mid-stream when the body keeps coming."""

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = Headers(scope=scope).get("content-length", "")
        if declared.isdigit() and int(declared) > self.limit:
            message = TOO_LARGE.format(mb=self.limit // (1024 * 1024))
            await refusal(scope["path"], 413, "Too large", message)(scope, receive, send)
            return
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise BodyTooLarge()
            return message

        await self.app(scope, counted, send)
