"""Feedback prose streamed while it is written: JSON read before it is whole, and only pieces
that pass the checks a piece can pass alone are passed on."""

from __future__ import annotations

import json

from interview_coach.engine import Preview
from interview_coach.engine.llm.guards import preview
from interview_coach.engine.llm.partial import fields_so_far
from interview_coach.engine.llm.prompts import build
from tests.engine.fakes import ScriptedServer, completion, streaming
from tests.engine.scored import VAGUE, brief_of, good_reply

TOKEN = build("Write feedback.", [], {}, token="0123456789abcdef")


def test_every_cut_of_a_reply_reads_as_the_start_of_its_fields() -> None:
    reply = json.dumps(
        {
            "headline": 'A "quoted" caf\u00e9 story\n',
            "points": [{"kind": "gap", "text": "x\\y"}],
            "closing": "Bye",
        }
    )
    whole = {(f.key, f.object): f.text for f in fields_so_far(reply)}
    assert whole == {("headline", 0): 'A "quoted" café story\n', ("kind", 1): "gap",
                     ("text", 1): "x\\y", ("closing", 0): "Bye"}  # fmt: skip
    for cut in range(len(reply)):
        for field in fields_so_far(reply[:cut]):
            assert whole[(field.key, field.object)].startswith(field.text)
            if field.finished:
                assert field.text == whole[(field.key, field.object)]


def test_the_preview_grows_with_the_reply_and_ends_as_the_checked_points() -> None:
    brief = brief_of()
    reply = good_reply(brief)
    shown = [preview(reply[:cut], brief, TOKEN) for cut in range(0, len(reply), 7)]
    assert shown[0].empty
    final = preview(reply, brief, TOKEN)
    assert final.headline == "A solid story with a clear outcome."
    assert {kind for kind, _ in final.points} == {"strength", "gap"}
    lengths = [len(p.headline) + sum(len(t) for _, t in p.points) for p in shown]
    assert lengths == sorted(lengths)


def test_the_preview_leaves_out_what_the_whole_reply_would_fail_on() -> None:
    brief = brief_of(VAGUE)
    gap = brief.gaps[0].dimension.value
    points = [
        {"kind": "strength", "dimension": gap, "text": "Your gap is a strength.", "quote": "",
         "suggestion": ""},
        {"kind": "gap", "dimension": gap, "text": "Say what <b>you</b> did.", "quote": "",
         "suggestion": ""},
        {"kind": "gap", "dimension": gap, "text": "You would score 9.9 with a result.",
         "quote": "", "suggestion": ""},
        {"kind": "gap", "dimension": gap, "text": "Say what you did yourself.", "quote": "",
         "suggestion": ""},
    ]  # fmt: skip
    reply = json.dumps({"headline": "Rated 10/10!", "points": points, "closing": ""})
    shown = preview(reply, brief, TOKEN)
    assert shown.headline == ""  # a number of its own
    assert shown.points == (("gap", "Say what you did yourself."),)


def test_the_engine_streams_previews_and_returns_what_the_whole_reply_checks_to() -> None:
    brief = brief_of()
    reply = good_reply(brief)
    previews: list[Preview] = []
    streamed = (
        ScriptedServer(streaming(reply)).engine().write_feedback(brief, None, previews.append)
    )
    whole = ScriptedServer(completion(reply)).engine().write_feedback(brief)
    assert streamed == whole
    assert previews
    assert previews[-1].headline == whole.headline
    assert all(not p.empty for p in previews)


def test_a_piece_still_arriving_shows_whole_words_once_a_few_are_there() -> None:
    brief = brief_of()
    assert preview('{"headline": "2', brief, TOKEN).empty
    assert preview('{"headline": "A solid sto', brief, TOKEN).empty
    assert preview('{"headline": "A solid story wi', brief, TOKEN).headline == "A solid story"
    assert preview('{"headline": "Solid."', brief, TOKEN).headline == "Solid."  # whole: shown
