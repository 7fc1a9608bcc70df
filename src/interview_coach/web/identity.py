"""Who is asking. Pages: the local candidate (single-user) or the signed-in member. The API:
whoever the bearer token was created for, in every mode. Ownership of each interview is then
decided in one place, the service's ``access.interview_for`` (missing and not yours: 404)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from interview_coach.web.guard import cookies
from interview_coach.web.services import services

_VISITOR = "visitor"

bearer = HTTPBearer(
    auto_error=False,
    scheme_name="token",
    description="A token from `interview-coach token create` (or `--user EMAIL`).",
)


@dataclass(frozen=True, slots=True)
class Visitor:
    """The person behind a page request; ``candidate_id`` None means nobody is signed in."""

    candidate_id: str | None
    email: str | None = None
    user_id: str | None = None
    calm: bool = False  # a member's calm-mode preference, kept with the account

    @property
    def signed_in(self) -> bool:
        return self.email is not None


class SignInRequired(Exception):
    """A page that needs a member, asked for by nobody signed in."""


class TokenRequired(Exception):
    """An API request without a valid bearer token."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def visitor(request: Request) -> Visitor:
    """Resolved once per request (kept on the request, never across requests)."""
    found: Visitor | None = getattr(request.state, _VISITOR, None)
    if found is not None:
        return found
    serving = services(request)
    if not serving.settings.multi_user:
        found = Visitor(serving.coach.local_candidate_id())
    else:
        token = request.cookies.get(cookies.name(cookies.SESSION, serving.settings), "")
        member = serving.accounts.members.member(token) if token else None
        found = (
            Visitor(member.candidate_id, member.email, member.user_id, member.calm)
            if member
            else Visitor(None)
        )
    setattr(request.state, _VISITOR, found)
    return found


def known_visitor(request: Request) -> Visitor | None:
    """The visitor if this request already resolved one (pages that need no one don't)."""
    found: Visitor | None = getattr(request.state, _VISITOR, None)
    return found


def page_candidate(request: Request) -> str:
    """The candidate a page acts for. Raises SignInRequired in multi-user mode when signed out."""
    candidate = visitor(request).candidate_id
    if candidate is None:
        raise SignInRequired()
    return candidate


def api_candidate(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Security(bearer)],
) -> str:
    """The candidate a bearer token acts for. Raises TokenRequired (401)."""
    if credentials is None:
        raise TokenRequired(
            "send a bearer token: Authorization: Bearer <token> "
            "(create one with `interview-coach token create`)"
        )
    candidate = services(request).accounts.token_candidate(credentials.credentials)
    if candidate is None:
        raise TokenRequired("this token is not valid; it may have been revoked")
    return candidate


PageCandidate = Annotated[str, Depends(page_candidate)]
ApiCandidate = Annotated[str, Depends(api_candidate)]
