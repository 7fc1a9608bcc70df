"""`interview-coach token ...` and `serve`'s refusal to expose a single-user app."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from interview_coach.cli import serve, token
from tests.web.conftest import SiteFactory
from tests.web.helpers import bearer, register


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> typer.Typer:
    monkeypatch.setenv("INTERVIEW_COACH_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("INTERVIEW_COACH_DATABASE_URL", raising=False)
    app = typer.Typer()
    serve.register(app)
    token.register(app)
    return app


def test_a_token_is_printed_once_works_and_can_be_revoked(
    cli: typer.Typer, make_site: SiteFactory
) -> None:
    runner = CliRunner()
    created = runner.invoke(cli, ["token", "create", "--label", "my script"])
    assert created.exit_code == 0, created.output
    secret = created.stdout.strip()
    assert secret.startswith("icv1_")
    assert len(secret) > 40
    site = make_site()
    with site.client(headers=bearer(secret)) as client:
        assert client.get("/api/v1/progress").status_code == 200
        listed = runner.invoke(cli, ["token", "list"])
        assert "my script" in listed.stdout
        assert secret not in listed.stdout
        token_id = listed.stdout.split("\t")[0]
        assert runner.invoke(cli, ["token", "revoke", token_id]).exit_code == 0
        assert client.get("/api/v1/progress").status_code == 401
    again = runner.invoke(cli, ["token", "revoke", secret])
    assert again.exit_code == 2
    assert "no such token" in again.output


def test_a_token_for_a_member_acts_as_that_member(cli: typer.Typer, make_site: SiteFactory) -> None:
    site = make_site(multi_user=True)
    with site.client() as client:
        register(client, "lee@example.com")
    runner = CliRunner()
    created = runner.invoke(cli, ["token", "create", "--user", "LEE@example.com"])
    assert created.exit_code == 0, created.output
    with site.client(headers=bearer(created.stdout.strip())) as client:
        assert client.get("/api/v1/interviews").status_code == 200
    unknown = runner.invoke(cli, ["token", "create", "--user", "nobody@example.com"])
    assert unknown.exit_code == 2
    assert "no account" in unknown.output


def test_serve_will_not_expose_a_single_user_app(
    cli: typer.Typer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INTERVIEW_COACH_MULTI_USER", "false")
    monkeypatch.setenv("INTERVIEW_COACH_HOST", "127.0.0.1")
    result = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0"])
    assert result.exit_code == 2
    assert "--multi-user" in result.output
