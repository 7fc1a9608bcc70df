from __future__ import annotations

import pytest

from interview_coach.competencies import ANCHOR_POINTS, Family, builtin_catalog, competency
from interview_coach.vocabulary import QuestionType

CATALOG = builtin_catalog()

ISSUE_BEHAVIORAL = (
    "leadership", "conflict", "ambiguity", "ownership", "failure-learning", "influence",
    "prioritisation", "customer-focus", "communication", "collaboration", "adaptability",
    "initiative",
)  # fmt: skip


@pytest.mark.parametrize("item", CATALOG, ids=lambda c: c.id)
def test_every_competency_has_four_written_anchors(item) -> None:
    assert tuple(sorted(item.anchors)) == ANCHOR_POINTS
    assert all(len(text.split()) >= 5 for text in item.anchors.values())
    assert len(set(item.anchors.values())) == 4


@pytest.mark.parametrize("item", CATALOG, ids=lambda c: c.id)
def test_every_competency_describes_itself_and_how_to_recognise_an_answer(item) -> None:
    assert item.name
    assert item.description.endswith(".")
    assert item.keywords
    assert item.types


def test_ids_are_unique() -> None:
    assert len({c.id for c in CATALOG}) == len(CATALOG)


def test_the_catalog_covers_the_behavioural_competencies_the_issue_names() -> None:
    for competency_id in ISSUE_BEHAVIORAL:
        assert QuestionType.BEHAVIORAL in competency(competency_id).types


def test_the_catalog_has_every_kind_of_competency() -> None:
    families = {c.family for c in CATALOG}
    assert set(Family) <= families


def test_technical_areas_are_asked_as_technical_and_situational_questions() -> None:
    for item in CATALOG:
        if item.technical:
            assert set(item.types) == {QuestionType.TECHNICAL, QuestionType.SITUATIONAL}


def test_anchor_picks_the_nearest_point() -> None:
    item = competency("conflict")
    assert item.anchor(9.4)[0] == 10
    assert item.anchor(6)[0] == 5
    assert item.anchor(0)[0] == 2


def test_unknown_competency_is_named_in_the_error() -> None:
    with pytest.raises(KeyError, match="juggling"):
        competency("juggling")
