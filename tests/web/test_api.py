"""REST API v1: the interview loop in JSON, in the CLI's shapes, with clear JSON errors."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from interview_coach.assessment import Assessor
from interview_coach.vocabulary import FeedbackLevel, QuestionType
from tests.web.conftest import Site, SiteFactory
from tests.web.guard_helpers import no_html
from tests.web.helpers import JOB, RESUME, STORY, bearer, start_by_api

ANSWER_KEYS = {"overall", "band", "dimensions", "evidence", "feedback", "warnings", "length"}


@pytest.fixture
def token(site: Site) -> str:
    return site.app.state.services.accounts.create_token(site.coach.local_candidate_id())


@pytest.fixture
def api(site: Site, token: str) -> Iterator[TestClient]:
    with site.client(headers=bearer(token)) as opened:
        yield opened


def _answer(api: TestClient, interview_id: object, text: str = STORY) -> dict[str, object]:
    """Answer the question waiting, naming it as every answer must."""
    waiting = api.get(f"/api/v1/interviews/{interview_id}").json()["current_question"]
    body = {"answer_text": text, "position": waiting["position"]}
    response = api.post(f"/api/v1/interviews/{interview_id}/answers", json=body)
    assert response.status_code == 200, response.text
    body: dict[str, object] = response.json()
    return body


def test_start_returns_the_interview_and_its_first_question(api: TestClient, token: str) -> None:
    turn = start_by_api(api, token, mode="challenger", level="expert")
    assert set(turn) >= {"interview_id", "attempt", "question", "progress"}
    assert turn["progress"] == {"answered": 0, "total": 5}
    assert turn["question"]["position"] == 1  # type: ignore[index]


def test_an_answer_gets_the_cli_shapes_and_the_next_question(
    api: TestClient, token: str, lexical: Assessor
) -> None:
    turn = start_by_api(api, token, level="detailed")
    question = turn["question"]
    outcome = _answer(api, turn["interview_id"])
    assert set(outcome) >= ANSWER_KEYS
    scored = lexical.assess(
        question["text"],  # type: ignore[index]
        STORY,
        QuestionType(question["type"]),  # type: ignore[index]
        FeedbackLevel.DETAILED,
        competency=question["competency"],  # type: ignore[index]
        grounding=question["grounding"],  # type: ignore[index]
        ask=question["ask"],  # type: ignore[index]
    ).to_dict()
    assert outcome["question"] == question["text"]  # type: ignore[index]
    assert outcome["overall"] == scored["overall"]
    assert outcome["dimensions"] == scored["dimensions"]
    assert outcome["evidence"] == scored["evidence"]
    assert outcome["next_question"]["position"] == 2  # type: ignore[index]
    assert outcome["finished"] is False


def test_the_whole_loop_retake_finish_report_progress_export(api: TestClient, token: str) -> None:
    turn = start_by_api(api, token)
    interview = turn["interview_id"]
    for _ in range(5):
        last = _answer(api, interview)
    assert last["finished"] is True
    assert last["next_question"] is None
    retake = api.post(f"/api/v1/interviews/{interview}/retake")
    assert retake.status_code == 200
    assert retake.json()["attempt"] == 2
    _answer(api, interview)
    report = api.post(f"/api/v1/interviews/{interview}/finish").json()
    assert report["attempt"] == 2
    assert report["retake"]["previous_attempt"] == 1
    assert api.get(f"/api/v1/interviews/{interview}/report?attempt=1").json()["attempt"] == 1
    assert api.get("/api/v1/progress").json()["interviews"] == 1
    listed = api.get("/api/v1/interviews").json()
    assert [i["id"] for i in listed] == [interview]
    export = api.get("/api/v1/data").json()
    assert len(export["interviews"]) == 1
    fresh = api.post(f"/api/v1/interviews/{interview}/new")
    assert fresh.status_code == 201
    assert fresh.json()["interview_id"] != interview


def test_drafts_are_kept_and_read_back(api: TestClient, token: str) -> None:
    interview = start_by_api(api, token)["interview_id"]
    saved = api.put(f"/api/v1/interviews/{interview}/draft", json={"text": "half of it"})
    assert saved.status_code == 204
    assert api.get(f"/api/v1/interviews/{interview}").json()["draft"] == "half of it"


def test_delete_removes_everything_and_the_token_with_it(api: TestClient, token: str) -> None:
    start_by_api(api, token)
    assert api.delete("/api/v1/data").status_code == 204
    assert api.get("/api/v1/interviews").status_code == 401


@pytest.mark.parametrize(
    ("body", "status", "words"),
    [
        ('{"resume_text": ', 400, "not valid JSON"),
        ('{"resume_text": "x"}', 422, "job_text"),
        (
            f'{{"resume_text": "{RESUME[:200]}", "job_text": "{JOB[:200]}", "mode": "nice"}}',
            422,
            "mode",
        ),
        ('{"resume_text": "   ", "job_text": "a job"}', 422, "resume"),
        ("[]", 422, "valid dictionary"),
    ],
    ids=["broken-json", "missing-field", "unknown-mode", "blank-resume", "not-an-object"],
)
def test_bad_input_is_a_json_error_with_the_right_status(
    api: TestClient, body: str, status: int, words: str
) -> None:
    body = body.replace("\n", " ")
    response = api.post(
        "/api/v1/interviews", content=body, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == status, response.text
    assert set(response.json()) == {"error"}
    assert words in response.json()["error"]


def test_errors_are_json_everywhere_under_the_api(api: TestClient, token: str) -> None:
    missing = api.get("/api/v1/interviews/not-a-real-id/report")
    assert missing.status_code == 404
    assert set(missing.json()) == {"error"}
    unknown = api.get("/api/v1/nothing-here")
    assert unknown.status_code == 404
    assert "error" in unknown.json()
    wrong_method = api.delete("/api/v1/progress")
    assert wrong_method.status_code == 405
    assert "error" in wrong_method.json()
    interview = start_by_api(api, token)["interview_id"]
    api.post(f"/api/v1/interviews/{interview}/finish")
    moved_on = api.post(
        f"/api/v1/interviews/{interview}/answers", json={"answer_text": STORY, "position": 1}
    )
    assert moved_on.status_code == 409
    assert "finished" in moved_on.json()["error"]
    no_html(missing, unknown, wrong_method, moved_on)


def test_an_answer_over_the_limit_is_explained(api: TestClient, token: str) -> None:
    interview = start_by_api(api, token)["interview_id"]
    response = api.post(
        f"/api/v1/interviews/{interview}/answers",
        json={"answer_text": "word " * 5000, "position": 1},
    )
    assert response.status_code == 422
    assert "the limit is 20,000" in response.json()["error"]


def test_a_body_over_the_limit_is_413(api: TestClient) -> None:
    response = api.post(
        "/api/v1/interviews",
        content=b"x" * (13 * 1024 * 1024),
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 413
    assert "error" in response.json()


def test_without_a_token_the_api_answers_401(site: Site) -> None:
    with site.client() as anonymous:
        for headers in ({}, bearer("icv1_not-a-token"), {"Authorization": "Basic abc"}):
            response = anonymous.get("/api/v1/progress", headers=headers)
            assert response.status_code == 401
            assert response.headers["www-authenticate"] == "Bearer"
            assert "token" in response.json()["error"]


def test_a_revoked_token_stops_working(site: Site, api: TestClient, token: str) -> None:
    accounts = site.app.state.services.accounts
    assert api.get("/api/v1/progress").status_code == 200
    assert accounts.revoke_token(site.coach.local_candidate_id(), token)
    assert api.get("/api/v1/progress").status_code == 401


def test_openapi_documents_the_paths_tools_rely_on(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    paths = spec["paths"]
    for path, method in (
        ("/api/v1/interviews", "post"),
        ("/api/v1/interviews/{interview_id}/answers", "post"),
        ("/api/v1/interviews/{interview_id}/retake", "post"),
        ("/api/v1/interviews/{interview_id}/finish", "post"),
        ("/api/v1/interviews/{interview_id}/report", "get"),
        ("/api/v1/interviews/{interview_id}/draft", "put"),
        ("/api/v1/progress", "get"),
        ("/api/v1/data", "get"),
        ("/api/v1/data", "delete"),
    ):
        assert method in paths[path], (path, method)
    assert not any(path.startswith("/interviews") for path in paths)  # pages stay out
    answers = paths["/api/v1/interviews/{interview_id}/answers"]["post"]
    assert "401" in answers["responses"]
    assert "404" in answers["responses"]
    assert "token" in spec["components"]["securitySchemes"]


def test_the_api_loop_on_each_backend(make_site: SiteFactory, database_url: str) -> None:
    site = make_site(database=database_url)
    token = site.app.state.services.accounts.create_token(site.coach.local_candidate_id())
    with site.client(headers=bearer(token)) as api:
        turn = start_by_api(api, token)
        for _ in range(5):
            outcome = _answer(api, turn["interview_id"])
        assert outcome["finished"] is True
        report = api.get(f"/api/v1/interviews/{turn['interview_id']}/report").json()
        assert report["completion"]["rate"] == 1.0


def test_no_new_question_left_is_a_409_with_a_code_and_choices(site: Site, api: TestClient) -> None:
    from tests.sessions.exhausted import JOB as THIN_JOB
    from tests.sessions.exhausted import THIN_RESUME, every_question, fill_ledger

    fill_ledger(
        site.coach, site.coach.local_candidate_id(), every_question(seed=1)
    )  # the site's first seed
    body = {"resume_text": THIN_RESUME, "job_text": THIN_JOB, "length": "quick"}

    refused = api.post("/api/v1/interviews", json=body)

    assert refused.status_code == 409
    assert refused.json()["code"] == "no_new_questions"
    assert refused.json()["choices"] == ["focus", "allow_repeats"]
    assert api.post("/api/v1/interviews", json={**body, "allow_repeats": True}).status_code == 201


def test_an_answer_must_name_its_question(api: TestClient, token: str) -> None:
    interview = start_by_api(api, token)["interview_id"]
    url = f"/api/v1/interviews/{interview}/answers"

    unnamed = api.post(url, json={"answer_text": STORY})
    assert unnamed.status_code == 422
    assert "position" in unnamed.json()["error"]

    assert api.post(url, json={"answer_text": STORY, "position": 1}).status_code == 200
    stale = api.post(url, json={"answer_text": "From another tab.", "position": 1})
    assert stale.status_code == 409
    assert stale.json()["code"] == "question_mismatch"
    assert stale.json()["current_question"]["position"] == 2
    assert stale.json()["draft_kept"] is True
    assert api.get(f"/api/v1/interviews/{interview}").json()["draft"] == "From another tab."


def test_a_retry_with_the_same_idempotency_key_returns_the_stored_result(
    api: TestClient, token: str
) -> None:
    interview = start_by_api(api, token)["interview_id"]
    url = f"/api/v1/interviews/{interview}/answers"
    body = {"answer_text": STORY, "position": 1}

    first = api.post(url, json=body, headers={"Idempotency-Key": "retry-me"})
    again = api.post(url, json=body, headers={"Idempotency-Key": "retry-me"})

    assert first.status_code == again.status_code == 200
    assert again.json() == first.json()
    assert api.get(f"/api/v1/interviews/{interview}").json()["progress"]["answered"] == 1


def test_a_method_a_path_does_not_take_is_405_naming_those_it_does(api: TestClient) -> None:
    assert api.post("/api/v1/data").headers["allow"] == "DELETE, GET"
    assert api.delete("/api/v1/interviews").headers["allow"] == "GET, POST"
    assert api.put("/api/v1/progress").status_code == 405
