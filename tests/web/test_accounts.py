"""Accounts in multi-user mode: argon2id, password rules, cookies, sign-in limits in the DB."""

from __future__ import annotations

from datetime import timedelta

import pytest
from argon2 import PasswordHasher
from fastapi.testclient import TestClient
from sqlalchemy import select, update

from interview_coach.accounts.passwords import PasswordRejected, check_new_password
from interview_coach.accounts.schema import LoginSessionRow, UserRow
from interview_coach.store.schema import now
from tests.web.conftest import Site, SiteFactory
from tests.web.helpers import (
    PASSWORD,
    csrf,
    register,
    registration,
    sign_in,
    start_page_interview,
)


def _user(site: Site, email: str) -> UserRow:
    with site.coach.db.reading() as session:
        return session.scalars(select(UserRow).where(UserRow.email == email)).one()


def test_registration_stores_an_argon2id_hash_and_then_signs_in(multi_site: Site) -> None:
    with multi_site.client() as client:
        response = register(client, "Ada@Example.com")
        assert response.status_code == 303
        assert response.headers["location"] == "/"
        cookie = response.headers["set-cookie"]
        assert cookie.startswith("ic_session=")
        assert "HttpOnly" in cookie
        assert "SameSite=lax" in cookie
        assert "Secure" not in cookie
        assert client.get("/").status_code == 200
    stored = _user(multi_site, "ada@example.com").password_hash
    assert stored.startswith("$argon2id$")
    assert PASSWORD not in stored


def test_behind_tls_the_session_cookie_is_secure_and_host_bound(make_site: SiteFactory) -> None:
    site = make_site(multi_user=True, secure_cookies=True)
    with site.client(base_url="https://127.0.0.1") as client:
        cookie = register(client, "sec@example.com").headers["set-cookie"]
        assert cookie.startswith("__Host-ic_session=")
        assert "Secure" in cookie
        assert client.get("/").status_code == 200
        headers = client.get("/").headers
        assert "max-age" in headers["strict-transport-security"]


@pytest.mark.parametrize(
    ("password", "words"),
    [
        ("short", "at least 10"),
        ("password123", "most common"),
        ("Password2025!", "most common"),
        ("qwertyuiop", "most common"),
        ("0123456789", "most common"),
        ("aaaaaaaaaaaa", "repeats"),
        ("graceful-hopper-1906", "email"),
        ("x" * 300, "at most 256"),
    ],
)
def test_weak_passwords_are_refused_with_the_reason(password: str, words: str) -> None:
    with pytest.raises(PasswordRejected, match=words):
        check_new_password(password, "graceful-hopper@example.com")


def test_a_good_passphrase_passes() -> None:
    check_new_password(PASSWORD, "ada@example.com")


def test_registration_problems_show_on_the_form(multi_site: Site) -> None:
    with multi_site.client() as client:
        weak = register(client, "bob@example.com", "password123")
        assert weak.status_code == 400
        assert "most common passwords" in weak.text
        assert register(client, "not-an-email").status_code == 400
        token = csrf(client, "/register")
        different = client.post(
            "/register",
            data={
                "csrf_token": token,
                "email": "bob@example.com",
                "password": PASSWORD,
                "password_again": PASSWORD + "!",
            },
        )
        assert "two passwords are different" in different.text


def test_registration_reads_the_same_whether_or_not_the_email_has_an_account(
    multi_site: Site,
) -> None:
    with multi_site.client() as owner:
        assert register(owner, "carol@example.com").status_code == 303
    answers = []
    for email in ("carol@example.com", "nobody-yet@example.com"):
        with multi_site.client() as stranger:
            answer = registration(stranger, email, "another long passphrase here")
            answers.append(answer)
            assert "ic_session" not in stranger.cookies
    taken, fresh = answers
    assert (taken.status_code, taken.headers["location"]) == (
        fresh.status_code,
        fresh.headers["location"],
    )
    assert taken.text == fresh.text
    with multi_site.client() as owner:  # the owner's password still works, the stranger's not
        assert sign_in(owner, "carol@example.com").status_code == 303
        assert (
            sign_in(owner, "carol@example.com", "another long passphrase here").status_code == 400
        )


def test_wrong_password_and_unknown_email_read_the_same(multi_site: Site) -> None:
    with multi_site.client() as client:
        register(client, "dan@example.com")
    with multi_site.client() as client:
        wrong = sign_in(client, "dan@example.com", "not the right password")
        unknown = sign_in(client, "nobody@example.com", "not the right password")
        assert wrong.status_code == unknown.status_code == 400
        assert "don&#39;t match an account" in wrong.text
        assert "don&#39;t match an account" in unknown.text


def test_sign_in_rehashes_a_hash_made_with_older_parameters(multi_site: Site) -> None:
    with multi_site.client() as client:
        register(client, "eve@example.com")
    old = PasswordHasher(time_cost=1, memory_cost=512, parallelism=1).hash(PASSWORD)
    with multi_site.coach.db.writing() as session:
        session.execute(
            update(UserRow).where(UserRow.email == "eve@example.com").values(password_hash=old)
        )
    with multi_site.client() as client:
        assert sign_in(client, "eve@example.com").status_code == 303
    fresh = _user(multi_site, "eve@example.com").password_hash
    assert fresh != old
    assert "m=1024" in fresh


