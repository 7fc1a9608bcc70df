"""Evidence marks: the rubric's quoted spans become marked stretches of the answer."""

from __future__ import annotations

from interview_coach.assessment import Assessor
from interview_coach.vocabulary import QuestionType
from interview_coach.web.highlight import METRIC, RESULT, WE, WE_WORD, Mark, highlight, pieces
from tests.web.helpers import STORY


def test_overlapping_marks_give_a_piece_every_kind_covering_it() -> None:
    text = "We cut costs by 40% in a year."
    found = pieces(text, [Mark(0, 30, RESULT, "outcome"), Mark(16, 19, METRIC, "number")])
    assert [(p.text, p.kinds) for p in found] == [
        ("We cut costs by ", (RESULT,)),
        ("40%", (RESULT, METRIC)),
        (" in a year.", (RESULT,)),
    ]
    assert "".join(p.text for p in found) == text


def test_the_rubrics_evidence_marks_result_metric_and_we(lexical: Assessor) -> None:
    evidence = lexical.assess(
        "Tell me about a time you made a service faster.", STORY, QuestionType.BEHAVIORAL
    ).scorecard.to_dict()["evidence"]
    found = highlight(STORY, evidence)
    assert "".join(p.text for p in found) == STORY
    marked = {kind: "".join(p.text for p in found if kind in p.kinds) for kind in (RESULT, METRIC)}
    assert "As a result, p95 latency dropped" in marked[RESULT]
    assert "3%" in marked[METRIC]
    assert "six weeks" in marked[METRIC]


def test_the_we_that_hides_the_candidates_part_is_marked(lexical: Assessor) -> None:
    answer = STORY.replace("I profiled", "We profiled").replace("so I moved", "so we moved")
    evidence = lexical.assess(
        "Tell me about a time you made a service faster.", answer, QuestionType.BEHAVIORAL
    ).scorecard.to_dict()["evidence"]
    found = highlight(answer, evidence)
    sentence = "".join(p.text for p in found if WE in p.kinds)
    assert sentence.startswith("We profiled the service")
    assert [p.text for p in found if WE_WORD in p.kinds] == ["We", "we", "we"]


def test_quotes_whose_offsets_disagree_are_found_by_their_text_or_skipped() -> None:
    text = "First. Revenue grew 12% after launch."
    evidence = {
        "result": [
            {
                "note": "States the outcome",
                "strength": True,
                "quote": {"start": 0, "end": 5, "text": "Revenue grew 12% after launch."},
            },
            {
                "note": "States the outcome",
                "strength": True,
                "quote": {"start": 0, "end": 3, "text": "not in the answer"},
            },
        ],
        "task": [{"note": "Missing.", "strength": False, "quote": None}],
    }
    found = highlight(text, evidence)
    assert [(p.text, p.kinds) for p in found] == [
        ("First. ", ()),
        ("Revenue grew 12% after launch.", (RESULT,)),
    ]
