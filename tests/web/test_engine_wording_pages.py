"""The pages with an AI engine on: a banner everywhere, the wording polled into the card and
the question, the fallback note, and exactly what was sent, escaped."""

from __future__ import annotations

import itertools
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from interview_coach.assessment import Assessor
from interview_coach.sessions import Coach
from interview_coach.sessions.wording import Wording
from interview_coach.store import open_database
from interview_coach.web import WebSettings, create_app
from tests.engine.fakes import (
    ScriptedServer,
    completion,
    obliging_model,
    obliging_reply,
    streaming,
)
from tests.sessions.scripted import ANSWERS, JOB, RESUME
from tests.store.backends import sqlite_url
from tests.web.helpers import BASE_URL


class Site:
    def __init__(self, tmp_path: Path, server: ScriptedServer) -> None:
        settings = WebSettings(
            data_dir=tmp_path, database_url=sqlite_url(tmp_path), embedding=False
        )
        db = open_database(settings.database_url)
        seeds = itertools.count(1)
        self.coach = Coach(db, Assessor(embedder=None), seeds=lambda: next(seeds),
                           wording=Wording(db, server.engine()))  # fmt: skip
        self.client = TestClient(create_app(settings, coach=self.coach), base_url=BASE_URL)
        self.candidate = self.coach.local_candidate_id()


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[list[Site]]:
    made: list[Site] = []
    yield made
    for site in made:
        site.coach.close()


def _site(sites: list[Site], tmp_path: Path, server: ScriptedServer) -> Site:
    sites.append(Site(tmp_path, server))
    return sites[-1]


def test_the_feedback_card_polls_until_the_engine_wording_lands(
    sites: list[Site], tmp_path: Path
) -> None:
    gate = threading.Event()

    def held(request: httpx.Request) -> httpx.Response:
        gate.wait(30)
        return obliging_model(request)

    site = _site(sites, tmp_path, ScriptedServer(held))
    turn = site.coach.start_interview(site.candidate, RESUME, JOB, length="quick", seed=1)
    outcome = site.coach.submit_answer(site.candidate, turn.interview_id, ANSWERS[0])
    page = site.client.get(f"/interviews/{turn.interview_id}")
    assert "AI engine on" in page.text
    assert "The AI coach is writing this feedback" in page.text
    route = f"/interviews/{turn.interview_id}/feedback/{outcome.answer_id}/wording"
    waiting = site.client.get(route)
    assert "The AI coach is writing this feedback" in waiting.text
    assert "hx-trigger" in waiting.text  # it asks again
    assert "feedback-card" not in waiting.text  # only the note: the card stays as it is
    gate.set()
    site.coach.wording.settle()
    card = site.client.get(route)
    assert card.status_code == 200
    assert card.headers["HX-Retarget"] == f"#feedback-card-{outcome.answer_id}"
    assert "Written by the model." in card.text
    assert "hx-trigger" not in card.text
    question = site.client.get(f"/interviews/{turn.interview_id}/questions/2/wording")
    assert "Walk me through it:" in question.text


def test_a_failed_reply_shows_the_fallback_note_and_what_was_sent_is_escaped(
    sites: list[Site], tmp_path: Path
) -> None:
    site = _site(sites, tmp_path, ScriptedServer(completion("<script>alert(1)</script>")))
    turn = site.coach.start_interview(site.candidate, RESUME, JOB, length="quick", seed=1)
    site.coach.submit_answer(site.candidate, turn.interview_id, ANSWERS[0])
    site.coach.wording.settle()
    page = site.client.get(f"/interviews/{turn.interview_id}")
    assert "this is the built-in coach&#39;s wording" in page.text
    sent = site.client.get("/data/engine-calls")
    assert sent.status_code == 200
    assert "<script>alert(1)" not in sent.text
    assert "&lt;script&gt;alert(1)" in sent.text
    assert "«data answer" in sent.text


def test_without_an_engine_the_pages_say_nothing_leaves_the_machine(
    make_site,  # type: ignore[no-untyped-def]
) -> None:
    site = make_site()
    page = site.client().get("/")
    assert "AI engine on" not in page.text
    assert "nothing you type leaves it" in page.text


def _purpose(request: httpx.Request) -> str:
    name: str = json.loads(request.content)["response_format"]["json_schema"]["name"]
    return name


def _answered(site: Site, answers: int = 2) -> str:
    turn = site.coach.start_interview(site.candidate, RESUME, JOB, length="quick", seed=1)
    for text in ANSWERS[:answers]:
        site.coach.submit_answer(site.candidate, turn.interview_id, text)
    site.coach.wording.settle()
    return turn.interview_id


