"""Cleaning extracted text: Unicode, bullets, broken words and spaces, with lines kept."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interview_coach.documents import clean_text


@pytest.mark.parametrize("bullet", ["•", "▪", "◦", "–", "*", "➢", "●", "■", "►", "‣", "-", "✓"])
def test_odd_bullets_become_dashes(bullet: str) -> None:
    assert clean_text(f"{bullet} Reduced churn by 12%") == "- Reduced churn by 12%"


def test_bullet_glyph_stuck_to_the_word_is_still_a_bullet() -> None:
    assert clean_text("•Led the team") == "- Led the team"


def test_bullet_alone_on_its_line_joins_the_text_after_it() -> None:
    assert clean_text("•\nLed the team") == "- Led the team"


def test_markdown_emphasis_is_not_mistaken_for_a_bullet() -> None:
    assert clean_text("**Skills**") == "**Skills**"


def test_word_broken_across_lines_is_joined() -> None:
    assert clean_text("improved manage-\nment of the ward") == "improved management of the ward"


def test_broken_compound_keeps_its_hyphen() -> None:
    assert clean_text("a self-\nmotivated nurse") == "a self-motivated nurse"


def test_hyphen_before_a_capital_or_a_number_is_left_alone() -> None:
    assert clean_text("Sales-\nForce\n2018-\n2020") == "Sales-\nForce\n2018-\n2020"


def test_unicode_is_normalised_nfkc() -> None:
    assert clean_text("ﬁnance ｔｅａｍ café") == "finance team café"


def test_runs_of_spaces_and_tabs_collapse() -> None:
    assert clean_text("Senior   Engineer\t\tParis \u00a0 2020") == "Senior Engineer Paris 2020"


def test_lines_and_one_blank_line_between_blocks_are_kept() -> None:
    raw = "EXPERIENCE\r\nNurse\r\n\r\n\r\n\r\nEDUCATION\rBSN\f"

    assert clean_text(raw) == "EXPERIENCE\nNurse\n\nEDUCATION\nBSN"


def test_invisible_and_control_characters_are_dropped() -> None:
    assert clean_text("Py\u200bthon\x07 and\u00ad SQL") == "Python and SQL"


def test_cleaning_is_idempotent() -> None:
    raw = "• Led manage-\nment  of 6 people\n\n\n➢ Cut costs by 10%\n"
    once = clean_text(raw)

    assert clean_text(once) == once


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab -–•*\n\t\u00ad\u200bﬁ2:")), max_size=60))
def test_cleaning_any_text_is_idempotent(text: str) -> None:
    once = clean_text(text)

    assert clean_text(once) == once
