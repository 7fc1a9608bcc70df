"""Malformed headers against every kind of route: always an answer below 500, never a
traceback in the log, in single-user and multi-user mode."""

from __future__ import annotations

import logging

import pytest

from tests.event_loop import run_async
from tests.web.conftest import SiteFactory
from tests.web.malformed import ROUTES, call, corpus


@pytest.mark.parametrize("multi_user", [False, True], ids=["single-user", "multi-user"])
def test_malformed_headers_never_get_a_server_error(
    make_site: SiteFactory, multi_user: bool, caplog: pytest.LogCaptureFixture
) -> None:
    site = make_site(multi_user=multi_user)
    failures: list[str] = []

    async def every_request() -> int:
        sent = 0
        for method, path in ROUTES:
            for header in corpus():
                status = await call(site.app, method, path, [header])
                sent += 1
                if status >= 500 or status == 0:
                    failures.append(f"{method} {path} {header!r}: {status}")
        return sent

    with caplog.at_level(logging.ERROR):
        sent = run_async(every_request)

    assert sent == len(ROUTES) * len(corpus())
    assert failures == []
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []
