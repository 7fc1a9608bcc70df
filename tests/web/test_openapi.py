"""The OpenAPI description holds: schemathesis sends every operation generated requests (valid
and not) with every check it has, and the app's answers must match what it describes."""

from __future__ import annotations

import itertools
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from argon2 import PasswordHasher
from hypothesis import HealthCheck, settings
from schemathesis.checks import CHECKS, is_check_class, load_all_checks

from interview_coach.accounts import Passwords
from interview_coach.assessment import Assessor
from interview_coach.sessions import Coach
from interview_coach.store import open_database
from interview_coach.web import WebSettings, create_app
from tests.web.helpers import bearer

pytestmark = pytest.mark.slow
load_all_checks()
#: Every check schemathesis has (none of them times anything).
ALL_CHECKS = [check for check in CHECKS.get_all() if not is_check_class(check)]
EXAMPLES = 20

# One app for the whole module: schemathesis reads its description when the tests are collected.
_FOLDER = tempfile.TemporaryDirectory(prefix="interview-coach-openapi-")
_SETTINGS = WebSettings(
    data_dir=Path(_FOLDER.name),
    database_url=f"sqlite:///{_FOLDER.name}/coach.db",
    embedding=False,
    allowed_hosts="testserver",  # the name schemathesis calls the app by
)
_SEEDS = itertools.count(1)
_COACH = Coach(
    open_database(_SETTINGS.database_url), Assessor(embedder=None), seeds=lambda: next(_SEEDS)
)
_APP = create_app(
    _SETTINGS,
    coach=_COACH,
    passwords=Passwords(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)),
)
TOKEN = _APP.state.services.accounts.create_token(_COACH.local_candidate_id())
described = schemathesis.openapi.from_asgi("/openapi.json", _APP)


@pytest.fixture(scope="module", autouse=True)
def _close_the_app() -> Iterator[None]:
    yield
    _COACH.close()
    _FOLDER.cleanup()


@described.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    database=None,
)
def test_every_operation_answers_as_described(case: schemathesis.Case) -> None:
    case.call_and_validate(headers=bearer(TOKEN), checks=ALL_CHECKS)


def test_every_operation_has_a_success_model_and_the_limits_are_described() -> None:
    document = _APP.openapi()
    for path, methods in document["paths"].items():
        for method, operation in methods.items():
            success = [s for s in operation["responses"] if s.startswith("2")]
            assert success, f"{method} {path}"
            for status in success:
                if status == "204":
                    continue
                schema = operation["responses"][status]["content"]["application/json"]["schema"]
                assert schema != {}, f"{method} {path}"
                assert "additionalProperties" not in schema, f"{method} {path}"
    models = document["components"]["schemas"]
    assert models["StartInterview"]["properties"]["resume_text"]["maxLength"] == 500_000
    assert models["SubmitAnswer"]["properties"]["answer_text"]["maxLength"] == 20_000
