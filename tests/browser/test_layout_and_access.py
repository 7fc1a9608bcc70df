"""Phone layout, calm mode and the keyboard: the same loop, usable by everyone."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.browser.conftest import PHONE, screenshot
from tests.browser.flows import STORY, answer, start_sample


def _fits_the_screen(page: Page) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"the page is {width}px wide on a {PHONE['width']}px phone"


def test_the_loop_fits_a_phone(phone: Page, server: str) -> None:
    phone.goto(f"{server}/")
    _fits_the_screen(phone)
    screenshot(phone, "phone-1-setup")
    screenshot(phone, "phone-1-setup-screen", full_page=False)
    phone.locator("#choices-heading").scroll_into_view_if_needed()
    screenshot(phone, "phone-1-setup-choices-screen", full_page=False)
    start_sample(phone, server, level="expert")
    _fits_the_screen(phone)
    answer(phone, STORY)
    _fits_the_screen(phone)
    screenshot(phone, "phone-2-feedback")
    screenshot(phone, "phone-2-feedback-screen", full_page=False)
    phone.locator(".question-card").scroll_into_view_if_needed()
    screenshot(phone, "phone-2-next-question-screen", full_page=False)
    for _ in range(4):
        answer(phone, STORY)
    phone.get_by_role("link", name="See your report").click()
    phone.wait_for_url("**/report")
    _fits_the_screen(phone)
    screenshot(phone, "phone-3-report")
    screenshot(phone, "phone-3-report-screen", full_page=False)
    phone.goto(f"{server}/progress")
    _fits_the_screen(phone)
    screenshot(phone, "phone-4-progress")


def test_calm_mode_hides_the_numbers(page: Page, server: str) -> None:
    start_sample(page, server)
    answer(page, STORY)
    expect(page.locator(".score-badge")).to_have_count(1)
    page.get_by_role("button", name="Calm mode: off").click()
    expect(page.get_by_role("button", name="Calm mode: on")).to_have_attribute(
        "aria-pressed", "true"
    )
    expect(page.locator(".score-badge")).to_have_count(0)
    expect(page.locator(".feedback-card")).to_be_visible()
    screenshot(page, "calm-feedback-laptop")
    page.get_by_role("button", name="Calm mode: on").click()


def test_the_interview_works_from_the_keyboard(page: Page, server: str) -> None:
    page.goto(f"{server}/")
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to content")).to_be_focused()
    sample = page.get_by_role("button", name="Try the sample")
    sample.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/interviews/*")
    box = page.get_by_label("Your answer")
    box.focus()
    page.keyboard.insert_text(STORY)
    page.keyboard.press("Control+Enter")
    heading = page.locator(".feedback-card h2")
    expect(heading).to_be_focused()
    expect(page.get_by_label("Your answer")).to_have_value("")


def test_every_form_control_has_a_label(page: Page, server: str) -> None:
    start_sample(page, server)
    unlabelled = page.evaluate(
        """() => [...document.querySelectorAll('input:not([type=hidden]), textarea, select')]
            .filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label'))
            .map(el => el.name)"""
    )
    assert unlabelled == []
    page.goto(f"{server}/")
    unlabelled = page.evaluate(
        """() => [...document.querySelectorAll('input:not([type=hidden]), textarea, select')]
            .filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label'))
            .map(el => el.name)"""
    )
    assert unlabelled == []
