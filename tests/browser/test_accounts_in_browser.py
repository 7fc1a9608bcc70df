"""Multi-user mode in the browser: register, practise, sign out, sign back in."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.browser.conftest import screenshot
from tests.browser.flows import STORY, answer, start_sample

PASSWORD = "seven purple lanterns glowing"


def test_register_practise_sign_out_and_back_in(page: Page, multi_user_server: str) -> None:
    page.goto(f"{multi_user_server}/history")
    page.wait_for_url("**/login?next=/history")
    screenshot(page, "accounts-1-sign-in-laptop", full_page=False)
    page.get_by_role("link", name="Create an account").click()
    page.get_by_label("Email").fill("river@example.com")
    page.get_by_label("Password", exact=True).fill("password123")
    page.get_by_label("The same password again").fill("password123")
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_role("alert")).to_contain_text("most common passwords")
    screenshot(page, "accounts-2-weak-password-laptop", full_page=False)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("The same password again").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_role("status")).to_contain_text("Sign in now")
    page.get_by_label("Email").fill("river@example.com")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Practise your next interview")).to_be_visible()

    start_sample(page, multi_user_server)
    answer(page, STORY)
    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url("**/login")
    page.get_by_label("Email").fill("river@example.com")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("link", name="History").click()
    expect(page.locator(".history-item")).to_have_count(1)
