"""The labelled answers the rubric is calibrated and measured on are complete and well formed."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.calibration.records import BLIND, DATA, STAR, load
from interview_coach.vocabulary import Dimension, QuestionType


@pytest.mark.parametrize("folder", [DATA, BLIND], ids=["calibration", "blind"])
def test_every_record_is_rated_on_every_label(folder: Path) -> None:
    records = load(folder)
    assert records
    assert len({r.id for r in records}) == len(records)
    for record in records:
        assert 1 <= record.overall <= 10
        assert all(0 <= record.dimensions[d] <= 10 for d in Dimension)
        assert set(record.star) == set(STAR)
        assert record.answer.strip()
        assert record.question.strip()


def test_the_calibration_set_spans_professions_types_and_a_held_out_part() -> None:
    records = load(DATA)
    assert len(records) >= 150
    assert len({r.profession for r in records}) >= 8
    assert {r.type for r in records} == set(QuestionType)
    held_out = [r for r in records if r.split == "held-out"]
    assert 0.3 * len(records) <= len(held_out) <= 0.5 * len(records)


def test_no_blind_answer_is_also_in_the_calibration_set() -> None:
    seen = {r.answer for r in load(DATA)}
    assert not any(r.answer in seen for r in load(BLIND))
