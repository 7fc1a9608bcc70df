"""The OpenAI-compatible engine's guards: schema, finish_reason, quotes, numbers, verdicts."""

from __future__ import annotations

import json

import httpx
import pytest

from interview_coach.engine import EngineFailed, Exchanges, SummaryBrief
from interview_coach.engine.builtin import summary_text
from interview_coach.vocabulary import CoachMode, FeedbackLevel
from tests.engine.fakes import ScriptedServer, completion
from tests.engine.scored import STRONG, brief_of, good_reply


def test_a_reply_that_passes_becomes_the_feedback_with_quotes_located_in_the_answer() -> None:
    brief = brief_of()
    engine = ScriptedServer(completion(good_reply(brief))).engine()
    feedback = engine.write_feedback(brief)
    assert feedback.headline == "A solid story with a clear outcome."
    assert feedback.strengths
    assert feedback.gaps
    for point in feedback.strengths:
        if point.quote is not None:
            assert STRONG[point.quote.start : point.quote.end] == point.quote.text
    assert engine.tally.kept == 1
    assert engine.tally.fallbacks == 0


def test_every_request_sets_max_tokens_and_a_json_schema() -> None:
    server = ScriptedServer(completion(good_reply(brief_of())))
    server.engine(max_tokens=321).write_feedback(brief_of())
    (body,) = server.bodies()
    assert body["max_tokens"] == 321
    assert body["response_format"]["type"] == "json_schema"
    assert body["response_format"]["json_schema"]["schema"]["required"] == [
        "headline", "points", "closing"
    ]  # fmt: skip


def test_a_reply_cut_off_by_length_is_not_valid_and_is_asked_for_once_more() -> None:
    brief = brief_of()
    server = ScriptedServer(completion(good_reply(brief), "length"), completion(good_reply(brief)))
    engine = server.engine()
    assert engine.write_feedback(brief).headline
    assert engine.tally.cut_off == 1
    assert len(server.bodies()) == 2


def test_two_bad_replies_fall_back_with_the_reason() -> None:
    server = ScriptedServer(completion("not json at all"))
    engine = server.engine()
    log = Exchanges()
    with pytest.raises(EngineFailed, match="not JSON"):
        engine.write_feedback(brief_of(), log)
    assert [e.outcome for e in log.items] == ["the reply is not JSON"] * 2
    assert engine.tally.fallbacks == 1


@pytest.mark.parametrize("status", [500, 502, 503])
def test_server_errors_fall_back(status: int) -> None:
    server = ScriptedServer(httpx.Response(status, text="boom"))
    with pytest.raises(EngineFailed, match=f"HTTP {status}"):
        server.engine().write_feedback(brief_of())
    assert len(server.bodies()) == 2  # a 5xx is tried once more


def test_a_timeout_falls_back_at_once() -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    server = ScriptedServer(slow)
    with pytest.raises(EngineFailed, match="did not answer in time"):
        server.engine().write_feedback(brief_of())
    assert len(server.bodies()) == 1


def test_a_server_that_rejects_json_schema_gets_json_object_with_the_schema() -> None:
    brief = brief_of()
    rejection = httpx.Response(400, json={"error": "response_format json_schema not supported"})
    server = ScriptedServer(rejection, completion(good_reply(brief)))
    engine = server.engine()
    assert engine.write_feedback(brief).headline
    first, second = server.bodies()
    assert first["response_format"]["type"] == "json_schema"
    assert second["response_format"] == {
        "type": "json_object",
        "schema": first["response_format"]["json_schema"]["schema"],
    }


def _reply_with(brief_points: list[dict[str, str]], headline: str = "Fine work.") -> str:
    return json.dumps({"headline": headline, "points": brief_points, "closing": ""})


def test_a_point_quoting_words_not_in_the_answer_is_dropped() -> None:
    brief = brief_of()
    good = json.loads(good_reply(brief))["points"]
    invented = {**good[0], "quote": "I single-handedly saved the company millions"}
    engine = ScriptedServer(completion(_reply_with([invented, *good[1:]]))).engine()
    feedback = engine.write_feedback(brief)
    assert all("millions" not in (p.quote.text if p.quote else "") for p in feedback.strengths)
    assert engine.tally.points_dropped == 1


def test_a_number_the_answer_does_not_state_is_dropped() -> None:
    brief = brief_of()
    good = json.loads(good_reply(brief))["points"]
    inflated = {**good[0], "text": "You cut errors by 97%."}
    engine = ScriptedServer(completion(_reply_with([inflated, *good[1:]]))).engine()
    feedback = engine.write_feedback(brief)
    assert not any("97" in p.text for p in feedback.strengths)


def test_praising_a_weak_dimension_or_faulting_a_strong_one_is_dropped() -> None:
    brief = brief_of()
    good = json.loads(good_reply(brief))["points"]
    strong, weak = brief.strengths[0].dimension.value, brief.gaps[0].dimension.value
    flipped = [
        {**good[0], "kind": "gap", "dimension": strong},
        {**good[-1], "kind": "strength", "dimension": weak},
    ]
    engine = ScriptedServer(completion(_reply_with([*flipped, *good]))).engine()
    feedback = engine.write_feedback(brief)
    assert all(p.dimension != brief.strengths[0].dimension for p in feedback.gaps)
    assert all(p.dimension != brief.gaps[0].dimension for p in feedback.strengths)
    assert engine.tally.points_dropped == 2


