"""The pages with an AI engine on: a banner everywhere, the wording polled into the card and
the question, the fallback note, and exactly what was sent, escaped."""

from __future__ import annotations

import itertools
import threading
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
from tests.engine.fakes import ScriptedServer, completion, obliging_model
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
    assert site.client.get(route).status_code == 204
    gate.set()
    site.coach.wording.settle()
    card = site.client.get(route)
    assert card.status_code == 200
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
