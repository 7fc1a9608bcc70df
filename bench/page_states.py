"""Page states: `python -m bench.page_states` — how long each loading state of the interview
page is on screen, in Chromium against the real server.

Scoring takes milliseconds, so "Analyzing your answer…" would only flash; the page keeps it up
for at least 400 ms and "Recruiter is typing…" for 800 ms. This measures, per submitted answer:
the server's answer (request sent → response), how long "Analyzing" was shown (request sent →
the feedback swapped in), and how long "Recruiter is typing…" showed before the next question
(the swap → its fade-out's start). `--lexical` runs without the embedding model, where
answers come back faster than the shortest state. Medians and p95 are printed. Needs
/usr/bin/chromium.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from bench.common import summary
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS
from tests.browser.flows import STORY
from tests.serving import running_app

_WATCH = """() => {
    const form = document.getElementById('answer-form');
    window.timing = {sent: null, answered: null, swapped: null, typed: null};
    document.addEventListener('animationstart', (e) => {
        // "Recruiter is typing…" starts to fade: the question takes its place.
        if (e.animationName === 'fade-out' && window.timing.swapped !== null)
            window.timing.typed = performance.now();
    });
    document.body.addEventListener('htmx:beforeRequest', (e) => {
        if (e.detail.elt.id === 'answer-form') window.timing.sent = performance.now();
    });
    document.body.addEventListener('htmx:afterRequest', (e) => {
        // Fired on the form, or on its ancestor once the feedback has replaced it.
        if (e.detail.requestConfig.elt.id === 'answer-form' && window.timing.answered === null)
            window.timing.answered = performance.now();
    });
    document.body.addEventListener('htmx:afterSwap', () => {
        if (!document.body.contains(form) && window.timing.swapped === null)
            window.timing.swapped = performance.now();
    });

}"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=19, help="answers to submit (max 19)")
    parser.add_argument(
        "--lexical", action="store_true", help="without the embedding model: faster answers"
    )
    chosen = parser.parse_args()
    answers = min(19, chosen.answers)
    from playwright.sync_api import sync_playwright

    responses, analyzing, typing = [], [], []
    with tempfile.TemporaryDirectory() as data, sync_playwright() as playwright:
        settings = {"INTERVIEW_COACH_DATA_DIR": str(Path(data))}
        if chosen.lexical:
            settings["INTERVIEW_COACH_EMBEDDING"] = "false"
        with running_app(settings, startup_seconds=120) as base:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            page = browser.new_page()
            page.goto(f"{base}/")
            page.locator("input[name=length][value=full]").check(force=True)
            page.get_by_role("button", name="Try the sample").click()
            page.wait_for_url("**/interviews/*")
            for number in range(1, answers + 1):
                page.evaluate(_WATCH)
                page.get_by_label("Your answer").fill(STORY)
                page.get_by_role("button", name="Submit answer").click()
                page.locator(f".answered[aria-label^='Question {number} ']").wait_for()
                timing = page.evaluate("window.timing")
                responses.append(timing["answered"] - timing["sent"])
                analyzing.append(timing["swapped"] - timing["sent"])
                page.locator(".question-text").evaluate(
                    "el => new Promise(done => el.getAnimations().length"
                    " ? Promise.all(el.getAnimations().map(a => a.finished)).then(done) : done())"
                )
                timing = page.evaluate("window.timing")
                typing.append(timing["typed"] - timing["swapped"])
            browser.close()
    print(summary("server answer (request sent -> response)", responses))
    print(summary('"Analyzing your answer…" on screen', analyzing))
    print(summary('"Recruiter is typing…" on screen before the question', typing))


if __name__ == "__main__":
    main()
