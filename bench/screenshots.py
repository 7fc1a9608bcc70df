"""Screenshots of the interview page: Guide's hint collapsed and expanded, and a follow-up.

Against a real server, started by hand (not part of `python -m bench`):

    INTERVIEW_COACH_DATA_DIR=$(mktemp -d) INTERVIEW_COACH_EMBEDDING=false \\
        .venv/bin/interview-coach serve --host 127.0.0.1 --port 8765
    .venv/bin/python -m bench.screenshots [BASE_URL]

It starts the sample in Guide mode and answers with a story that has actions and no result,
until the coach follows up on one; the PNGs land in bench/screens/.
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import Page, expect, sync_playwright

SCREENS = Path(__file__).resolve().parent / "screens"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]  # fmt: skip
#: Actions in the first person, no result: what the judge sends a follow-up after.
NO_RESULT = (
    "Last spring the month-end reconciliation of merchant payouts at my company kept slipping "
    "by two days, and my manager asked me to sort it out before the audit in March. I rewrote "
    "the batching of the reconciliation jobs so they ran per merchant instead of in one nightly "
    "run. I added a check on each batch total against the ledger. I sat with the finance team "
    "every morning for a week to agree which differences they wanted flagged. I wrote a runbook "
    "for the new jobs and walked the on-call engineers through it. I also moved the job logs "
    "into the shared dashboard and set up a weekly review with the finance lead and two "
    "engineers from my team, where we went through every flagged difference one by one."
)
MAX_QUESTIONS = 8


def shot(page: Page, name: str) -> None:
    path = SCREENS / f"{name}.png"
    page.screenshot(path=str(path), caret="initial", animations="disabled")
    print("saved", path)


def question_text(page: Page) -> str:
    stage = page.locator(".question-card .question-text").first
    stage.wait_for()
    return stage.inner_text().strip()


def main() -> None:
    base = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8765"
    SCREENS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
        page.goto(f"{base}/")
        page.locator("input[name=mode][value=guide]").check(force=True)
        page.locator("input[name=length][value=standard]").check(force=True)
        page.get_by_role("button", name="Try the sample").click()
        page.wait_for_url("**/interviews/*")
        expect(page.locator(".question-card")).to_be_visible()
        shot(page, "guide-hint-collapsed")
        page.locator(".question-card details.question-hint summary").click()
        expect(page.locator(".question-card details.question-hint p")).to_be_visible()
        shot(page, "guide-hint-expanded")
        for _ in range(MAX_QUESTIONS):
            text = question_text(page)
            print("question:", text)
            if text.startswith(("You said", "Going back")):
                page.locator(".question-card").first.evaluate(
                    "card => { card.scrollIntoView({block: 'start'}); window.scrollBy(0, -20); }"
                )
                shot(page, "follow-up-question")
                page.locator(".question-card details.question-hint summary").click()
                shot(page, "follow-up-hint-expanded")
                break
            position = page.locator("input[name=position]").input_value()
            page.get_by_label("Your answer").fill(NO_RESULT)
            page.get_by_role("button", name="Submit answer").click()
            expect(page.locator(".feedback-card .eyebrow").first).to_contain_text(
                f"question {position} ", timeout=30_000
            )
        else:
            print(f"no follow-up in {MAX_QUESTIONS} questions", file=sys.stderr)
        browser.close()


if __name__ == "__main__":
    main()
