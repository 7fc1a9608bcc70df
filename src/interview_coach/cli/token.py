"""`interview-coach token create | list | revoke`: bearer tokens for the REST API."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated

import typer

from interview_coach.cli.inputs import fail

if TYPE_CHECKING:
    from interview_coach.accounts import Accounts

UserOption = Annotated[
    str | None,
    typer.Option("--user", help="The member's email (multi-user); default: the local candidate."),
]


def register(app: typer.Typer) -> None:
    tokens = typer.Typer(no_args_is_help=True, help="Bearer tokens for the REST API (/api/v1).")
    tokens.command("create")(create)
    tokens.command("list")(list_tokens)
    tokens.command("revoke")(revoke)
    app.add_typer(tokens, name="token")


def create(
    user: UserOption = None,
    label: Annotated[
        str | None, typer.Option(help="A note to tell tokens apart, e.g. 'laptop script'.")
    ] = None,
) -> None:
    """Print a new token. It is shown this once; only its hash is stored."""
    with _accounts() as (accounts, candidate_of):
        token = accounts.create_token(candidate_of(user), label)
    typer.echo(token)
    typer.echo(
        "Keep it somewhere safe: it is not shown again. Use it as 'Authorization: Bearer <token>'.",
        err=True,
    )


def list_tokens(user: UserOption = None) -> None:
    """List tokens by id, with their first characters (never the token itself)."""
    with _accounts() as (accounts, candidate_of):
        found = accounts.list_tokens(candidate_of(user))
    if not found:
        typer.echo("No tokens yet; create one with `interview-coach token create`.", err=True)
    for info in found:
        label = f"  {info.label}" if info.label else ""
        typer.echo(f"{info.id}\t{info.hint}…\t{info.created_at:%Y-%m-%d %H:%M}{label}")


def revoke(
    token: Annotated[str, typer.Argument(help="The token itself, or its id from `token list`.")],
    user: UserOption = None,
) -> None:
    """Revoke a token: requests that carry it are refused from now on."""
    with _accounts() as (accounts, candidate_of):
        revoked = accounts.revoke_token(candidate_of(user), token)
    if not revoked:
        fail("no such token (see `interview-coach token list`)")
    typer.echo("Revoked.", err=True)


@contextmanager
def _accounts() -> Iterator[tuple[Accounts, Callable[[str | None], str]]]:
    """The accounts over the configured database, and the candidate a token is for."""
    from interview_coach.accounts import Accounts
    from interview_coach.assessment import Assessor
    from interview_coach.bootstrap import build_coach
    from interview_coach.web import WebSettings

    # Tokens need the database only: no embedding model to load.
    coach = build_coach(WebSettings(), assessor=Assessor(embedder=None))
    try:
        accounts = Accounts(coach)

        def candidate_of(email: str | None) -> str:
            if email is None:
                return coach.local_candidate_id()
            found = accounts.members.candidate_of(email)
            if found is None:
                fail(f"no account with the email {email}")
            return found

        yield accounts, candidate_of
    finally:
        coach.close()
