"""A candidate's whole loop in a real browser: setup to report, retake and compare, uploads."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page, expect

from tests.browser.conftest import screenshot
from tests.browser.flows import BETTER, STORY, answer, start_sample
from tests.web.pdfs import CORRUPT_PDF, RESUME_LINES, text_pdf

JOB = (
    "Data Analyst at Northwind Outfitters. You will build dashboards in Tableau, write SQL and "
    "Python to automate reporting, run A/B tests with the marketing team, and explain results "
    "to store managers. We value curiosity, clear writing and ownership."
)


def test_a_quick_interview_from_setup_to_report(page: Page, server: str) -> None:
    page.goto(f"{server}/")
    expect(page.get_by_role("heading", name="Practise your next interview")).to_be_visible()
    screenshot(page, "quick-1-setup-laptop")
    start_sample(page, server)
    expect(page.get_by_text("Recruiter is typing…")).to_be_visible()
    screenshot(page, "quick-2-recruiter-typing-laptop", full_page=False, settled=False)
    expect(page.locator(".question-text")).to_have_css("opacity", "1")

    box = page.get_by_label("Your answer")
    box.press_sequentially("We shipped it and we were happy.", delay=5)
    expect(page.locator("#answer-meter")).to_contain_text("7 words")
    expect(page.locator("#answer-we")).to_contain_text("“we”")
    expect(page.locator("#draft-status")).to_contain_text("Draft saved", timeout=5000)
    box.fill(STORY)
    expect(page.locator("#answer-meter")).to_contain_text("words")
    screenshot(page, "quick-3-answering-laptop")
    page.evaluate(
        """() => document.body.addEventListener('htmx:beforeSend', (event) => {
            if (event.detail.elt.id !== 'answer-form') return;
            const shown = document.getElementById('analyzing');
            window.analyzingShown = getComputedStyle(shown).display !== 'none'
                && shown.textContent.includes('Analyzing your answer');
        })"""
    )
    page.get_by_role("button", name="Submit answer").click()
    card = page.locator(".feedback-card")
    expect(card).to_be_visible()
    expect(card.locator("mark.ev-result").first).to_be_visible()
    expect(card.locator("mark.ev-metric").first).to_be_visible()
    expect(page.locator("progress").first).to_have_attribute("value", "1")
    assert page.evaluate("window.analyzingShown") is True
    screenshot(page, "quick-4-feedback-laptop")

    for _ in range(4):
        answer(page, STORY)
    expect(page.get_by_text("That was the last question.")).to_be_visible()
    page.get_by_role("link", name="See your report").click()
    page.wait_for_url("**/report")
    expect(page.locator(".question-score")).to_have_count(5)
    expect(page.get_by_text("5 of 5 planned questions answered (100%).")).to_be_visible()
    screenshot(page, "quick-5-report-laptop")


def test_retake_and_compare_side_by_side(page: Page, server: str) -> None:
    start_sample(page, server)
    answer(page, "We did it together and it went well.")
    answer(page, STORY)
    page.get_by_role("button", name="Retake these questions").click()
    expect(page.get_by_text("Retake 1")).to_be_visible()
    answer(page, BETTER)
    answer(page, BETTER)
    page.get_by_role("link", name="See your report").click()
    page.get_by_role("link", name="Compare with attempt 1").click()
    page.wait_for_url("**/compare")
    expect(
        page.get_by_role("heading", name="Attempt 1 and attempt 2, side by side")
    ).to_be_visible()
    expect(page.locator(".side")).to_have_count(4)
    expect(page.locator(".delta-table tbody tr")).to_have_count(8)
    expect(page.locator(".delta.up").first).to_be_visible()
    screenshot(page, "retake-compare-laptop")


def test_a_pdf_resume_is_uploaded_and_used(page: Page, server: str, tmp_path: Path) -> None:
    resume = tmp_path / "jordan-lee.pdf"
    resume.write_bytes(text_pdf(RESUME_LINES))
    page.goto(f"{server}/")
    page.get_by_label("Upload a file").set_input_files(str(resume))
    page.get_by_label("Job description").fill(JOB)
    page.get_by_role("button", name="Start the interview").click()
    page.wait_for_url("**/interviews/*")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.get_by_label("Your answer")).to_be_visible()
    screenshot(page, "upload-pdf-first-question-laptop", full_page=False)


def test_a_corrupt_pdf_gets_a_friendly_message(page: Page, server: str, tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(CORRUPT_PDF)
    page.goto(f"{server}/")
    page.get_by_label("Upload a file").set_input_files(str(broken))
    page.get_by_label("Job description").fill(JOB)
    page.get_by_role("button", name="Start the interview").click()
    problem = page.locator("#resume-problem")
    expect(problem).to_contain_text("We couldn't read broken.pdf")
    expect(problem).to_contain_text("paste the text instead")
    expect(page.get_by_label("Job description")).to_have_value(JOB)
    expect(page.locator("body")).not_to_contain_text("Traceback")
    screenshot(page, "upload-corrupt-pdf-laptop")
