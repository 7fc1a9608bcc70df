from __future__ import annotations

import re

import pytest

from interview_coach.competencies import builtin_catalog
from interview_coach.questions import DIFFICULTIES, render, template, templates_for
from interview_coach.questions.seeds import SEEDS
from interview_coach.vocabulary import QuestionType

#: A value for every slot a template can name.
SLOTS = {
    "achievement": "the payments ledger migration",
    "did": "led the migration of the payments ledger",
    "past_role": "Backend Engineer at Acme Pay",
    "skill": "PostgreSQL",
    "responsibility": "designing and building payment APIs",
    "domain": "payments",
    "role": "Senior Payments Engineer",
    "value": "ownership",
}
CATALOG = builtin_catalog()
CELLS = [(c.id, t, d) for c in CATALOG for t in c.types for d in DIFFICULTIES]


@pytest.mark.parametrize(("competency_id", "question_type", "difficulty"), CELLS)
def test_every_type_competency_and_difficulty_has_templates(
    competency_id: str, question_type: QuestionType, difficulty: int
) -> None:
    found = templates_for(question_type, competency_id, difficulty)
    assert len(found) >= 10
    assert any(not t.grounded for t in found), "a generic fallback exists"
    assert any(t.grounded for t in found)


def test_every_competency_has_seeds_for_each_of_its_types() -> None:
    for item in CATALOG:
        seeds = SEEDS[item.id]
        for question_type in item.types:
            lines = {
                QuestionType.BEHAVIORAL: seeds.experiences,
                QuestionType.SITUATIONAL: seeds.scenarios,
                QuestionType.TECHNICAL: seeds.tasks,
                QuestionType.MOTIVATIONAL: seeds.asks,
            }[question_type]
            assert len(lines) >= 5, (item.id, question_type)
        assert seeds.twists, item.id


def test_slot_filling_never_leaves_a_raw_slot() -> None:
    for competency_id, question_type, difficulty in CELLS:
        for chosen in templates_for(question_type, competency_id, difficulty):
            text = render(chosen.id, SLOTS)
            assert not re.search(r"[{}]", text), text


def test_filled_questions_start_with_a_capital_and_end_a_sentence() -> None:
    for competency_id, question_type, difficulty in CELLS[::7]:
        for chosen in templates_for(question_type, competency_id, difficulty):
            text = render(chosen.id, SLOTS)
            assert text[0].isupper(), text
            assert text[-1] in ".?", text
            assert "  " not in text
            assert " ." not in text


def test_a_template_is_found_again_by_its_id() -> None:
    chosen = templates_for(QuestionType.BEHAVIORAL, "conflict", 4)[5]
    assert template(chosen.id) == chosen


def test_an_unknown_template_id_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        template("behavioral:conflict:99:plain:1a")