def test_sign_in_is_rate_limited_across_app_processes(
    make_site: SiteFactory, database_url: str
) -> None:
    """Two apps on one database, as two workers would be: the limit is counted in the DB."""
    one = make_site(database_url, multi_user=True)
    two = make_site(database_url, multi_user=True)
    with one.client() as client:
        register(client, "fay@example.com")
    statuses = []
    for attempt in range(5):
        with (one if attempt % 2 else two).client() as client:
            statuses.append(sign_in(client, "fay@example.com", "wrong password here").status_code)
    assert statuses == [400] * 5
    with two.client() as client:
        slowed = sign_in(client, "fay@example.com")  # from the guessing address, for now
        assert slowed.status_code == 429
        assert "wait 30 seconds" in slowed.text


def test_guesses_from_elsewhere_never_lock_the_owner_out(multi_site: Site) -> None:
    with multi_site.client() as client:
        register(client, "owen@example.com")
    for _ in range(12):
        with multi_site.client(client=("203.0.113.9", 4000)) as guesser:
            sign_in(guesser, "owen@example.com", "a wrong guess here")
    with multi_site.client(client=("198.51.100.20", 4000)) as owner:
        assert sign_in(owner, "owen@example.com").status_code == 303


def test_forwarded_addresses_count_only_from_trusted_proxies(make_site: SiteFactory) -> None:
    """A spray that names a new X-Forwarded-For each time is still one address, unless the
    request came through a proxy the settings name."""
    for trusted, limited in (("", True), ("192.0.2.1", False)):
        site = make_site(multi_user=True, trusted_proxies=trusted)
        statuses = set()
        for number in range(32):
            with site.client(client=("192.0.2.1", 4000)) as client:
                client.headers["x-forwarded-for"] = f"198.51.100.{number}"
                statuses.add(sign_in(client, f"spray{number}@example.com", "a guess").status_code)
        assert (429 in statuses) is limited


def test_a_successful_sign_in_clears_the_count(multi_site: Site) -> None:
    with multi_site.client() as client:
        register(client, "gus@example.com")
    for _ in range(4):
        with multi_site.client() as client:
            sign_in(client, "gus@example.com", "wrong password here")
    with multi_site.client() as client:
        assert sign_in(client, "gus@example.com").status_code == 303
    for _ in range(4):
        with multi_site.client() as client:
            assert sign_in(client, "gus@example.com", "wrong again, sadly").status_code == 400


def test_one_address_cannot_try_many_accounts(multi_site: Site) -> None:
    statuses = set()
    for number in range(31):
        with multi_site.client() as client:
            statuses.add(sign_in(client, f"guess{number}@example.com", "a guess").status_code)
    assert 429 in statuses


def test_signed_out_visitors_are_sent_to_sign_in(multi_site: Site) -> None:
    with multi_site.client() as client:
        for path in ("/", "/history", "/progress", "/data", "/interviews/x"):
            response = client.get(path, follow_redirects=False)
            assert response.status_code == 303
            assert response.headers["location"].startswith("/login")
        assert client.get("/history", follow_redirects=False).headers["location"] == (
            "/login?next=/history"
        )


def test_sign_in_returns_only_to_pages_of_this_site(multi_site: Site) -> None:
    with multi_site.client() as client:
        register(client, "hal@example.com")
    with multi_site.client() as client:
        for target, expected in (("/history", "/history"), ("//evil.example", "/")):
            token = csrf(client, "/login")
            data = {"csrf_token": token, "email": "hal@example.com", "password": PASSWORD}
            response = client.post("/login", data={**data, "next": target}, follow_redirects=False)
            assert response.headers["location"] == expected


def test_sign_out_ends_the_session_on_the_server(multi_site: Site) -> None:
    with multi_site.client() as client:
        register(client, "ivy@example.com")
        stolen = dict(client.cookies)
        client.post("/logout", data={"csrf_token": csrf(client)})
    with multi_site.client(cookies=stolen) as thief:
        assert thief.get("/history", follow_redirects=False).status_code == 303


def test_expired_sessions_count_as_signed_out(multi_site: Site) -> None:
    with multi_site.client() as client:
        register(client, "jo@example.com")
        with multi_site.coach.db.writing() as session:
            session.execute(update(LoginSessionRow).values(expires_at=now() - timedelta(minutes=1)))
        assert client.get("/", follow_redirects=False).status_code == 303


def test_delete_everything_removes_the_account_too(multi_site: Site) -> None:
    with multi_site.client() as client:
        register(client, "kim@example.com")
        start_page_interview(client)
        response = client.post(
            "/data/delete", data={"csrf_token": csrf(client, "/data"), "confirm": "delete"}
        )
        assert response.url.path == "/data/deleted"
        assert "Everything is deleted" in response.text
        assert "1</strong> account" in response.text
        assert "Nothing of yours remains stored" in response.text
        assert client.get("/history", follow_redirects=False).status_code == 303  # signed out
    with multi_site.client() as client:
        assert sign_in(client, "kim@example.com").status_code == 400
    with multi_site.coach.db.reading() as session:
        assert session.scalars(select(UserRow)).all() == []
        assert session.scalars(select(LoginSessionRow)).all() == []


def test_single_user_mode_has_no_account_pages(client: TestClient) -> None:
    for path in ("/login", "/register"):
        assert client.get(path).status_code == 404
    assert client.post("/logout", data={"csrf_token": csrf(client)}).status_code == 404