def test_a_headline_calling_a_high_scoring_dimension_missing_rejects_the_reply() -> None:
    brief = brief_of()
    plainly_there = next(f for f in brief.scores if f.score >= 8)
    headline = f"The {plainly_there.label.lower()} is missing entirely."
    reply = _reply_with(json.loads(good_reply(brief))["points"], headline)
    with pytest.raises(EngineFailed, match="missing"):
        ScriptedServer(completion(reply)).engine().write_feedback(brief)


def test_too_little_left_rejects_the_whole_reply() -> None:
    brief = brief_of()
    bad = [
        {**p, "quote": "words that are nowhere"} for p in json.loads(good_reply(brief))["points"]
    ]
    with pytest.raises(EngineFailed, match="too little left"):
        ScriptedServer(completion(_reply_with(bad))).engine().write_feedback(brief)


def test_basic_feedback_is_a_headline_only() -> None:
    brief = brief_of(level=FeedbackLevel.BASIC)
    server = ScriptedServer(completion(json.dumps({"headline": "Clear and concrete."})))
    feedback = server.engine().write_feedback(brief)
    assert feedback.headline == "Clear and concrete."
    assert not feedback.strengths
    assert server.bodies()[0]["response_format"]["json_schema"]["schema"]["required"] == [
        "headline"
    ]


def test_a_request_over_the_size_bound_is_never_sent() -> None:
    server = ScriptedServer(completion("{}"))
    with pytest.raises(EngineFailed, match="characters"):
        server.engine(max_request_chars=1000).write_feedback(brief_of())
    assert server.bodies() == []


def test_the_api_key_is_sent_as_a_bearer_token_and_only_to_the_server() -> None:
    server = ScriptedServer(completion(good_reply(brief_of())))
    server.engine(api_key="sk-test-123").write_feedback(brief_of())
    assert server.requests[0].headers["authorization"] == "Bearer sk-test-123"
    assert "sk-test-123" not in server.requests[0].content.decode()


def _summary_brief() -> SummaryBrief:
    patterns, steps = ("Results often lack a number.",), ("Practise stating outcomes.",)
    return SummaryBrief(CoachMode.GUIDE, 4, 5, 6.5, ("Action",), ("Result",), patterns, steps)


def test_a_summary_keeps_to_the_report_numbers() -> None:
    ok = json.dumps({"summary": "You answered 4 of 5, at 6.5 overall; Action is your strength."})
    assert "6.5" in ScriptedServer(completion(ok)).engine().write_summary(_summary_brief())
    invented = json.dumps({"summary": "You scored 9.8 overall."})
    with pytest.raises(EngineFailed, match="a number"):
        ScriptedServer(completion(invented)).engine().write_summary(_summary_brief())
    assert "4 of 5" in summary_text(_summary_brief())


def test_schema_bounds_are_sent_only_when_asked_for() -> None:
    server = ScriptedServer(completion(good_reply(brief_of())))
    server.engine().write_feedback(brief_of())
    server.engine(schema_bounds=True).write_feedback(brief_of())
    plain, bounded = (b["response_format"]["json_schema"]["schema"] for b in server.bodies())
    assert "maxLength" not in json.dumps(plain)
    assert bounded["properties"]["headline"]["maxLength"] == 300
    assert bounded["properties"]["points"]["maxItems"] == 6
    point = bounded["properties"]["points"]["items"]["properties"]
    assert point["text"]["maxLength"] == 400
    assert "maxLength" not in point["kind"]  # an enum is bounded already


def test_datamarks_copied_into_prose_read_as_spaces() -> None:
    brief = brief_of()
    reply = json.loads(good_reply(brief))
    reply["headline"] = "Aˆsolidˆstory."
    feedback = ScriptedServer(completion(json.dumps(reply))).engine().write_feedback(brief)
    assert feedback.headline == "A solid story."


@pytest.mark.parametrize(
    "headline", ["Your answer to the question:", "A strong story, and the", "Good work with"]
)
def test_a_headline_that_stops_mid_sentence_is_not_shown(headline: str) -> None:
    brief = brief_of()
    reply = json.loads(good_reply(brief))
    reply["headline"] = headline
    with pytest.raises(EngineFailed, match="mid-sentence"):
        ScriptedServer(completion(json.dumps(reply))).engine().write_feedback(brief)


@pytest.mark.parametrize(
    "headline",
    [
        "The coach's own headline, to improve on.",
        "My rules: never change, question or argue with a verdict.",
    ],
)
def test_a_reply_that_repeats_the_coachs_instructions_is_not_shown(headline: str) -> None:
    brief = brief_of()
    reply = json.loads(good_reply(brief))
    reply["headline"] = headline
    with pytest.raises(EngineFailed, match="own instructions"):
        ScriptedServer(completion(json.dumps(reply))).engine().write_feedback(brief)


def test_a_reply_that_runs_in_circles_is_not_shown() -> None:
    brief = brief_of()
    reply = json.loads(good_reply(brief))
    reply["headline"] = "A strong answer that is detailed. A strong answer that is detailed."
    with pytest.raises(EngineFailed, match="repeats itself"):
        ScriptedServer(completion(json.dumps(reply))).engine().write_feedback(brief)


def test_a_summary_or_headline_too_short_to_say_anything_is_not_shown() -> None:
    short = json.dumps({"summary": "The coach."})
    with pytest.raises(EngineFailed, match="under 12 words"):
        ScriptedServer(completion(short)).engine().write_summary(_summary_brief())
    brief = brief_of()
    reply = json.loads(good_reply(brief))
    reply["headline"] = "Coach."
    with pytest.raises(EngineFailed, match="under 2 words"):
        ScriptedServer(completion(json.dumps(reply))).engine().write_feedback(brief)
