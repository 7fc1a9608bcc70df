"""The interview loop in pages: answer (with HTMX and without), drafts, controls, reports."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from tests.web.conftest import Site
from tests.web.helpers import STORY, csrf, start_page_interview

HTMX = {"HX-Request": "true"}


def _answer(client: TestClient, path: str, text: str = STORY, htmx: bool = True) -> str:
    response = client.post(
        f"{path}/answers",
        data={"csrf_token": csrf(client, path), "answer": text},
        headers=HTMX if htmx else {},
        follow_redirects=not htmx,
    )
    assert response.status_code == 200, response.text
    return response.text


def test_an_answer_brings_feedback_with_evidence_and_the_next_question(
    client: TestClient,
) -> None:
    path = start_page_interview(client, level="detailed")
    fragment = _answer(client, path, STORY.replace("I profiled", "We profiled"))
    assert fragment.startswith('<div id="turn"')  # the HTMX fragment, not a whole page
    assert "feedback-card" in fragment
    assert '<mark class="ev-result"' in fragment or 'class="ev-result' in fragment
    assert "ev-metric" in fragment
    assert "900 ms" in fragment
    assert "ev-we" in fragment  # "we added load tests" hides the candidate's part
    assert "Question 2 of 5" in fragment
    assert "1</strong> of 5 answered" in fragment


def test_without_javascript_the_answer_redirects_back_to_the_interview(
    client: TestClient,
) -> None:
    path = start_page_interview(client)
    page = _answer(client, path, htmx=False)
    assert "<html" in page
    assert "feedback-card" in page
    assert "Question 2 of 5" in page


def test_the_whole_quick_interview_ends_with_a_report(client: TestClient) -> None:
    path = start_page_interview(client)
    for _ in range(5):
        last = _answer(client, path)
    assert "That was the last question" in last
    report = client.get(f"{path}/report")
    assert report.status_code == 200
    assert report.text.count('class="question-score"') == 5
    assert "What to practise next" in report.text
    markdown = client.get(f"{path}/report.md")
    assert markdown.headers["content-type"].startswith("text/markdown")
    assert "attachment" in markdown.headers["content-disposition"]


def test_drafts_autosave_and_come_back(client: TestClient) -> None:
    path = start_page_interview(client)
    token = csrf(client, path)
    saved = client.post(
        f"{path}/draft",
        data={"csrf_token": token, "answer": "Half an answer", "position": "1"},
        headers=HTMX,
    )
    assert saved.status_code == 200
    assert saved.text.startswith("Draft saved")
    assert "Half an answer" in client.get(path).text
    stale = client.post(
        f"{path}/draft",
        data={"csrf_token": token, "answer": "late", "position": "4"},
        headers=HTMX,
    )
    assert stale.text.startswith("Not saved")


def test_retake_then_compare_side_by_side(client: TestClient) -> None:
    path = start_page_interview(client)
    _answer(client, path, STORY)
    _answer(client, path, "We did some things and it went fine.")
    token = csrf(client, path)
    assert client.post(f"{path}/retake", data={"csrf_token": token}).status_code == 200
    _answer(client, path, STORY)
    _answer(client, path, STORY)
    compare = client.get(f"{path}/compare")
    assert compare.status_code == 200
    assert "Attempt 1 and attempt 2, side by side" in compare.text
    assert compare.text.count('class="side"') == 4
    assert "▲" in compare.text  # question 2 got better, dimension by dimension
    assert "We did some things and it went fine." in compare.text  # the earlier words, beside


def test_finish_early_reports_the_completion_rate(client: TestClient) -> None:
    path = start_page_interview(client)
    _answer(client, path)
    response = client.post(f"{path}/finish", data={"csrf_token": csrf(client, path)})
    assert response.url.path == f"{path}/report"
    assert "1 of 5 planned questions answered (20%)" in response.text


def test_start_new_gives_new_questions_for_the_same_job(client: TestClient) -> None:
    path = start_page_interview(client)
    first = client.get(path).text
    response = client.post(
        f"{path}/new", data={"csrf_token": csrf(client, path)}, follow_redirects=False
    )
    assert response.status_code == 303
    assert response.headers["location"] != path
    second = client.get(response.headers["location"]).text
    question = re.compile(r'<p class="question-ask">(.*?)</p>', re.S)
    assert question.search(first)
    assert question.search(second)
    assert question.search(first).group(1) != question.search(second).group(1)  # type: ignore[union-attr]


def test_low_anxiety_mode_hides_every_number(client: TestClient) -> None:
    path = start_page_interview(client)
    for _ in range(2):
        _answer(client, path)
    client.post("/preferences/calm", data={"csrf_token": csrf(client), "calm": "1", "next": "/"})
    for page in (path, f"{path}/report", "/progress", "/history"):
        text = client.get(page).text
        assert "score-badge" not in text, page
        assert "dimension-score" not in text, page
    words = client.get(path).text
    assert any(title in words for title in ("What works", "What is clear", "What is missing"))


def test_progress_and_history_list_the_interviews(client: TestClient) -> None:
    path = start_page_interview(client)
    _answer(client, path)
    history = client.get("/history").text
    assert path in history
    progress = client.get("/progress").text
    assert '<svg class="chart chart-wide"' in progress
    assert "Readiness" in progress


def test_export_downloads_everything_and_delete_needs_the_word(
    site: Site, client: TestClient
) -> None:
    path = start_page_interview(client)
    _answer(client, path)
    export = client.get("/data/export.json")
    assert "attachment" in export.headers["content-disposition"]
    assert export.json()["interviews"][0]["attempts"][0]["answers"][0]["text"] == STORY
    token = csrf(client, "/data")
    refused = client.post("/data/delete", data={"csrf_token": token, "confirm": "yes"})
    assert refused.status_code == 400
    assert "Nothing was deleted" in refused.text
    assert client.get(path).status_code == 200
    deleted = client.post("/data/delete", data={"csrf_token": token, "confirm": "delete"})
    assert deleted.status_code == 200
    assert client.get(path).status_code == 404
    assert site.coach.history(site.coach.local_candidate_id()) == ()


def test_missing_pages_are_friendly_404s(client: TestClient) -> None:
    for path in ("/interviews/nope", "/interviews/nope/report", "/no/such/page"):
        response = client.get(path)
        assert response.status_code == 404
        assert "Nothing here" in response.text
        assert "Traceback" not in response.text


def test_answering_a_finished_interview_says_it_moved_on(client: TestClient) -> None:
    path = start_page_interview(client)
    client.post(f"{path}/finish", data={"csrf_token": csrf(client, path)})
    response = client.post(
        f"{path}/answers", data={"csrf_token": csrf(client, path), "answer": STORY}, headers=HTMX
    )
    assert response.status_code == 200
    assert "already answered" in response.text or "finished" in response.text


def test_a_stale_tab_answer_is_kept_as_a_draft_not_stored(client: TestClient) -> None:
    path = start_page_interview(client)
    stale_form = client.get(path).text  # question 1, in a second tab
    _answer(client, path)  # answered in the first tab

    stale = client.post(
        f"{path}/answers",
        data={"csrf_token": csrf(client, path), "answer": "Typed in the old tab.", "position": "1"},
        headers=HTMX,
    )

    assert 'name="position" value="1"' in stale_form
    assert stale.status_code == 200
    assert "question 2 is the one waiting" in stale.text
    assert "Typed in the old tab." in stale.text
    assert "1</strong> of 5 answered" in stale.text


def test_sending_the_same_form_twice_answers_once(client: TestClient) -> None:
    path = start_page_interview(client)
    page = client.get(path).text
    token = re.search(r'name="answer_token" value="([^"]+)"', page)
    assert token is not None
    form = {"csrf_token": csrf(client, path), "answer": STORY, "position": "1"}
    form["answer_token"] = token.group(1)

    first = client.post(f"{path}/answers", data=form, headers=HTMX)
    again = client.post(f"{path}/answers", data=form, headers=HTMX)

    assert first.status_code == again.status_code == 200
    assert "1</strong> of 5 answered" in again.text
    assert "question 2 is the one waiting" not in again.text
