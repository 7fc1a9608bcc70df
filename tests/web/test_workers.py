"""Several uvicorn worker processes on one PostgreSQL database: nothing lives in a process.

Sign-in limits, sessions, CSRF and interviews all work whichever worker answers a request.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import httpx
import pytest

from interview_coach.accounts import Accounts
from interview_coach.assessment import Assessor
from interview_coach.bootstrap import build_coach
from interview_coach.settings import Settings
from tests.serving import running_app
from tests.web.helpers import JOB, PASSWORD, RESUME, STORY, bearer

pytestmark = pytest.mark.slow
WORKERS = 3


@pytest.fixture
def served(postgres_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    settings = {
        "INTERVIEW_COACH_DATABASE_URL": postgres_url,
        "INTERVIEW_COACH_DATA_DIR": str(tmp_path_factory.mktemp("workers")),
        "INTERVIEW_COACH_EMBEDDING": "false",
        "INTERVIEW_COACH_MULTI_USER": "true",
    }
    with running_app(settings, workers=WORKERS) as base:
        yield base


def _token(page: httpx.Response) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert found
    return found.group(1)


def _fresh(base: str, cookies: httpx.Cookies | None = None) -> httpx.Client:
    """A new connection each time, so requests spread over the workers."""
    return httpx.Client(base_url=base, cookies=cookies, follow_redirects=False, timeout=30)


def test_accounts_limits_and_interviews_across_workers(served: str, postgres_url: str) -> None:
    with _fresh(served) as client:
        page = client.get("/register")
        form = {"email": "max@example.com", "password": PASSWORD, "password_again": PASSWORD}
        registered = client.post("/register", data={"csrf_token": _token(page), **form})
        assert registered.status_code == 303
        page = client.get("/login")
        signed = {"csrf_token": _token(page), "email": form["email"], "password": PASSWORD}
        assert client.post("/login", data=signed).status_code == 303
        cookies = client.cookies
    for _ in range(6):  # every request on a new connection, served by any worker
        with _fresh(served, cookies) as client:
            assert client.get("/history").status_code == 200
    statuses = []
    for _ in range(7):
        with _fresh(served) as client:
            page = client.get("/login")
            data = {"csrf_token": _token(page), "email": "max@example.com", "password": "nope"}
            statuses.append(client.post("/login", data=data).status_code)
    assert statuses == [400] * 5 + [429] * 2

    coach = build_coach(Settings(database_url=postgres_url), assessor=Assessor(embedder=None))
    try:
        accounts = Accounts(coach)
        candidate = accounts.members.candidate_of("max@example.com")
        assert candidate is not None
        token = accounts.create_token(candidate)
    finally:
        coach.close()
    with _fresh(served) as client:
        body = {"resume_text": RESUME, "job_text": JOB, "length": "quick"}
        turn = client.post("/api/v1/interviews", json=body, headers=bearer(token)).json()
    for position in range(1, 6):
        with _fresh(served) as client:
            answered = client.post(
                f"/api/v1/interviews/{turn['interview_id']}/answers",
                json={"answer_text": STORY, "position": position},
                headers=bearer(token),
            )
            assert answered.status_code == 200, answered.text
    assert answered.json()["finished"] is True
