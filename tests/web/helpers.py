"""Small helpers for web tests: CSRF tokens from pages, members, interviews through the API."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from httpx import Response

from interview_coach import samples

BASE_URL = "http://127.0.0.1:8000"
RESUME = samples.resume()
JOB = samples.job()
PASSWORD = "seven purple lanterns glowing"
STORY = (
    "Last spring our checkout service kept timing out during big sales, and I was asked to "
    "fix it before Black Friday, six weeks away. I profiled the service with pprof and found "
    "the cache was the bottleneck, so I moved it to Redis and we added load tests in k6. "
    "I chose Redis over a bigger database because the data was read-heavy. As a result, p95 "
    "latency dropped from 900 ms to 180 ms and conversion rose 3%."
)
_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_from(page: Response) -> str:
    found = _CSRF.search(page.text)
    assert found, "the page has no form with a CSRF token"
    return found.group(1)


def csrf(client: TestClient, path: str = "/") -> str:
    return csrf_from(client.get(path))


def register(client: TestClient, email: str, password: str = PASSWORD) -> Response:
    """Register, then sign in as a person does next; the registration's own response when it
    was refused."""
    registered = registration(client, email, password)
    if registered.status_code != 303:
        return registered
    return sign_in(client, email, password)


def registration(client: TestClient, email: str, password: str = PASSWORD) -> Response:
    token = csrf(client, "/register")
    return client.post(
        "/register",
        data={
            "csrf_token": token,
            "email": email,
            "password": password,
            "password_again": password,
        },
        follow_redirects=False,
    )


def sign_in(client: TestClient, email: str, password: str = PASSWORD) -> Response:
    token = csrf(client, "/login")
    return client.post(
        "/login",
        data={"csrf_token": token, "email": email, "password": password},
        follow_redirects=False,
    )


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def start_by_api(client: TestClient, token: str, **choices: str) -> dict[str, object]:
    body = {"resume_text": RESUME, "job_text": JOB, "length": "quick", **choices}
    response = client.post("/api/v1/interviews", json=body, headers=bearer(token))
    assert response.status_code == 201, response.text
    data: dict[str, object] = response.json()
    return data


def start_page_interview(client: TestClient, **choices: str) -> str:
    """Start an interview from the setup page with the sample; returns its path."""
    data = {"csrf_token": csrf(client), "sample": "1", "length": "quick", **choices}
    response = client.post("/interviews", data=data, follow_redirects=False)
    assert response.status_code == 303, response.text
    location: str = response.headers["location"]
    return location
