"""What a candidate does in the browser, step by step, shared by the browser tests."""

from __future__ import annotations

from playwright.sync_api import Page, expect

STORY = (
    "Last spring our checkout service kept timing out during big sales, and I was asked to "
    "fix it before Black Friday, six weeks away. I profiled the service with pprof and found "
    "the cache was the bottleneck, so I moved it to Redis and we added load tests in k6. "
    "I chose Redis over a bigger database because the data was read-heavy, and I accepted "
    "the cost of running one more system. As a result, p95 latency dropped from 900 ms to "
    "180 ms and conversion rose 3%. Next time I would add a p95 alert in week one."
)
BETTER = STORY + (
    " I learned to measure before changing anything: I now write down the baseline, the "
    "target and the trade-off I accept before I touch the code, and I share it with the team."
)


def start_sample(page: Page, base: str, length: str = "quick", level: str = "detailed") -> None:
    page.goto(f"{base}/")
    page.locator(f"input[name=length][value={length}]").check(force=True)
    page.locator(f"input[name=level][value={level}]").check(force=True)
    page.get_by_role("button", name="Try the sample").click()
    page.wait_for_url("**/interviews/*")


def answer(page: Page, text: str) -> None:
    """Type an answer to the question on screen and wait for its feedback."""
    box = page.get_by_label("Your answer")
    expect(box).to_be_visible()
    position = page.locator("input[name=position]").input_value()
    box.fill(text)
    page.get_by_role("button", name="Submit answer").click()
    expect(page.locator(".feedback-card .eyebrow").first).to_contain_text(f"question {position} ")
