"""Async scenarios in sync tests, on an event loop of their own.

Run on a thread of their own too: the browser tests' Playwright leaves an event loop marked as
running on the main thread, and anyio refuses to start a second one there.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

import anyio

T = TypeVar("T")


def run_async(scenario: Callable[[], Awaitable[T]]) -> T:
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="scenario") as thread:
        return thread.submit(anyio.run, scenario).result()
