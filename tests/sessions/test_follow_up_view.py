"""A follow-up says which answer it follows up on."""

from __future__ import annotations

from interview_coach.sessions.state import question_view
from interview_coach.store.schema import QuestionRow


def _row(plan: dict[str, object]) -> QuestionRow:
    return QuestionRow(
        position=4, text="You said \"I rewrote the batching\". What else did you consider?",
        type="behavioral", competency="problem-solving", difficulty=2, grounding=[], plan=plan,
    )  # fmt: skip


def test_a_follow_up_names_the_question_whose_answer_it_goes_back_to() -> None:
    view = question_view(_row({"follow_up": "alternatives", "revisits": 2}))
    assert view.follows == 3


def test_a_revisit_or_a_new_question_is_no_follow_up() -> None:
    assert question_view(_row({"follow_up": None, "revisits": 2})).follows is None
    assert question_view(_row({})).follows is None
