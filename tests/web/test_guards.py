"""A hostile page in the same browser cannot drive the app: Host allow-list against DNS
rebinding, CSRF tokens on every state-changing form, strict security headers."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from interview_coach.web.guard.hosts import host_name
from tests.web.conftest import Site, SiteFactory
from tests.web.helpers import csrf, start_page_interview


@pytest.mark.parametrize(
    "host", ["127.0.0.1:8000", "localhost:8000", "localhost", "[::1]:8000", "LOCALHOST"]
)
def test_loopback_names_are_served(client: TestClient, host: str) -> None:
    assert client.get("/", headers={"host": host}).status_code == 200


@pytest.mark.parametrize(
    "host",
    ["attacker.example", "attacker.example:8000", "127.0.0.1.nip.io:8000", "", "a b", "[::1"],
)
def test_other_host_names_are_refused_before_anything_runs(
    site: Site, client: TestClient, host: str
) -> None:
    response = client.get("/history", headers={"host": host})
    assert response.status_code == 400
    assert "does not answer to that name" in response.text
    api = client.get("/api/v1/progress", headers={"host": host})
    assert api.status_code == 400
    assert "error" in api.json()


def test_a_rebinding_page_cannot_post_either(client: TestClient) -> None:
    token = csrf(client)
    response = client.post(
        "/data/delete",
        data={"csrf_token": token, "confirm": "delete"},
        headers={"host": "attacker.example:8000"},
    )
    assert response.status_code == 400


def test_extra_host_names_come_from_the_settings(make_site: SiteFactory) -> None:
    site = make_site(allowed_hosts="coach.example.edu, Interview.Example.org")
    with site.client() as client:
        assert client.get("/", headers={"host": "coach.example.edu"}).status_code == 200
        assert client.get("/", headers={"host": "interview.example.org:443"}).status_code == 200
        assert client.get("/", headers={"host": "evil.example"}).status_code == 400


@pytest.mark.parametrize(
    ("header", "name"),
    [
        ("127.0.0.1:8000", "127.0.0.1"),
        ("[::1]:8000", "::1"),
        ("Example.COM", "example.com"),
        ("example.com:", None),
        ("example.com:99999999", None),
        ("user@example.com", None),
        ("example.com/path", None),
    ],
)
def test_host_headers_are_parsed_strictly(header: str, name: str | None) -> None:
    assert host_name(header) == name


def test_every_state_changing_form_needs_the_token(client: TestClient) -> None:
    path = start_page_interview(client)
    for action in (
        "/interviews",
        f"{path}/answers",
        f"{path}/draft",
        f"{path}/retake",
        f"{path}/finish",
        f"{path}/new",
        "/data/delete",
        "/preferences/calm",
    ):
        missing = client.post(action, data={"answer": "x", "confirm": "delete", "sample": "1"})
        assert missing.status_code == 403, action
        assert "form has expired" in missing.text
        wrong = client.post(action, data={"csrf_token": "forged", "confirm": "delete"})
        assert wrong.status_code == 403, action
    assert client.get(path).status_code == 200  # nothing was deleted


def test_the_token_must_match_this_browsers_cookie(site: Site) -> None:
    with site.client() as victim, site.client() as attacker:
        start_page_interview(victim)
        attackers_token = csrf(attacker)  # valid, but for the attacker's own cookie
        response = victim.post(
            "/data/delete", data={"csrf_token": attackers_token, "confirm": "delete"}
        )
        assert response.status_code == 403
        assert len(site.coach.history(site.coach.local_candidate_id())) == 1


def test_cross_site_requests_are_refused_even_with_a_token(client: TestClient) -> None:
    token = csrf(client)
    data = {"csrf_token": token, "calm": "1", "next": "/"}
    foreign = client.post(
        "/preferences/calm", data=data, headers={"origin": "https://attacker.example"}
    )
    assert foreign.status_code == 403
    fetched = client.post("/preferences/calm", data=data, headers={"sec-fetch-site": "cross-site"})
    assert fetched.status_code == 403
    null_origin = client.post("/preferences/calm", data=data, headers={"origin": "null"})
    assert null_origin.status_code == 403
    same = client.post(
        "/preferences/calm",
        data=data,
        headers={"origin": "http://127.0.0.1:8000", "sec-fetch-site": "same-origin"},
        follow_redirects=False,
    )
    assert same.status_code == 303


def test_htmx_requests_may_send_the_token_as_a_header(client: TestClient) -> None:
    path = start_page_interview(client)
    response = client.post(
        f"{path}/draft",
        data={"answer": "draft", "position": "1"},
        headers={"X-CSRF-Token": csrf(client, path), "HX-Request": "true"},
    )
    assert response.status_code == 200
    assert response.text.startswith("Draft saved")


def test_the_csrf_cookie_is_httponly_and_strict(site: Site) -> None:
    with site.client() as fresh:
        header = fresh.get("/").headers["set-cookie"]
    assert "ic_csrf=" in header
    assert "HttpOnly" in header
    assert "SameSite=strict" in header


def test_pages_carry_strict_security_headers(client: TestClient) -> None:
    headers = client.get("/").headers
    policy = headers["content-security-policy"]
    assert "script-src 'self'" in policy
    assert "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy
    assert "unsafe-eval" not in policy
    assert headers["x-frame-options"] == "DENY"
    assert headers["x-content-type-options"] == "nosniff"


def test_no_template_uses_inline_scripts_or_styles(site: Site) -> None:
    """The CSP forbids them; a template that used one would silently break in the browser."""
    from interview_coach.web.rendering import STATIC

    templates = STATIC.parent / "templates"
    for template in templates.rglob("*.html"):
        text = template.read_text()
        for forbidden in ("<script>", " style=", "onclick=", "hx-on"):
            assert forbidden not in text, (template.name, forbidden)


def test_assets_are_served_by_the_app_itself(client: TestClient) -> None:
    page = client.get("/").text
    assert "https://" not in page
    assert "//cdn" not in page
    for asset in ("/static/htmx.min.js", "/static/coach.css", "/static/coach.js"):
        assert client.get(asset).status_code == 200
    assert client.get("/static/htmx.LICENSE").status_code == 200
