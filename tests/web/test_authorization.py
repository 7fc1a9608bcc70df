"""Every route × (anonymous, owner, another member): who gets what.

The matrix must list every route the app has: adding a route without deciding who may use it
fails ``test_every_route_is_in_the_matrix``. "Not yours" must read exactly like "does not exist"
(404), must not leak the owner's data, and must leave the owner's data untouched.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.routing import iter_route_contexts
from fastapi.testclient import TestClient
from httpx import Response
from starlette.routing import Mount

from tests.web.conftest import Site, SiteFactory
from tests.web.helpers import JOB, RESUME, STORY, bearer, csrf, register

ID = "{interview_id}"
ACTORS = ("anonymous", "other", "owner")  # the owner goes last: some calls change data


@dataclass(frozen=True)
class Case:
    """Expected status per actor, and what to send."""

    anonymous: int
    owner: int
    other: int
    form: dict[str, str] | None = None
    json: dict[str, Any] | None = None
    url: str | None = None  # when the route's path needs filling in beyond the interview id
    public: bool = False  # open to anyone; otherwise signed-out visitors are sent to sign in

    def expected(self, actor: str) -> int:
        return int(getattr(self, actor))


SIGN_IN = 303  # pages send signed-out visitors to /login
START = {"resume_text": RESUME, "job_text": JOB, "length": "quick"}

#: In an answer: the position of the question waiting when the request is sent.
WAITING = -1

MATRIX: dict[tuple[str, str], Case] = {
    # Public
    ("GET", "/healthz"): Case(200, 200, 200, public=True),
    ("GET", "/openapi.json"): Case(200, 200, 200, public=True),
    ("GET", "/static"): Case(200, 200, 200, url="/static/coach.css", public=True),
    ("GET", "/login"): Case(200, 200, 200, public=True),
    ("POST", "/login"): Case(
        400, 400, 400, form={"email": "x@example.com", "password": "no"}, public=True
    ),
    ("GET", "/register"): Case(200, 200, 200, public=True),
    ("POST", "/register"): Case(
        400, 400, 400, form={"email": "not-an-email", "password": ""}, public=True
    ),
    ("POST", "/logout"): Case(303, 303, 303, form={}, public=True),
    ("POST", "/preferences/calm"): Case(
        303, 303, 303, form={"calm": "1", "next": "/"}, public=True
    ),
    ("GET", "/data/deleted"): Case(200, 200, 200, public=True),
    # Pages of the signed-in member's own data
    ("GET", "/"): Case(SIGN_IN, 200, 200),
    ("POST", "/interviews"): Case(SIGN_IN, 303, 303, form={"sample": "1", "length": "quick"}),
    ("GET", "/history"): Case(SIGN_IN, 200, 200),
    ("GET", "/progress"): Case(SIGN_IN, 200, 200),
    ("GET", "/data"): Case(SIGN_IN, 200, 200),
    ("GET", "/data/export.json"): Case(SIGN_IN, 200, 200),
    ("GET", "/data/engine-calls"): Case(SIGN_IN, 200, 200),
    ("POST", "/data/delete"): Case(SIGN_IN, 303, 303, form={"confirm": "delete"}),
    # Pages of one interview
    ("GET", f"/interviews/{ID}"): Case(SIGN_IN, 200, 404),
    # No AI engine here: nothing is being worded, so the owner too finds nothing to poll.
    ("GET", f"/interviews/{ID}/feedback/{{answer_id}}/wording"): Case(
        SIGN_IN, 404, 404, url=f"/interviews/{ID}/feedback/no-such-answer/wording"
    ),
    ("GET", f"/interviews/{ID}/questions/{{position}}/wording"): Case(
        SIGN_IN, 404, 404, url=f"/interviews/{ID}/questions/1/wording"
    ),
    ("POST", f"/interviews/{ID}/answers"): Case(SIGN_IN, 303, 404, form={"answer": STORY}),
    ("POST", f"/interviews/{ID}/draft"): Case(
        SIGN_IN, 303, 404, form={"answer": "draft", "position": "2"}
    ),
    ("POST", f"/interviews/{ID}/retake"): Case(SIGN_IN, 303, 404, form={}),
    ("POST", f"/interviews/{ID}/finish"): Case(SIGN_IN, 303, 404, form={}),
    ("POST", f"/interviews/{ID}/new"): Case(SIGN_IN, 303, 404, form={}),
    ("GET", f"/interviews/{ID}/report"): Case(SIGN_IN, 200, 404),
    ("GET", f"/interviews/{ID}/report.md"): Case(SIGN_IN, 200, 404),
    ("GET", f"/interviews/{ID}/report/summary"): Case(SIGN_IN, 200, 404),
    ("GET", f"/interviews/{ID}/compare"): Case(SIGN_IN, 200, 404),
    # REST API: bearer tokens
    ("POST", "/api/v1/interviews"): Case(401, 201, 201, json=START),
    ("GET", "/api/v1/interviews"): Case(401, 200, 200),
    ("GET", f"/api/v1/interviews/{ID}"): Case(401, 200, 404),
    ("POST", f"/api/v1/interviews/{ID}/answers"): Case(
        401, 200, 404, json={"answer_text": STORY, "position": WAITING}
    ),
    ("PUT", f"/api/v1/interviews/{ID}/draft"): Case(401, 204, 404, json={"text": "draft"}),
    ("POST", f"/api/v1/interviews/{ID}/retake"): Case(401, 200, 404, json={}),
    ("POST", f"/api/v1/interviews/{ID}/finish"): Case(401, 200, 404, json={}),
    ("POST", f"/api/v1/interviews/{ID}/new"): Case(401, 201, 404, json={}),
    ("GET", f"/api/v1/interviews/{ID}/report"): Case(401, 200, 404),
    ("GET", "/api/v1/progress"): Case(401, 200, 200),
    ("GET", "/api/v1/data"): Case(401, 200, 200),
    ("DELETE", "/api/v1/data"): Case(401, 204, 204),
}


def app_routes(app: FastAPI) -> set[tuple[str, str]]:
    """(method, path) of every route, routers included (FastAPI keeps those nested)."""
    found: set[tuple[str, str]] = set()
    for context in iter_route_contexts(app.routes):
        assert context.path is not None, context
        if isinstance(context.original_route, Mount):
            found.add(("GET", context.path))
        else:
            found |= {(m, context.path) for m in context.methods or () if m != "HEAD"}
    return found


def test_every_route_is_in_the_matrix(multi_site: Site) -> None:
    routes = app_routes(multi_site.app)
    unlisted = sorted(routes - MATRIX.keys())
    assert not unlisted, f"routes without an authorization decision in MATRIX: {unlisted}"
    assert not sorted(MATRIX.keys() - routes), "MATRIX lists routes the app no longer has"


@dataclass
class World:
    site: Site
    interview_id: str
    owner_candidate: str
    first_question: str
    clients: dict[str, TestClient] = field(default_factory=dict)
    tokens: dict[str, str] = field(default_factory=dict)


@pytest.fixture
def world(make_site: SiteFactory) -> Iterator[World]:
    """Two members; the owner has an interview with a retake half done (every route applies)."""
    site = make_site(multi_user=True)
    accounts = site.app.state.services.accounts
    clients = {actor: site.client() for actor in ACTORS}
    tokens: dict[str, str] = {}
    for actor in ("owner", "other"):
        assert register(clients[actor], f"{actor}@example.com").status_code == 303
        candidate = accounts.members.candidate_of(f"{actor}@example.com")
        tokens[actor] = accounts.create_token(candidate)
    owner = accounts.members.candidate_of("owner@example.com")
    coach = site.coach
    turn = coach.start_interview(owner, RESUME, JOB, length="quick", seed=3)
    for _ in range(2):
        coach.submit_answer(owner, turn.interview_id, STORY)
    coach.retake(owner, turn.interview_id)
    coach.submit_answer(owner, turn.interview_id, STORY)
    yield World(site, turn.interview_id, owner, turn.question.text, clients, tokens)
    for client in clients.values():
        client.close()


def _call(world: World, actor: str, method: str, path: str, case: Case) -> Response:
    client = world.clients[actor]
    url = (case.url or path).replace(ID, world.interview_id)
    headers = bearer(world.tokens[actor]) if actor in world.tokens else {}
    if path.startswith("/api/"):
        body = case.json
        if body is not None and body.get("position") == WAITING:
            view = world.site.coach.interview(world.owner_candidate, world.interview_id)
            assert view.current_question is not None
            body = {**body, "position": view.current_question.position}
        return client.request(method, url, json=body, headers=headers, follow_redirects=False)
    if case.form is None:
        return client.get(url, follow_redirects=False)
    token = csrf(client, "/login" if actor == "anonymous" else "/data")
    return client.request(
        method, url, data={"csrf_token": token, **case.form}, follow_redirects=False
    )


def _owners_data(world: World) -> dict[str, Any]:
    data = world.site.coach.export_all(world.owner_candidate)
    data.pop("exported_at")
    return data


@pytest.mark.parametrize(("method", "path"), sorted(MATRIX), ids=lambda v: str(v))
def test_who_may_use_each_route(world: World, method: str, path: str) -> None:
    case = MATRIX[(method, path)]
    before = _owners_data(world)
    for actor in ACTORS:
        response = _call(world, actor, method, path, case)
        assert response.status_code == case.expected(actor), (actor, response.text[:300])
        if actor == "anonymous" and not case.public and not path.startswith("/api/"):
            assert response.headers["location"].startswith("/login")
        if actor != "owner":
            echoed = f'name="next" value="{response.request.url.path}"'
            shown = response.text.replace(echoed, "")
            assert world.interview_id not in shown, f"{actor} sees the owner's interview"
            assert world.first_question not in shown, f"{actor} sees the owner's question"
            assert _owners_data(world) == before, f"{actor} changed the owner's data"


def test_not_yours_reads_exactly_like_missing(world: World) -> None:
    other = world.clients["other"]
    headers = bearer(world.tokens["other"])
    nobodys = "00000000-0000-0000-0000-000000000000"
    for template in ("/interviews/{}", "/interviews/{}/report", "/api/v1/interviews/{}"):
        theirs = other.get(template.format(world.interview_id), headers=headers)
        missing = other.get(template.format(nobodys), headers=headers)
        assert theirs.status_code == missing.status_code == 404
        # Identical but for the requested address itself, echoed in the page's own forms.
        assert theirs.text.replace(world.interview_id, nobodys) == missing.text


def test_in_single_user_mode_another_candidates_token_gets_404(site: Site) -> None:
    accounts = site.app.state.services.accounts
    local = site.coach.local_candidate_id()
    stranger = site.coach.add_candidate("someone else")
    turn = site.coach.start_interview(local, RESUME, JOB, length="quick", seed=1)
    with site.client(headers=bearer(accounts.create_token(stranger))) as client:
        assert client.get(f"/api/v1/interviews/{turn.interview_id}").status_code == 404
        assert client.get("/api/v1/interviews").json() == []
