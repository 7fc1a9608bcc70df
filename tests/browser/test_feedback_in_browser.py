"""The feedback card and the report as a candidate reads them, at Detailed and Expert, in two
voices: the points are about this answer, no sentence is said twice, and the voices differ."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import screenshot
from tests.browser.flows import STORY, answer

#: The story without its outcome: strong enough to praise, with a gap to name.
UNFINISHED = STORY.split(" As a result,")[0]
#: New question sets asked for at most, to open with a behavioral question (about one in three).
STARTS = 20


def start(page: Page, base: str, level: str, mode: str) -> None:
    page.goto(f"{base}/")
    page.locator("input[name=length][value=quick]").check(force=True)
    page.locator(f"input[name=level][value={level}]").check(force=True)
    page.locator(f"input[name=mode][value={mode}]").check(force=True)
    page.get_by_role("button", name="Try the sample").click()
    page.wait_for_url("**/interviews/*")
    # The checks read feedback on a story without its outcome, which is what a behavioral
    # question asks for; the sample's first question is chosen at random, so new question sets
    # are asked for until one opens with a behavioral question (the built-in judge names no gap
    # when such a story answers a technical or situational question).
    for _ in range(STARTS):
        if "behavioral" in page.locator("#question-heading").inner_text().lower():
            return
        with page.expect_navigation():
            page.get_by_role("button", name="Start new interview").click()
    pytest.fail(f"no behavioral first question in {STARTS} new interviews")


def sentences(text: str) -> list[str]:
    found = [s.strip().lower() for s in re.findall(r"[^.!?\n]+[.!?]", text)]
    return [s for s in found if len(s.split()) >= 4]


@pytest.mark.parametrize(
    ("level", "mode"), [("detailed", "friend"), ("expert", "challenger"), ("expert", "guide")]
)
def test_the_feedback_card_says_each_thing_once_in_the_coachs_voice(
    page: Page, server: str, level: str, mode: str
) -> None:
    start(page, server, level, mode)
    answer(page, UNFINISHED)
    card = page.locator(".feedback-card").first
    headline = card.locator("h2").inner_text()
    assert "keep going" not in headline.lower()
    points = card.locator(".points").inner_text()
    said = sentences(headline + "\n" + points)
    assert len(said) == len(set(said)), said
    strengths = card.locator(".strengths li")
    for index in range(strengths.count()):  # praise always comes with the words that earned it
        expect(strengths.nth(index).locator("q")).to_be_visible()
    expect(card.locator(".gaps li").first).to_be_visible()  # the unfinished story leaves a gap
    if mode == "challenger":
        expect(card.locator(".suggestion").first).to_contain_text("I'd ask")
    if mode == "friend":
        assert card.locator(".gaps li").count() <= 1  # one gap at a time
    if level == "expert":
        expect(card.locator("details.model-answer")).to_have_count(1)
    screenshot(page, f"feedback-{level}-{mode}-laptop")

    page.get_by_role("button", name="Finish and view summary").click()
    page.wait_for_url("**/report")
    expect(page.locator(".question-score")).to_have_count(1)
    screenshot(page, f"report-{level}-{mode}-laptop")
