"""One scoring path: the same answer to the same question gets the same scorecard from the API,
from the interview page and from `interview-coach score`, whatever the coach mode's wording."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from interview_coach.store.schema import AnswerRow, ScorecardRow
from tests.web.conftest import Site
from tests.web.helpers import STORY, bearer, csrf, start_by_api


def _stored_cards(site: Site) -> list[dict[str, Any]]:
    with site.coach.db.reading() as session:
        rows = session.execute(
            select(ScorecardRow.card).join(AnswerRow).order_by(AnswerRow.created_at)
        )
        return [row.card for row in rows]


def _score_command(question: str, kind: str) -> dict[str, Any]:
    """`interview-coach score` in its own process, reading relevance as the site does."""
    done = subprocess.run(
        [sys.executable, "-m", "interview_coach", "score", "--question", question,
         "--type", kind, "--answer-file", "-", "--json"],
        input=STORY.encode(),
        capture_output=True,
        timeout=120,
        check=True,
        env={**os.environ, "INTERVIEW_COACH_NO_EMBEDDINGS": "1"},
    )  # fmt: skip
    result: dict[str, Any] = json.loads(done.stdout)
    return result


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["friend", "challenger", "drill-sergeant"])
def test_api_page_and_score_command_give_one_scorecard(site: Site, mode: str) -> None:
    token = site.app.state.services.accounts.create_token(site.coach.local_candidate_id())
    with site.client(headers=bearer(token)) as api, site.client() as page:
        turn = start_by_api(api, token, mode=mode, level="detailed")
        interview, question = turn["interview_id"], turn["question"]
        assert isinstance(question, dict)
        by_api = api.post(
            f"/api/v1/interviews/{interview}/answers",
            json={"answer_text": STORY, "position": question["position"]},
        )
        assert by_api.status_code == 200, by_api.text
        assert api.post(f"/api/v1/interviews/{interview}/retake").status_code == 200
        _answer_on_the_page(page, f"/interviews/{interview}", question["position"])
    from_api, from_page = _stored_cards(site)
    assert from_page == from_api
    command = _score_command(question["ask"], question["type"])
    assert command["overall"] == from_api["overall"]
    assert command["dimensions"] == from_api["dimensions"]
    assert command["evidence"] == from_api["evidence"]


def _answer_on_the_page(page: TestClient, path: str, position: int) -> None:
    response = page.post(
        f"{path}/answers",
        data={"csrf_token": csrf(page, path), "answer": STORY, "position": str(position)},
        follow_redirects=True,
    )
    assert response.status_code == 200, response.text
