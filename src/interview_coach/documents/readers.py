"""Document readers: a few worker processes that read uploads, each read with a hard time limit.

Reading a PDF or a Word file is CPU work in pure Python that a hostile file can stretch. Done
on a web server's request threads it would hold one of the few threads every other request
needs; done here it holds a worker process, at the lowest CPU priority, that is killed (and
replaced) when a read passes its time limit. Other requests never wait for a document.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import subprocess
import sys
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from anyio import CapacityLimiter, to_thread

from interview_coach.documents.budget import BUDGET, Budget
from interview_coach.documents.document import Document
from interview_coach.documents.errors import (
    PASTE_INSTEAD,
    DocumentError,
    ReadersBusyError,
    TooSlowError,
)

READ_DOCUMENT = "interview_coach.documents.reader:read_document"
Read = Callable[[bytes, str, Budget], Document]
#: Address space of one worker: far more than reading within the budget takes.
WORKER_MEMORY = 1024 * 1024 * 1024
CRASHED = f"this file could not be read; save it again, or {PASTE_INSTEAD}"


class DocumentReaders:
    """Reads documents in ``workers`` processes; ``waiting`` more reads may queue for them.

    ``read`` names what a worker runs, as ``module:function``; tests name one that never
    finishes.
    """

    def __init__(
        self,
        workers: int = 2,
        budget: Budget = BUDGET,
        *,
        waiting: int = 16,
        read: str = READ_DOCUMENT,
    ) -> None:
        self.workers, self.budget, self.waiting = workers, budget, waiting
        self._read = read
        self._threads = CapacityLimiter(workers)  # its own threads, not the request threads
        self._idle: list[_Worker] = []
        self._started: set[_Worker] = set()
        self._lock = threading.Lock()
        self._queued = 0
        self._closed = False

    async def read(self, data: bytes, filename: str) -> Document:
        """Read on a worker process without holding a request thread.

        Raises:
            DocumentError: what is wrong with the file; ``TooSlowError`` past the time limit,
                ``ReadersBusyError`` when too many reads are queued already.
        """
        with self._lock:
            if self._queued >= self.workers + self.waiting:
                raise ReadersBusyError()
            self._queued += 1
        try:
            return await to_thread.run_sync(self.read_now, data, filename, limiter=self._threads)
        finally:
            with self._lock:
                self._queued -= 1

    @property
    def queued(self) -> int:
        """Reads under way or waiting for a worker."""
        return self._queued

    def read_now(self, data: bytes, filename: str) -> Document:
        """Read on a worker process, waiting here (at most ``workers`` callers at a time)."""
        worker = self._take()
        try:
            return worker.read(data, filename, self.budget)
        finally:
            self._give_back(worker)

    def close(self) -> None:
        """Stop every worker; reads under way end with an error, later ones are refused.

        A worker in use is only killed here: the thread reading with it sees the pipe end and
        closes the pipes itself, so no pipe is closed under a thread still waiting on it.
        """
        with self._lock:
            self._closed = True
            idle = set(self._idle)
            started, self._started, self._idle = self._started, set(), []
        for worker in started:
            if worker in idle:
                worker.stop()
            else:
                worker.kill()

    def _take(self) -> _Worker:
        with self._lock:
            if self._closed:
                raise ReadersBusyError()
            while self._idle:
                worker = self._idle.pop()
                if worker.alive:
                    return worker
                self._started.discard(worker)
                worker.stop()  # it died while idle: its pipes are closed here
            worker = _Worker(self._read)
            self._started.add(worker)
            return worker

    def _give_back(self, worker: _Worker) -> None:
        with self._lock:
            if worker.alive and not self._closed and len(self._idle) < self.workers:
                self._idle.append(worker)
                return
            self._started.discard(worker)
        worker.stop()


class _Worker:
    """One reading process (``python -m interview_coach.documents.readers``) and its pipes.

    A plain subprocess rather than ``multiprocessing``: nothing of the server's own process
    (its threads, the embedding model, its main module) is copied or imported again.
    """

    def __init__(self, read: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "interview_coach.documents.readers", read],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)},
        )
        assert self.process.stdin is not None
        assert self.process.stdout is not None
        # The connections own the pipes from here on.
        self.requests = Connection(os.dup(self.process.stdin.fileno()), readable=False)
        self.answers = Connection(os.dup(self.process.stdout.fileno()), writable=False)
        self.process.stdin.close()
        self.process.stdout.close()

    @property
    def alive(self) -> bool:
        return self.process.poll() is None

    def read(self, data: bytes, filename: str, budget: Budget) -> Document:
        try:
            self.requests.send((data, filename, budget))
            if not self.answers.poll(budget.seconds):
                self.stop()
                raise TooSlowError(budget.seconds)
            kind, value = self.answers.recv()
        except (EOFError, OSError):  # the worker died: out of memory, a crash
            self.stop()
            raise DocumentError(CRASHED) from None
        if kind == "document":
            found: Document = value
            return found
        return _refusal(*value)

    def kill(self) -> None:
        if self.alive:
            self.process.kill()

    def stop(self) -> None:
        """Kill the process and close its pipes; only the thread using the worker calls it."""
        self.kill()
        self.process.wait(5)
        if not self.requests.closed:
            self.requests.close()
        if not self.answers.closed:
            self.answers.close()


def _serve(read: Read) -> None:
    """A worker's loop: read what comes on stdin, send back the document or the refusal."""
    _make_room_for_requests()
    requests = Connection(os.dup(0), writable=False)
    answers = Connection(os.dup(1), readable=False)
    os.dup2(2, 1)  # anything a library prints goes to stderr, not into the answers
    while True:
        try:
            data, filename, budget = requests.recv()
        except (EOFError, OSError):
            return
        answer: tuple[str, Any]
        try:
            answer = ("document", read(data, filename, budget))
        except DocumentError as error:
            answer = ("refused", (error.code, error.message))
        except Exception:  # a bug or a limit of the library: still a plain answer
            answer = ("refused", (DocumentError.code, CRASHED))
        answers.send(answer)


def _make_room_for_requests() -> None:
    """The lowest CPU priority (the web requests come first) and a ceiling on memory."""
    with contextlib.suppress(OSError):
        os.nice(19)
    if sys.platform == "linux":
        import resource

        with contextlib.suppress(OSError, ValueError):
            resource.setrlimit(resource.RLIMIT_AS, (WORKER_MEMORY, WORKER_MEMORY))


def _refusal(code: str, message: str) -> Document:
    """Raise the worker's refusal again here, as the same kind of ``DocumentError``."""
    kind = next((k for k in _kinds(DocumentError) if k.code == code), DocumentError)
    error = kind.__new__(kind)
    DocumentError.__init__(error, message)
    raise error


def _kinds(base: type[DocumentError]) -> list[type[DocumentError]]:
    found = []
    for kind in base.__subclasses__():
        found += [kind, *_kinds(kind)]
    return found


def _named(read: str) -> Read:
    module, _, name = read.partition(":")
    found: Read = getattr(importlib.import_module(module), name)
    return found


if __name__ == "__main__":
    _serve(_named(sys.argv[1]))
