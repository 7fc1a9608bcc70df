"""Guide's hint travels beside the question (its own field), never inside its text."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.web.conftest import Site
from tests.web.helpers import start_by_api, start_page_interview


def test_the_api_gives_guides_hint_as_its_own_field(site: Site) -> None:
    token = site.app.state.services.accounts.create_token(site.coach.local_candidate_id())
    with site.client() as api:
        guided = start_by_api(api, token, mode="guide")["question"]
        assert guided["hint"].startswith("A good answer")  # type: ignore[index]
        assert "A good answer" not in guided["text"]  # type: ignore[index]
        friendly = start_by_api(api, token, mode="friend")["question"]
        assert friendly["hint"] is None  # type: ignore[index]


def test_the_interview_page_shows_the_hint_collapsed_beside_the_question(
    client: TestClient,
) -> None:
    page = client.get(start_page_interview(client, mode="guide")).text
    assert '<details class="question-hint">' in page
    assert "What a good answer covers" in page
    other = client.get(start_page_interview(client, mode="drill-sergeant")).text
    assert "question-hint" not in other
