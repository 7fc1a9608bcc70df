"""The protocol and the guards against a real OpenAI-compatible server (llama.cpp, SmolLM2).

A 135M model writes poor prose, so these tests check the protocol, not the quality: the model
list, schema-valid replies when a reply stops by itself, the truncation fallback, the page
getting the engine's wording (or the fallback note) after the scorecard, and the scores.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from interview_coach.assessment import Assessor
from interview_coach.engine.llm import CompatibleEngine
from interview_coach.engine.llm.client import CompatibleClient
from interview_coach.engine.llm.replies import QUESTION, read
from interview_coach.sessions import Coach
from interview_coach.sessions.wording import Wording
from interview_coach.store import open_database
from interview_coach.vocabulary import FeedbackLevel
from interview_coach.web import WebSettings, create_app
from tests.engine.local_server import local_server, why_not
from tests.engine.scored import QUESTION as ASKED
from tests.engine.scored import STRONG
from tests.sessions.scripted import JOB, RESUME
from tests.store.backends import sqlite_url
from tests.web.helpers import BASE_URL

pytestmark = pytest.mark.slow
# The machine may be busy: a slow reply is fine, these tests check what comes back.
TIMEOUT = 600.0


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    reason = why_not()
    if reason:
        pytest.skip(reason)
    with local_server() as base:
        yield base


def _engine(base: str, max_tokens: int = 160) -> CompatibleEngine:
    return CompatibleEngine(
        base, "local-gguf", timeout=TIMEOUT, max_tokens=max_tokens, schema_bounds=True
    )


def test_the_server_lists_its_model_and_the_engine_checks_out(server: str) -> None:
    client = CompatibleClient(server, None, TIMEOUT)
    assert client.models()
    checks = _engine(server).check()
    assert [c.what for c in checks] == ["reachable", "model", "structured output"]
    assert all(c.ok for c in checks), checks


def test_a_reply_that_stops_by_itself_matches_the_schema(server: str) -> None:
    client = CompatibleClient(server, None, TIMEOUT)
    body = {
        "model": "local-gguf",
        "messages": [{"role": "user", "content": "Ask one short interview question."}],
        "max_tokens": 120,
        "temperature": 0,
        "stream": True,
        "response_format": {"type": "json_schema",
                            "json_schema": {"name": "question", "schema": QUESTION}},
    }  # fmt: skip
    reply = client.chat(body)
    assert reply.first_token_seconds is not None  # it streamed
    if reply.finish_reason == "stop":
        assert set(read(reply.content, QUESTION)) == {"question", "hint"}
    else:
        assert reply.finish_reason == "length"
        with pytest.raises(ValueError, match=r"JSON|lacks"):
            read(reply.content, QUESTION)


def test_a_reply_cut_by_max_tokens_falls_back_and_the_scores_stay(server: str) -> None:
    engine = _engine(server, max_tokens=16)
    builtin = Assessor(embedder=None).assess(ASKED, STRONG, level=FeedbackLevel.BASIC)
    assessed = Assessor(embedder=None, engine=engine).assess(
        ASKED, STRONG, level=FeedbackLevel.BASIC
    )
    assert engine.tally.cut_off >= 1
    assert engine.tally.fallbacks == 1
    assert assessed.feedback == builtin.feedback
    assert any(w.code == "engine_fallback" for w in assessed.scorecard.warnings)
    numbers = ("overall", "band", "dimensions", "evidence")
    mine, theirs = assessed.scorecard.to_dict(), builtin.scorecard.to_dict()
    assert {k: mine[k] for k in numbers} == {k: theirs[k] for k in numbers}


def test_the_page_gets_the_engine_wording_or_the_fallback_note_after_the_scorecard(
    server: str, tmp_path: Path
) -> None:
    settings = WebSettings(data_dir=tmp_path, database_url=sqlite_url(tmp_path), embedding=False)
    db = open_database(settings.database_url)
    coach = Coach(db, Assessor(embedder=None))
    try:
        client = TestClient(create_app(settings, coach=coach), base_url=BASE_URL)
        candidate = coach.local_candidate_id()
        turn = coach.start_interview(candidate, RESUME, JOB, length="quick", level="basic", seed=2)
        # The engine on from the first answer, one piece at a time: its feedback comes first.
        engine = _engine(server, 120)
        coach.wording = Wording(db, engine, workers=1)
        outcome = coach.submit_answer(candidate, turn.interview_id, STRONG)
        assert outcome.assessment.to_dict()["overall"] > 0  # the scorecard came at once
        page = client.get(f"/interviews/{turn.interview_id}")
        assert "AI engine on" in page.text
        route = f"/interviews/{turn.interview_id}/feedback/{outcome.answer_id}/wording"
        deadline = time.monotonic() + 3 * TIMEOUT
        card = client.get(route)
        while "feedback-stream-" in card.text and time.monotonic() < deadline:
            time.sleep(1)  # still streaming: the note asks again, with the prose so far
            card = client.get(route)
        assert card.status_code == 200
        assert "Written by the AI engine" in card.text or "built-in coach" in card.text
        assert "hx-trigger" not in card.text  # landed: the card stops asking
        streamed = [t for t in engine.timings if t[0] == "feedback"]
        assert streamed
        assert all(first is not None for _, first, _ in streamed)  # token by token
        sent = coach.export_all(candidate)["engine_calls"]
        assert sent
        assert all(json.dumps(e["request"]) for call in sent for e in call["exchanges"])
    finally:
        coach.close()
