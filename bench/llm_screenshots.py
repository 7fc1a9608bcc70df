"""Screenshots of a whole Quick interview with a local model as the AI engine, in a browser:

    .venv/bin/python -m bench.llm_screenshots [--gguf PATH] [--port 8766]

It starts ``interview-coach serve --llm-gguf`` (llama.cpp in-process, SmolLM2 by default; see
tests/engine/local_server.py for where the GGUF file is found) on a loopback port with a fresh
data directory, plays the sample through five questions in Chromium and saves, in
bench/screens/: a question worded by the model (``ai-question``), feedback prose while it
streams in (``ai-feedback-streaming``, when caught; at Basic level by default, the level a
135M model can most often write) and once it has landed (``ai-feedback``),
the note shown when a piece fell back to the built-in wording (``ai-fallback``), and the
report's summary (``ai-report-summary``). It prints what it saw, so a missing shot says why.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from playwright.sync_api import Locator, Page, expect, sync_playwright

from bench.screenshots import ARGS, CHROMIUM, SCREENS
from tests.engine.local_server import GGUF, why_not

ANSWERS = (
    "In 2023 our payments release slipped two weeks and the client threatened to leave. I was "
    "the tech lead, so my task was to ship a working release within 10 days. I cut the scope "
    "to the 3 features the client used, paired with two juniors on the riskiest migration, "
    "and set up a daily 15-minute check with the client. We shipped on day 9, the error rate "
    "fell from 4% to 0.5%, and the client renewed for two years.",
    "We worked hard as a team and we got it done in the end. It was a good experience.",
)
#: The machine may be busy and the model runs on the CPU: a piece may take minutes.
PIECE_SECONDS = 900


def shot(target: Page | Locator, name: str) -> None:
    path = SCREENS / f"{name}.png"
    target.screenshot(path=str(path), animations="disabled")
    print("saved", path)


def serve(gguf: Path, port: int, data_dir: str) -> subprocess.Popen[bytes]:
    environment = {
        **os.environ,
        "INTERVIEW_COACH_DATA_DIR": data_dir,
        "INTERVIEW_COACH_EMBEDDING": "false",
        "INTERVIEW_COACH_LLM_TIMEOUT_SECONDS": "600",
        "INTERVIEW_COACH_LLM_MAX_TOKENS": "400",
    }
    command = [sys.executable, "-m", "interview_coach", "serve", "--llm-gguf", str(gguf)]
    command += ["--host", "127.0.0.1", "--port", str(port)]
    return subprocess.Popen(command, env=environment)


def wait_up(base: str, seconds: float = 300) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/", timeout=5).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(1)
    raise SystemExit(f"the app did not come up at {base}")


def landed(locator: Locator) -> None:
    """Waits until the AI wording in ``locator`` has landed or fallen back."""
    deadline = time.monotonic() + PIECE_SECONDS
    while time.monotonic() < deadline:
        if not locator.locator("[hx-get]").count() and not _polls(locator):
            return
        time.sleep(0.5)
    print("gave up waiting for the AI wording")


def _polls(locator: Locator) -> bool:
    return bool(locator.first.get_attribute("hx-get"))


def play(page: Page, base: str, level: str) -> None:
    page.goto(f"{base}/")
    page.locator("input[name=mode][value=friend]").check(force=True)
    page.locator("input[name=length][value=quick]").check(force=True)
    page.locator(f"input[name=level][value={level}]").check(force=True)
    page.get_by_role("button", name="Try the sample").click()
    page.wait_for_url("**/interviews/*")
    fallback_shot = question_shot = streaming_shot = feedback_shot = False
    for number in range(5):
        stage = page.locator("#question-stage")
        landed(stage)
        card = page.locator(".question-card")
        note = card.locator(".engine-note").first
        reworded = not card.locator(".engine-note.fallback").count()
        print(f"question {number + 1}:", stage.locator(".question-text").inner_text()[:200])
        if reworded and not question_shot:
            shot(card, "ai-question")
            question_shot = True
        elif not reworded and not fallback_shot:
            shot(card, "ai-fallback")
            fallback_shot = True
            print("  fell back:", note.inner_text())
        position = page.locator("input[name=position]").input_value()
        page.locator("textarea#answer").fill(ANSWERS[number % len(ANSWERS)])
        page.get_by_role("button", name="Submit answer").click()
        expect(page.locator(".feedback-card .eyebrow").first).to_contain_text(
            f"question {position}", timeout=120_000
        )
        feedback = page.locator(".feedback-card").first
        preview = feedback.locator(".stream-preview")
        deadline = time.monotonic() + PIECE_SECONDS
        while feedback.locator(".engine-stream").count() and time.monotonic() < deadline:
            if preview.count() and not streaming_shot:
                time.sleep(1.5)  # a few more words
                if preview.count():
                    shot(page.locator(".feedback-card").first, "ai-feedback-streaming")
                    streaming_shot = True
            time.sleep(0.3)
            feedback = page.locator(".feedback-card").first
        written = feedback.locator(".engine-note.written").count() > 0
        print(f"  feedback {number + 1}:", "written by the model" if written else "fell back")
        if written and not feedback_shot:
            shot(feedback, "ai-feedback")
            feedback_shot = True
        elif not written and not fallback_shot:
            shot(feedback, "ai-fallback")
            fallback_shot = True
            print("  fell back:", feedback.locator(".engine-note").first.inner_text())
    page.get_by_role("link", name="See your report").click()
    summary = page.locator("#report-summary")
    summary.wait_for()
    landed(summary)
    print("summary:", summary.inner_text().strip()[:300])
    shot(summary, "ai-report-summary")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gguf", type=Path, default=GGUF)
    parser.add_argument("--port", type=int, default=8766)
    # A 135M model rarely writes points that pass every check; a headline it often can.
    parser.add_argument("--level", default="basic")
    arguments = parser.parse_args()
    reason = why_not() if arguments.gguf == GGUF else None
    if reason:
        print(f"skipped: {reason}")
        return
    SCREENS.mkdir(exist_ok=True)
    base = f"http://127.0.0.1:{arguments.port}"
    with tempfile.TemporaryDirectory() as data_dir:
        app = serve(arguments.gguf, arguments.port, data_dir)
        try:
            wait_up(base)
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
                page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
                play(page, base, arguments.level)
                browser.close()
        finally:
            os.kill(app.pid, signal.SIGTERM)
            app.wait(timeout=60)


if __name__ == "__main__":
    main()
