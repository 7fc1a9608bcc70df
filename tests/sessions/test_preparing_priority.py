"""Preparing the next question gives way to scoring answers."""

from __future__ import annotations

import os
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from interview_coach.sessions.coach import _yield_to_answers


@pytest.mark.skipif(sys.platform != "linux", reason="threads have their own nice value on Linux")
def test_the_preparing_thread_runs_at_the_lowest_priority_and_the_caller_keeps_its_own() -> None:
    def own_priority() -> int:
        return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    caller = own_priority()
    with ThreadPoolExecutor(max_workers=1, initializer=_yield_to_answers) as preparing:
        assert preparing.submit(own_priority).result() == 19
    assert own_priority() == caller
    assert caller < 19
