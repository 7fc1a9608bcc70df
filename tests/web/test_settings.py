"""Web settings: loopback decides single-user mode; the host allow-list follows the address."""

from __future__ import annotations

import pytest

from interview_coach.web import NotSafeToServe, WebSettings
from interview_coach.web.settings import is_loopback


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1", "[::1]", "127.0.0.2"])
def test_loopback_addresses(host: str) -> None:
    assert is_loopback(host)


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.20", "coach.example.edu", ""])
def test_single_user_mode_refuses_to_listen_beyond_this_machine(host: str) -> None:
    assert not is_loopback(host)
    with pytest.raises(NotSafeToServe, match="--multi-user"):
        WebSettings(host=host).check_safe()
    WebSettings(host=host, multi_user=True).check_safe()


def test_the_host_allow_list() -> None:
    assert WebSettings().hosts == {"localhost", "127.0.0.1", "::1"}
    bound = WebSettings(host="192.168.1.20", multi_user=True, allowed_hosts="Coach.Example.edu")
    assert {"192.168.1.20", "coach.example.edu", "localhost"} <= bound.hosts
    assert "0.0.0.0" not in WebSettings(host="0.0.0.0", multi_user=True).hosts
    assert WebSettings(allowed_hosts="*").any_host


def test_web_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTERVIEW_COACH_MULTI_USER", "true")
    monkeypatch.setenv("INTERVIEW_COACH_ALLOWED_HOSTS", "coach.example.edu")
    monkeypatch.setenv("INTERVIEW_COACH_SECURE_COOKIES", "1")
    settings = WebSettings()
    assert settings.multi_user
    assert settings.secure_cookies
    assert "coach.example.edu" in settings.hosts
