from __future__ import annotations

import pytest

from interview_coach.questions.gate import REJECTED, defects, passes

GOOD = "You've led the migration of the payments ledger. Which trade-offs did you accept?"


def test_a_clean_question_passes() -> None:
    assert defects(GOOD) == []


@pytest.mark.parametrize(
    ("text", "defect"),
    [
        ("Backend Engineer at Ledgerly (fintech. What draws you here?", "brackets"),
        ('This team values "customers first. Why does it matter?', "quotes"),
        ("What would you do if a urgent request arrives?", "a/an"),
        ("Tell me about your work on on-call rotas?", "doubled word"),
        ("This role involve mentoring. What would you do?", "agreement"),
        ("You've leading the team. What happened?", "agreement"),
        ("You led it. what happened?", "capital"),
        ("What did you do? And what would you change?", "one question mark"),
        ("Tell me about a time you led a team.", "one question mark"),
        ("How would you design it , and why?", "punctuation"),
        ("How would you " + "really " * 50 + "do it?", "length"),
        ("One. Two. Three?", "length"),
    ],
)
def test_each_mechanical_defect_is_caught(text: str, defect: str) -> None:
    assert defect in defects(text)


def test_rejections_are_counted_for_the_benchmark() -> None:
    before = REJECTED["a/an"]
    assert not passes("What would you do if a urgent request arrives?")
    assert REJECTED["a/an"] == before + 1
    assert passes(GOOD)
