"""What every request handler reaches: the coach, the accounts, the settings, the templates.

Built once per process by ``create_app``; none of it holds per-candidate state, so any number
of worker processes can serve the same candidates (the database is the only shared state).
"""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request
from jinja2 import Environment

from interview_coach.accounts import Accounts
from interview_coach.documents.readers import DocumentReaders
from interview_coach.sessions import Coach
from interview_coach.web.settings import WebSettings


@dataclass(frozen=True, slots=True)
class Services:
    coach: Coach
    accounts: Accounts
    settings: WebSettings
    templates: Environment
    readers: DocumentReaders


def services(request: Request) -> Services:
    found: Services = request.app.state.services
    return found
