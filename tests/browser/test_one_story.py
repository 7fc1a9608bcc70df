"""Issue 13 in the browser: every page tells the same story about an interview.

Counts and scores agree between the report, the comparison and history; a score is named as
its question type reads it; progress is per job target; the question answered stays in view;
each loading state is seen; setup questions unlikely documents; delete says what it deleted;
calm mode follows a member; tables fit a phone. Any CSP report fails a test (conftest).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.conftest import LAPTOP, PHONE, running_server, screenshot, watched
from tests.browser.flows import BETTER, STORY, answer, start_sample

NURSE_RESUME = """Maria Santos, Registered Nurse
Experience
ICU Nurse, St Mary's Hospital, 2019 - present
- Cared for six ventilated patients a shift in a 24-bed intensive care unit.
- Led the rollout of a sepsis checklist: time to antibiotics fell from 3 hours to 50 minutes.
- Trained twelve new graduate nurses in central line care.
Education
BSc Nursing, University of Leeds, 2018
Skills: critical care, sepsis protocols, patient education, Epic charting
"""
NURSE_JOB = """Senior Staff Nurse, Intensive Care, Riverside Hospital.
You will lead a team of nurses on shift, care for critically ill patients, and teach new staff.
Requirements: registered nurse, three years of ICU experience, calm under pressure, clear
communication with families and doctors. We offer a supportive team and paid training.
"""


def start_with(page: Page, base: str, resume: str, job: str, **choices: str) -> None:
    page.goto(f"{base}/")
    for name, value in {"length": "quick", "level": "standard", **choices}.items():
        page.locator(f"input[name={name}][value={value}]").check(force=True)
    page.get_by_label("Resume text").fill(resume)
    page.get_by_label("Job description").fill(job)
    page.get_by_role("button", name="Start the interview").click()
    page.wait_for_url(re.compile(r".*/interviews/[^/]+$"))


def finish(page: Page) -> None:
    page.get_by_role("button", name="Finish and view summary").click()
    page.wait_for_url("**/report")


@pytest.fixture
def own_server(tmp_path: Path) -> Iterator[str]:
    """A server of its own, for tests that count everything a candidate has."""
    with running_server(tmp_path / "data") as base:
        yield base


@pytest.fixture
def own_page(browser: Browser, own_server: str) -> Iterator[Page]:
    with watched(browser, viewport=LAPTOP) as opened:
        yield opened


# The interview page


def test_the_question_answered_stays_in_view_above_its_feedback(page: Page, server: str) -> None:
    start_sample(page, server)
    asked = page.locator(".question-card .question-ask").inner_text()
    answer(page, STORY)
    kept = page.locator(".answered .asked-question")
    expect(kept).to_be_visible()
    expect(kept.locator(".question-ask")).to_have_text(asked)
    expect(kept).to_contain_text("Question 1")
    card = page.locator(".answered .feedback-card")
    kept_box, card_box = kept.bounding_box(), card.bounding_box()
    assert kept_box is not None
    assert card_box is not None
    assert kept_box["y"] + kept_box["height"] <= card_box["y"] + 1
    screenshot(page, "issue13-interview-after-submit-laptop")


def test_a_resized_answer_box_submits_without_a_csp_report(page: Page, server: str) -> None:
    """Dragging the textarea's corner gives it an inline height; htmx's settle used to copy that
    style attribute into the new page, which the CSP blocks (and reports, failing this test)."""
    start_sample(page, server)
    for _ in range(2):
        # The same as dragging the corner: the browser sets the style through the CSSOM.
        page.get_by_label("Your answer").evaluate("box => { box.style.height = '420px'; }")
        answer(page, STORY)
    expect(page.locator(".feedback-card")).to_be_visible()


def test_analyzing_stays_up_for_its_shortest_time_after_the_answer_is_scored(
    page: Page, server: str
) -> None:
    """On the page's own clock, held still: the answer is scored and back, yet "Analyzing" stays
    (and nothing moves) until 400 ms have passed on that clock; then the feedback comes in."""
    page.clock.install(time=datetime(2026, 1, 5, 9, 0, tzinfo=UTC))
    start_sample(page, server)
    page.get_by_label("Your answer").fill(STORY)
    expect(page.locator("#draft-status")).to_contain_text("Draft saved", timeout=5000)
    page.evaluate(
        """() => {
            const form = document.getElementById('answer-form');
            const row = form.querySelector('.answer-actions');
            window.rowBefore = row.getBoundingClientRect().height;
            document.body.addEventListener('htmx:beforeSwap', (event) => {
                if (event.detail.requestConfig.elt !== form) return;
                window.rowDuring = row.getBoundingClientRect().height;
                document.body.dataset.scored = 'yes';
            });
        }"""
    )
    analyzing = page.locator("#analyzing")
    expect(analyzing).to_have_css("visibility", "hidden")
    page.clock.pause_at(datetime(2026, 1, 5, 10, 0, tzinfo=UTC))
    page.get_by_role("button", name="Submit answer").click()
    expect(page.locator("body[data-scored=yes]")).to_have_count(1)  # the feedback is here
    page.clock.run_for(390)
    expect(analyzing).to_have_css("visibility", "visible")
    expect(page.locator(".answered")).to_have_count(0)
    assert page.evaluate("window.rowDuring === window.rowBefore"), (
        "showing the state moved the form"
    )
    page.clock.run_for(20)
    page.clock.resume()
    expect(page.locator(".answered .feedback-card")).to_be_visible()


def test_recruiter_typing_is_seen_and_the_question_takes_its_place_without_a_jump(
    page: Page, server: str
) -> None:
    start_sample(page, server)
    expect(page.get_by_text("Recruiter is typing…")).to_be_visible()
    stage = page.locator(".question-card .stage")
    height_while_typing = stage.evaluate("el => el.getBoundingClientRect().height")
    hides_after = page.locator(".typing").evaluate(
        "el => el.getAnimations().map(a => a.effect.getTiming().delay)"
    )
    assert hides_after, "the typing state has no animation that ends it"
    assert min(hides_after) >= 400, hides_after
    expect(page.locator(".question-text")).to_have_css("opacity", "1")
    assert stage.evaluate("el => el.getBoundingClientRect().height") == height_while_typing


# Counts and scores


def test_a_retake_counts_the_same_on_its_report_in_history_and_in_the_comparison(
    page: Page, server: str
) -> None:
    start_sample(page, server)  # quick: five questions
    for _ in range(4):
        answer(page, STORY)
    finish(page)
    expect(page.locator(".completion")).to_contain_text("4 of 5 planned questions answered")
    interview = page.url.rsplit("/", 1)[0]
    page.get_by_role("button", name="Retake these questions").first.click()
    page.wait_for_url(re.compile(r".*/interviews/[^/]+$"))
    expect(page.locator(".session-progress-text")).to_contain_text("0 of 4 answered")
    for text in (BETTER, STORY, BETTER):
        answer(page, text)
    finish(page)
    expect(page.locator(".completion")).to_contain_text("3 of 4 planned questions answered")
    page.goto(f"{interview}/report?attempt=1")
    first_overall = page.locator(".report-header .score-value").inner_text()
    expect(page.locator(".completion")).to_contain_text("4 of 5 planned questions answered")
    page.goto(f"{interview}/compare")
    overalls = page.locator(".attempt-overalls dd strong")
    expect(overalls.first).to_have_text(first_overall)
    expect(page.locator(".attempt-overalls")).to_contain_text("over 4 questions")
    expect(page.locator(".attempt-overalls")).to_contain_text("over 3 questions")
    expect(page.locator(".lead")).to_contain_text("On the 3 questions answered in both attempts")
    page.goto(f"{server}/history")
    row = page.locator(".history-item", has=page.locator(f"a[href^='{interview[len(server) :]}']"))
    expect(row.first).to_contain_text("3 of 4 answered")


def test_a_technical_answer_is_scored_under_its_own_names(page: Page, server: str) -> None:
    page.goto(f"{server}/")
    page.locator("input[name=focus][value=hard-skills]").check(force=True)
    page.locator("input[name=length][value=quick]").check(force=True)
    page.get_by_role("button", name="Try the sample").click()
    page.wait_for_url("**/interviews/*")
    technical = None
    kinds = []
    for _ in range(5):
        kinds.append(page.locator("#question-heading").inner_text())
        answer(page, STORY)
        if "technical" in kinds[-1].lower():
            technical = page.locator(".answered .feedback-card")
            break
    assert technical is not None, f"a hard-skills interview asked no technical question: {kinds}"
    technical.locator("summary", has_text="Scores by dimension").click()
    names = technical.locator(".dimension-list dt").all_inner_texts()
    assert {"Approach", "Validation and example"} <= set(names), names
    assert not {"Action", "Result"} & set(names), names


# Progress per job target


def test_progress_is_told_per_job_target_with_numbered_interviews(
    own_page: Page, own_server: str
) -> None:
    page = own_page
    start_sample(page, own_server)
    answer(page, STORY)
    answer(page, STORY)
    finish(page)
    start_with(page, own_server, NURSE_RESUME, NURSE_JOB)
    answer(page, STORY)
    finish(page)
    start_sample(page, own_server)  # the same job description again: the same target
    answer(page, BETTER)
    page.goto(f"{own_server}/progress")
    switch = page.get_by_role("navigation", name="Job targets")
    expect(switch.get_by_role("link")).to_have_count(3)
    current = switch.locator("[aria-current=page]")
    expect(current).to_contain_text("2 interviews")
    expect(switch).to_contain_text("1 interview")
    expect(switch.get_by_role("link", name=re.compile("All jobs"))).to_contain_text("3 interviews")
    expect(page.locator(".readiness .eyebrow")).to_contain_text("Readiness ·")
    axis = _texts(page, ".chart-wide text.tick:not(.day)")
    assert [t.split(" · ")[0] for t in axis if t.startswith("#")] == ["#1", "#3"], axis
    days = _texts(page, ".chart-wide text.tick.day")
    assert len(days) == 1, days  # two interviews on one day: the day is written once
    screenshot(page, "issue13-progress-two-targets-laptop")

    switch.get_by_role("link", name=re.compile("All jobs")).click()
    expect(page.locator(".target-readiness li")).to_have_count(2)
    axis = _texts(page, ".chart-wide text.tick:not(.day)")
    assert [t.split(" · ")[0] for t in axis if t.startswith("#")] == ["#1", "#2", "#3"]
    screenshot(page, "issue13-progress-all-jobs-laptop")

    switch.get_by_role("link", name=re.compile("Senior Staff Nurse|Nurse")).first.click()
    expect(switch.locator("[aria-current=page]")).to_contain_text("1 interview")


def _texts(page: Page, selector: str) -> list[str]:
    """The text of SVG elements (which have no innerText)."""
    found: list[str] = page.locator(selector).evaluate_all("els => els.map(e => e.textContent)")
    return found


# Setup, data and accounts


def test_setup_questions_a_resume_that_is_too_short_and_lets_you_go_on(
    page: Page, server: str
) -> None:
    page.goto(f"{server}/")
    page.get_by_label("Resume text").fill("hello")
    page.get_by_label("Job description").fill(NURSE_JOB)
    page.get_by_role("button", name="Start the interview").click()
    problem = page.locator("#resume-problem")
    expect(problem).to_contain_text("This resume is 1 word long")
    expect(problem).to_contain_text("at least 40 words")
    expect(page.get_by_label("Resume text")).to_have_value("hello")
    screenshot(page, "issue13-setup-short-resume-laptop", full_page=False)
    page.get_by_role("button", name="Start anyway").click()
    page.wait_for_url("**/interviews/*")
    expect(page.get_by_label("Your answer")).to_be_visible()


def test_a_missing_resume_is_named_as_the_one_missing(page: Page, server: str) -> None:
    page.goto(f"{server}/")
    page.get_by_label("Job description").fill(NURSE_JOB)
    page.get_by_role("button", name="Start the interview").click()
    expect(page.locator("#resume-problem")).to_have_text(
        "Your resume is missing: paste it or upload a file."
    )
    expect(page.locator("#job-problem")).to_have_count(0)


def test_delete_everything_shows_what_went_and_that_nothing_remains(
    own_page: Page, own_server: str
) -> None:
    page = own_page
    start_sample(page, own_server)
    answer(page, STORY)
    answer(page, STORY)
    page.get_by_label("Your answer").fill("A draft I have not sent yet.")
    expect(page.locator("#draft-status")).to_contain_text("Draft saved", timeout=5000)
    page.goto(f"{own_server}/data")
    page.get_by_label("Type delete to confirm").fill("delete")
    page.get_by_role("button", name="Delete everything").click()
    page.wait_for_url("**/data/deleted*")
    expect(page.get_by_role("heading", name="Everything is deleted")).to_be_visible()
    counts = page.get_by_role("list", name="What was deleted")
    expect(counts).to_contain_text("1 interview")
    expect(counts).to_contain_text("2 answers")
    expect(counts).to_contain_text("1 draft")
    expect(page.get_by_text("Nothing of yours remains stored")).to_be_visible()
    screenshot(page, "issue13-delete-confirmation-laptop")
    page.goto(f"{own_server}/history")
    expect(page.get_by_text("No interviews yet.")).to_be_visible()


def _sign_in(page: Page, base: str, email: str, password: str) -> None:
    page.goto(f"{base}/login")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Practise your next interview")).to_be_visible()


def test_calm_mode_is_kept_with_the_account_for_every_browser(
    browser: Browser, multi_user_server: str
) -> None:
    email, password = "calm@example.com", "seven purple lanterns glowing"
    with watched(browser, viewport=LAPTOP) as laptop:
        laptop.goto(f"{multi_user_server}/register")
        laptop.get_by_label("Email").fill(email)
        laptop.get_by_label("Password", exact=True).fill(password)
        laptop.get_by_label("The same password again").fill(password)
        laptop.get_by_role("button", name="Create account").click()
        expect(laptop.get_by_role("status")).to_contain_text("Sign in now")
        _sign_in(laptop, multi_user_server, email, password)
        laptop.get_by_role("button", name="Calm mode: off").click()
        expect(laptop.get_by_role("button", name="Calm mode: on")).to_be_visible()
        with watched(browser, viewport=PHONE, is_mobile=True, has_touch=True) as phone:
            _sign_in(phone, multi_user_server, email, password)
            expect(phone.get_by_role("button", name="Calm mode: on")).to_be_visible()
            phone.get_by_role("button", name="Calm mode: on").click()
            expect(phone.get_by_role("button", name="Calm mode: off")).to_be_visible()
        laptop.reload()
        expect(laptop.get_by_role("button", name="Calm mode: off")).to_be_visible()


# Phones


def _fits(page: Page) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"the page is {width}px wide on a {PHONE['width']}px phone"
    cut = page.evaluate(
        """() => [...document.querySelectorAll('table')]
            .filter(t => t.scrollWidth > t.parentElement.clientWidth + 1)
            .map(t => `${t.className}: ${t.scrollWidth} > ${t.parentElement.clientWidth}`)"""
    )
    assert cut == [], f"tables cut off at {PHONE['width']}px: {cut}"


def test_the_report_the_comparison_and_progress_fit_a_phone(phone: Page, server: str) -> None:
    start_sample(phone, server, level="expert")
    for _ in range(2):
        answer(phone, STORY)
    finish(phone)
    interview = phone.url.rsplit("/", 1)[0]
    _fits(phone)
    expect(phone.locator("table.data-table")).to_have_count(1)
    screenshot(phone, "issue13-phone-report-390")
    phone.locator("#competencies-heading").scroll_into_view_if_needed()
    screenshot(phone, "issue13-phone-report-competencies-390-screen", full_page=False)
    phone.get_by_role("button", name="Retake these questions").first.click()
    phone.wait_for_url(re.compile(r".*/interviews/[^/]+$"))
    answer(phone, BETTER)
    phone.goto(f"{interview}/compare")
    _fits(phone)
    screenshot(phone, "issue13-phone-compare-390")
    phone.locator("#overall-heading").scroll_into_view_if_needed()
    screenshot(phone, "issue13-phone-compare-390-screen", full_page=False)
    phone.goto(f"{server}/progress?target=all")
    _fits(phone)
    screenshot(phone, "issue13-phone-progress-390")
    phone.locator("#competency-heading").scroll_into_view_if_needed()
    screenshot(phone, "issue13-phone-progress-competencies-390-screen", full_page=False)