def test_the_report_shows_the_builtin_summary_until_the_engine_summary_lands(
    sites: list[Site], tmp_path: Path
) -> None:
    site = _site(sites, tmp_path, ScriptedServer(obliging_model))
    interview_id = _answered(site)
    page = site.client.get(f"/interviews/{interview_id}/report")
    assert "In short" in page.text
    assert "You answered 2 of 5 questions" in page.text  # the built-in summary, at once
    assert "The AI coach is writing this summary" in page.text
    site.coach.wording.settle()
    card = site.client.get(f"/interviews/{interview_id}/report/summary")
    assert "A steady interview: clear stories" in card.text
    assert "Written by the AI engine" in card.text
    assert "hx-trigger" not in card.text
    # Written once for these facts, then kept.
    again = site.client.get(f"/interviews/{interview_id}/report")
    assert "A steady interview: clear stories" in again.text
    purposes = [c["purpose"] for c in site.coach.wording.calls(site.candidate)]
    assert purposes.count("summary") == 1


@pytest.mark.parametrize(
    "reply",
    ['{"summary": "You scored 9.8 overall, top marks."}',
     '{"summary": "<script>alert(1)</script> See https://evil.example"}',
     "not json"],
)  # fmt: skip
def test_a_summary_that_fails_the_checks_leaves_the_builtin_one_and_says_so(
    sites: list[Site], tmp_path: Path, reply: str
) -> None:
    def model(request: httpx.Request) -> httpx.Response:
        if _purpose(request) == "summary":
            return httpx.Response(200, json=completion(reply))
        return obliging_model(request)

    site = _site(sites, tmp_path, ScriptedServer(model))
    interview_id = _answered(site)
    site.client.get(f"/interviews/{interview_id}/report")
    site.coach.wording.settle()
    card = site.client.get(f"/interviews/{interview_id}/report/summary")
    assert "You answered 2 of 5 questions" in card.text
    assert "built-in coach&#39;s wording" in card.text
    assert "9.8" not in card.text
    assert "<script>" not in card.text
    assert "evil.example" not in card.text


def test_nothing_sent_for_a_question_a_feedback_or_a_summary_names_the_candidate(
    sites: list[Site], tmp_path: Path
) -> None:
    server = ScriptedServer(obliging_model)
    site = _site(sites, tmp_path, server)
    turn = site.coach.start_interview(site.candidate, RESUME, JOB, length="quick", seed=1)
    named = f"{ANSWERS[0]} Alex Morgan signed it off with Dr. Okafor; mail alex@example.com."
    site.coach.submit_answer(site.candidate, turn.interview_id, named)
    site.coach.wording.settle()
    site.client.get(f"/interviews/{turn.interview_id}/report")
    site.coach.wording.settle()
    sent = [e["request"] for call in site.coach.export_all(site.candidate)["engine_calls"]
            for e in call["exchanges"]]  # fmt: skip
    assert {b["response_format"]["json_schema"]["name"] for b in sent} == {
        "question", "feedback", "summary"
    }  # fmt: skip
    assert sorted(map(str, sent)) == sorted(map(str, server.bodies()))  # exactly what went out
    text = json.dumps(sent)
    for private in ("Alex", "Morgan", "Okafor", "alex@example.com", "+44 20"):
        assert private not in text
    assert "[withheld]" in text


def test_the_feedback_prose_streams_into_the_card_checked_and_escaped(
    sites: list[Site], tmp_path: Path
) -> None:
    gate = threading.Event()

    def model(request: httpx.Request) -> httpx.Response:
        if _purpose(request) != "feedback":
            return obliging_model(request)
        reply = json.loads(obliging_reply(request))
        reply["points"][0]["text"] = "First <b>point</b> &amp; more."
        reply["points"].insert(1, {**reply["points"][1], "text": "You would get 9.9 here."})
        content = json.dumps(reply)
        # Held before the closing line: every point has streamed, the reply is not whole.
        return streaming(content, hold_after=content.index('"closing"'), gate=gate)(request)

    site = _site(sites, tmp_path, ScriptedServer(model))
    turn = site.coach.start_interview(site.candidate, RESUME, JOB, length="quick", seed=1)
    site.coach.wording.settle()
    outcome = site.coach.submit_answer(site.candidate, turn.interview_id, ANSWERS[0])
    route = f"/interviews/{turn.interview_id}/feedback/{outcome.answer_id}/wording"
    deadline = time.monotonic() + 30
    waiting = site.client.get(route)
    while "Said by the model." not in waiting.text and time.monotonic() < deadline:
        time.sleep(0.05)
        waiting = site.client.get(route)
    assert "The AI coach so far" in waiting.text
    assert "Written by the model." in waiting.text  # the headline, before the reply is whole
    assert "First &lt;b&gt;point&lt;/b&gt; &amp;amp; more." not in waiting.text  # markup: left out
    assert "9.9" not in waiting.text  # a number of its own: left out
    page = site.client.get(f"/interviews/{turn.interview_id}")
    assert "The AI coach so far" in page.text  # a reload shows the prose so far too
    gate.set()
    site.coach.wording.settle()
    landed = site.client.get(route)
    assert "The AI coach so far" not in landed.text
    assert "9.9" not in landed.text
    (timing,) = site.coach.wording.stream_timings
    assert timing[0] is not None
    assert timing[0] <= timing[1]
